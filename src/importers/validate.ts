import type { Engine } from "../engines/engine.js";
import type { InputProblem } from "../errors.js";
import type { KindSpec } from "./kinds.js";
import type { Locator } from "./locations.js";
import { type MessageContext, problemsOfRow } from "./problems.js";
import type { RowProblem } from "./result.js";
import type { BrokenRecord, PreparedSource } from "./source-files.js";
import { problemColumn, problemColumns, type StageContext } from "./staging.js";
import { suggest } from "./suggest.js";

// What the staging pass found: counts in SQL, and only the first problems
// brought into JavaScript to be worded.

/** Problems an ImportResult lists. */
export const LISTED = 100;

export interface Validation {
  /** Rows read into the staging table (broken records excluded). */
  staged: number;
  /** Staged rows with at least one problem. */
  badRows: number;
  /** Bad rows plus broken records. */
  rowsRejected: number;
  problemsTotal: number;
  /** The first problems, in file and line order. */
  first: RowProblem[];
  messages: MessageContext;
}

/** Files that gave no rows at all: a problem with the file, not with rows. */
export async function emptyFiles(
  engine: Engine,
  stage: string,
  sources: PreparedSource[],
  broken: BrokenRecord[],
): Promise<InputProblem[]> {
  const rows = await engine.query<{ f: number }>(
    `SELECT DISTINCT __file AS f FROM ${engine.dialect.ident(stage)}`,
  );
  const read = new Set([...rows.map((r) => r.f), ...broken.map((b) => b.file)]);
  return sources
    .filter((s) => !read.has(s.index))
    .map((s) =>
      s.format === "csv"
        ? { location: `${s.label}:2`, message: "the file has a header but no data rows" }
        : { location: `${s.label}:1`, message: "the file has no JSON lines, only blank ones" },
    );
}

async function suggestions(
  engine: Engine,
  spec: KindSpec,
  stage: string,
  known: readonly string[],
): Promise<Map<string, string | null>> {
  const map = new Map<string, string | null>();
  if (!spec.fields.some((f) => f.name === "activity_type")) return map;
  const d = engine.dialect;
  // Bad values repeat: word each distinct one once.
  const rows = await engine.query<{ v: string }>(
    `SELECT DISTINCT activity_type AS v FROM ${d.ident(stage)}
     WHERE ${d.ident(problemColumn("activity_type"))} IN ('snake', 'unknown') LIMIT 1000`,
  );
  for (const { v } of rows) map.set(v, suggest(v, known));
  return map;
}

export async function validateStage(
  engine: Engine,
  spec: KindSpec,
  stage: string,
  broken: BrokenRecord[],
  locator: Locator,
  ctx: StageContext,
): Promise<Validation> {
  const d = engine.dialect;
  const s = d.ident(stage);
  const perRow = problemColumns(spec)
    .map((c) => `CASE WHEN ${d.ident(c)} IS NOT NULL THEN 1 ELSE 0 END`)
    .join(" + ");
  const [totals] = await engine.query<{ n: number; bad: number | null; problems: number | null }>(
    `SELECT count(*) AS n, sum(CASE WHEN __bad THEN 1 ELSE 0 END) AS bad,
       sum(CASE WHEN __bad THEN ${perRow} ELSE 0 END) AS problems FROM ${s}`,
  );
  const badRows = totals?.bad ?? 0;
  const messages: MessageContext = {
    ...ctx,
    suggestions: await suggestions(engine, spec, stage, ctx.activityTypes),
  };

  const listed = broken.map((b) => ({ file: b.file, line: b.line, problems: [b.problem] }));
  for (const row of await engine.query(
    `SELECT * FROM ${s} WHERE __bad ORDER BY __seq LIMIT ${LISTED}`,
  )) {
    const at = locator.locate(row);
    listed.push({ ...at, problems: problemsOfRow(spec, row, at.location, messages) });
  }
  listed.sort((a, b) => a.file - b.file || a.line - b.line);

  return {
    staged: totals?.n ?? 0,
    badRows,
    rowsRejected: badRows + broken.length,
    problemsTotal: (totals?.problems ?? 0) + broken.length,
    first: listed.flatMap((l) => l.problems).slice(0, LISTED),
    messages,
  };
}
