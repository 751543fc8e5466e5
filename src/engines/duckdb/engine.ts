import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { EnvironmentError } from "../../errors.js";
import type { Engine, Row } from "../engine.js";
import { duckDbDialect } from "./dialect.js";
import { rowsOfChunk } from "./values.js";

// A driver, not a model: it runs SQL and converts values, nothing more.
class DuckDbEngine implements Engine {
  readonly name = "duckdb";
  readonly dialect = duckDbDialect;
  private inTransaction = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    const rows: T[] = [];
    for await (const chunk of this.stream<T>(sql)) rows.push(...chunk);
    return rows;
  }

  async *stream<T extends Row = Row>(sql: string): AsyncIterable<T[]> {
    const result = await this.connection.stream(sql);
    const names = result.deduplicatedColumnNames();
    const types = result.columnTypes();
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) return;
      yield rowsOfChunk(chunk, names, types) as T[];
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    // One connection means one transaction at a time; nesting would silently join.
    if (this.inTransaction) throw new Error("a transaction is already open on this engine");
    this.inTransaction = true;
    try {
      await this.exec("BEGIN TRANSACTION");
      try {
        const result = await fn();
        await this.exec("COMMIT");
        return result;
      } catch (error) {
        await this.exec("ROLLBACK").catch(() => {});
        throw error;
      }
    } finally {
      this.inTransaction = false;
    }
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Open (or create) a DuckDB database file, or ":memory:". */
export async function openDuckDb(path: string): Promise<Engine> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (error) {
    // Typically a lock held by another uptake process: say which file.
    const message = error instanceof Error ? error.message : String(error);
    throw new EnvironmentError(`cannot open the database ${path}: ${message}`, { cause: error });
  }
  const connection = await instance.connect();
  // Instants are stored as UTC timestamps; a session zone must never shift them.
  await connection.run("SET TimeZone = 'UTC'");
  return new DuckDbEngine(instance, connection);
}
