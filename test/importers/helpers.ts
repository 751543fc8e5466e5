import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDuckDb } from "../../src/engines/duckdb/index.js";
import type { Engine } from "../../src/engines/engine.js";
import { InputError } from "../../src/errors.js";

/** A temporary directory with a real DuckDB file in it. */
export interface Workbench {
  dir: string;
  dbPath: string;
  engine: Engine;
  /** Write a file into the directory (text as UTF-8); returns its path. */
  file(name: string, content: string | Buffer): string;
  /** Counts of a table. */
  count(table: string): Promise<number>;
  reopen(): Promise<Engine>;
  close(): Promise<void>;
}

export async function workbench(prefix = "uptake-import-"): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, "uptake.duckdb");
  const bench: Workbench = {
    dir,
    dbPath,
    engine: await openDuckDb(dbPath),
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async count(table) {
      const [row] = await bench.engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      return row?.n ?? -1;
    },
    async reopen() {
      await bench.engine.close();
      bench.engine = await openDuckDb(dbPath);
      return bench.engine;
    },
    async close() {
      await bench.engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return bench;
}

export const ORG = { timezone: "UTC", knownActivityTypes: [] as string[] };

/** The InputError a promise rejects with (fails the test when it resolves or throws another error). */
export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, but the import succeeded");
}

export function csv(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}
