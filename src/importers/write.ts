import type { Dialect } from "../engines/dialect.js";
import type { Engine } from "../engines/engine.js";
import { refreshRollup } from "../store/rollups.js";
import { columnsOf } from "../store/tables.js";
import type { FieldSpec, KindSpec } from "./kinds.js";
import type { ImportProgress } from "./result.js";
import { valueColumn } from "./staging.js";

// Writing an import: keep the last valid row per key, leave rows identical to
// the stored ones alone, delete the stored rows the others replace, insert,
// and recompute the rollup days touched. Delete-then-insert by key (no primary
// key index, which costs memory at 100M rows, and ports to ClickHouse).
// Runs inside the caller's transaction.

export const FINAL = "__imp_final";
export const CHANGED = "__imp_changed";
export const TOUCHED = "__imp_touched";

export interface WriteCounts {
  final: number;
  changed: number;
  replaced: number;
  unknownPeople: { people: number; rows: number };
}

function fieldOf(spec: KindSpec, name: string): FieldSpec {
  const field = spec.fields.find((f) => f.name === name);
  if (!field) throw new Error(`${spec.kind}: no field for column ${name}`);
  return field;
}

/** The stored value of a column, from the staged row. */
function columnExpr(d: Dialect, spec: KindSpec, column: string): string {
  const value = d.ident(valueColumn(fieldOf(spec, column)));
  if (spec.kind === "activities" && column === "event_id") {
    // A stable id from the content, so re-importing an export without ids changes nothing.
    const parts = ["source", "person_id", "activity_type", "occurred_at", "subject_id"].map((c) =>
      c === "occurred_at" ? d.instantText(d.ident("occurred_at__v")) : d.ident(c),
    );
    return `COALESCE(${value}, ${d.hashOf(parts)})`;
  }
  return value;
}

export function finalSelect(d: Dialect, spec: KindSpec, stage: string): string {
  const columns = columnsOf(spec.table);
  const exprs = columns.map((c) => `${columnExpr(d, spec, c)} AS ${d.ident(c)}`);
  const keys = spec.key.map((k) => d.ident(k));
  const keyExprs = spec.key.map((k) => `${columnExpr(d, spec, k)} AS ${d.ident(k)}`);
  const s = d.ident(stage);
  // Within one import a later row replaces an earlier one with the same key.
  return `SELECT ${exprs.join(", ")} FROM ${s} WHERE NOT __bad AND __seq IN (
    SELECT max(__seq) FROM (SELECT __seq, ${keyExprs.join(", ")} FROM ${s} WHERE NOT __bad) k
    GROUP BY ${keys.join(", ")})`;
}

async function count(engine: Engine, sql: string): Promise<number> {
  const [row] = await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`);
  return row?.n ?? 0;
}

export async function writeImport(
  engine: Engine,
  spec: KindSpec,
  stage: string,
  timezone: string,
  progress: (p: ImportProgress) => void,
): Promise<WriteCounts> {
  const d = engine.dialect;
  const table = d.ident(spec.table);
  const columns = columnsOf(spec.table).map((c) => d.ident(c));
  const keyList = spec.key.map((k) => d.ident(k)).join(", ");
  const keyMatch = (from: string) => `(${keyList}) IN (SELECT ${keyList} FROM ${d.ident(from)})`;
  const steps = 4;
  let step = 0;
  const advance = () => progress({ phase: "writing", done: ++step, total: steps });
  progress({ phase: "writing", done: 0, total: steps });

  await engine.exec(d.createTempTableAs(FINAL, finalSelect(d, spec, stage)));
  const final = await count(engine, d.ident(FINAL));
  advance();

  const storedEmpty = (await engine.query(`SELECT 1 AS one FROM ${table} LIMIT 1`)).length === 0;
  // Rows identical to the stored ones are left alone: set difference treats nulls as equal.
  const changedTable = storedEmpty ? FINAL : CHANGED;
  if (!storedEmpty) {
    await engine.exec(
      d.createTempTableAs(
        CHANGED,
        `SELECT * FROM ${d.ident(FINAL)} EXCEPT SELECT ${columns.join(", ")} FROM ${table} WHERE ${keyMatch(FINAL)}`,
      ),
    );
  }
  const changed = storedEmpty ? final : await count(engine, d.ident(CHANGED));
  const replaced = storedEmpty
    ? 0
    : await count(
        engine,
        `${d.ident(CHANGED)} WHERE (${keyList}) IN (SELECT ${keyList} FROM ${table})`,
      );
  advance();

  if (spec.rollup) {
    // The days of the replaced rows count too: an event may have moved to another day.
    const day = d.dayInZone("occurred_at", timezone);
    await engine.exec(
      d.createTempTableAs(
        TOUCHED,
        `SELECT DISTINCT person_id, day FROM (
          SELECT person_id, ${day} AS day FROM ${d.ident(changedTable)}
          UNION ALL
          SELECT person_id, ${day} AS day FROM ${table} WHERE ${storedEmpty ? "FALSE" : keyMatch(changedTable)}
        ) t`,
      ),
    );
  }
  advance();

  if (replaced > 0) await engine.exec(`DELETE FROM ${table} WHERE ${keyMatch(changedTable)}`);
  await engine.exec(
    `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM ${d.ident(changedTable)}`,
  );
  advance();

  if (spec.rollup) {
    progress({ phase: "rollup", done: 0, total: 1 });
    await refreshRollup(engine, spec.rollup, timezone, TOUCHED);
    progress({ phase: "rollup", done: 1, total: 1 });
  }

  let unknownPeople = { people: 0, rows: 0 };
  if (spec.person) {
    const p = d.ident(spec.person);
    const [row] = await engine.query<{ people: number; n: number }>(
      `SELECT count(DISTINCT ${p}) AS people, count(*) AS n FROM ${d.ident(FINAL)}
       WHERE ${p} NOT IN (SELECT person_id FROM people)`,
    );
    unknownPeople = { people: row?.people ?? 0, rows: row?.n ?? 0 };
  }
  return { final, changed, replaced, unknownPeople };
}

/** Append to the imports log; returns the new id. */
export async function logImport(
  engine: Engine,
  entry: { kind: string; files: string[]; rows: number; rejected: number; at: Date },
): Promise<number> {
  const d = engine.dialect;
  const [row] = await engine.query<{ id: number }>(
    "SELECT COALESCE(max(id), 0) + 1 AS id FROM imports",
  );
  const id = row?.id ?? 1;
  await engine.exec(
    `INSERT INTO imports (id, kind, files, ${d.ident("rows")}, rejected, ${d.ident("at")}) VALUES (${id}, ${d.string(entry.kind)}, ${d.string(JSON.stringify(entry.files))}, ${entry.rows}, ${entry.rejected}, ${d.timestamp(entry.at.toISOString())})`,
  );
  return id;
}
