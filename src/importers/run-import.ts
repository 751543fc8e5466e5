import type { Engine, Row } from "../engines/engine.js";
import { InputError, type InputProblem, UsageError } from "../errors.js";
import { ensureRollups } from "../store/rollups.js";
import { ensureSchema } from "../store/schema.js";
import { checkTimeZone } from "../store/time-zone.js";
import { isImportKind, KIND_SPECS, type KindSpec } from "./kinds.js";
import { brokenRecordReason, type MessageContext, problemsOfRow } from "./problems.js";
import { RejectsFile } from "./rejects-file.js";
import type { ImportOptions, ImportProgress, ImportResult, RowProblem } from "./result.js";
import { type PreparedSource, prepareSource, type SourceFile } from "./source-files.js";
import { knownActivityTypes, problemColumn, problemColumns, stageSelect } from "./staging.js";
import { suggest } from "./suggest.js";
import { CHANGED, FINAL, logImport, TOUCHED, writeImport } from "./write.js";

// The one path every import takes, files or records: read and check each file
// in one SQL pass into a staging table, refuse or set aside the bad rows, then
// write in one transaction.

const STAGE = "__imp_stage";
/** Problems an InputError lists; the total is given alongside. */
const SHOWN_IN_ERROR = 20;
/** Problems an ImportResult lists. */
const LISTED = 100;

interface BrokenRecord {
  source: PreparedSource;
  line: number;
  problem: RowProblem;
}

/** The file line of the k-th record read (CSV: header is line 1; records set aside shift the rest). */
function lineOf(source: PreparedSource, k: number, brokenLines: number[]): number {
  if (source.format === "jsonl") return k;
  let line = k + 1;
  for (const broken of brokenLines) {
    if (broken > line) break;
    line++;
  }
  return line;
}

async function dropWorkTables(engine: Engine, sources: PreparedSource[]): Promise<void> {
  for (const t of [STAGE, FINAL, CHANGED, TOUCHED]) {
    await engine.exec(`DROP TABLE IF EXISTS ${engine.dialect.ident(t)}`);
  }
  for (const s of sources) {
    if (s.rejects)
      for (const sql of engine.dialect.dropCsvRejects(s.rejects)) await engine.exec(sql);
  }
}

async function brokenRecords(engine: Engine, source: PreparedSource): Promise<BrokenRecord[]> {
  if (!source.rejects) return [];
  const rows = await engine.query<{ line: number; kind: string; message: string; text: string }>(
    engine.dialect.csvRejects(source.rejects),
  );
  return rows.map((r) => ({
    source,
    line: r.line,
    problem: {
      location: `${source.label}:${r.line}`,
      column: null,
      value: r.text?.replace(/\r?\n$/, "") ?? null,
      reason: brokenRecordReason(r.kind, r.message),
    },
  }));
}

async function activityTypeSuggestions(
  engine: Engine,
  spec: KindSpec,
  known: readonly string[],
): Promise<Map<string, string | null>> {
  const map = new Map<string, string | null>();
  if (!spec.fields.some((f) => f.type === "activity_type")) return map;
  const rows = await engine.query<{ v: string }>(
    `SELECT DISTINCT activity_type AS v FROM ${STAGE} WHERE ${problemColumn({ name: "activity_type", type: "activity_type", required: true })} IN ('snake', 'unknown') LIMIT 1000`,
  );
  for (const { v } of rows) map.set(v, suggest(v, known));
  return map;
}

function fileProblemsError(kind: string, problems: InputProblem[]): InputError {
  return new InputError(
    `${kind}: ${problems.length} problem${problems.length > 1 ? "s" : ""} with the file${problems.length > 1 ? "s" : ""}; nothing was imported`,
    problems.slice(0, SHOWN_IN_ERROR),
    problems.length,
  );
}

export async function runImport(
  engine: Engine,
  kind: string,
  files: SourceFile[],
  options: ImportOptions,
  defaultRejectsPath: string | null,
): Promise<ImportResult> {
  if (!isImportKind(kind)) {
    throw new UsageError(
      `unknown import kind "${kind}"; expected one of ${Object.keys(KIND_SPECS).join(", ")}`,
    );
  }
  if (files.length === 0) throw new UsageError(`${kind}: no files to import`);
  const spec = KIND_SPECS[kind];
  const d = engine.dialect;
  const inputTimezone = options.inputTimezone ?? "UTC";
  checkTimeZone(inputTimezone, "input time zone");
  const progress = (p: ImportProgress) => options.onProgress?.(p);
  const activityTypes = knownActivityTypes(options.knownActivityTypes);

  await ensureSchema(engine);
  await ensureRollups(engine, options.timezone);

  const prepared: PreparedSource[] = [];
  try {
    // reading: headers first, so a wrong file fails before any work
    const fileProblems: InputProblem[] = [];
    for (const [i, file] of files.entries()) {
      const source = await prepareSource(engine, spec, file, i, fileProblems);
      if (source) prepared.push(source);
    }
    if (fileProblems.length > 0) throw fileProblemsError(kind, fileProblems);
    await dropWorkTables(engine, prepared);

    const ctx = { inputTimezone, activityTypes };
    const broken: BrokenRecord[] = [];
    const brokenLines = new Map<number, number[]>();
    progress({ phase: "reading", done: 0, total: prepared.length });
    for (const [i, source] of prepared.entries()) {
      const select = stageSelect(d, spec, source.select, source.index, ctx);
      await engine.exec(
        i === 0 ? d.createTempTableAs(STAGE, select) : `INSERT INTO ${STAGE} ${select}`,
      );
      const records = await brokenRecords(engine, source);
      broken.push(...records);
      brokenLines.set(
        source.index,
        records.map((r) => r.line),
      );
      progress({ phase: "reading", done: i + 1, total: prepared.length });
    }

    // validating
    progress({ phase: "validating", done: 0, total: 1 });
    const perFile = new Map(
      (
        await engine.query<{ f: number; n: number }>(
          `SELECT __file AS f, count(*) AS n FROM ${STAGE} GROUP BY __file`,
        )
      ).map((r) => [r.f, r.n]),
    );
    const emptyFiles = prepared
      .filter((s) => !perFile.get(s.index) && !(brokenLines.get(s.index) ?? []).length)
      .map((s) => ({
        location: `${s.label}:${s.format === "csv" ? 2 : 1}`,
        message:
          s.format === "csv"
            ? "the file has a header but no data rows"
            : "the file has no JSON lines, only blank ones",
      }));
    if (emptyFiles.length > 0) throw fileProblemsError(kind, emptyFiles);

    const problemCount = problemColumns(spec)
      .map((c) => `CASE WHEN ${d.ident(c)} IS NOT NULL THEN 1 ELSE 0 END`)
      .join(" + ");
    const [totals] = await engine.query<{ n: number; bad: number | null; problems: number | null }>(
      `SELECT count(*) AS n, sum(CASE WHEN __bad THEN 1 ELSE 0 END) AS bad,
         sum(CASE WHEN __bad THEN ${problemCount} ELSE 0 END) AS problems FROM ${STAGE}`,
    );
    const staged = totals?.n ?? 0;
    const rowsRejected = (totals?.bad ?? 0) + broken.length;
    const problemsTotal = (totals?.problems ?? 0) + broken.length;
    const messages: MessageContext = {
      inputTimezone,
      activityTypes,
      suggestions: await activityTypeSuggestions(engine, spec, activityTypes),
    };
    const bySource = new Map(prepared.map((s) => [s.index, s]));
    const locate = (row: Row) => {
      const source = bySource.get(Number(row.__file)) as PreparedSource;
      const k = Number(row.__k);
      return `${source.label}:${lineOf(source, k, brokenLines.get(source.index) ?? [])}`;
    };
    const listed: { file: number; line: number; problems: RowProblem[] }[] = broken.map((b) => ({
      file: b.source.index,
      line: b.line,
      problems: [b.problem],
    }));
    for (const row of await engine.query(
      `SELECT * FROM ${STAGE} WHERE __bad ORDER BY __seq LIMIT ${LISTED}`,
    )) {
      const location = locate(row);
      listed.push({
        file: Number(row.__file),
        line: Number(location.slice(location.lastIndexOf(":") + 1)),
        problems: problemsOfRow(spec, row, location, messages),
      });
    }
    listed.sort((a, b) => a.file - b.file || a.line - b.line);
    const first = listed.flatMap((l) => l.problems).slice(0, LISTED);
    progress({ phase: "validating", done: 1, total: 1 });

    if (rowsRejected > 0 && !options.skipInvalid) {
      throw new InputError(
        `${kind}: ${problemsTotal} problem${problemsTotal > 1 ? "s" : ""} in ${rowsRejected} of ${staged + broken.length} rows; nothing was imported`,
        first.slice(0, SHOWN_IN_ERROR).map((p) => ({
          location: p.location,
          ...(p.column ? { field: p.column } : {}),
          message: p.reason,
        })),
        problemsTotal,
      );
    }

    // writing
    const written = await engine.transaction(async () => {
      const counts = await writeImport(engine, spec, STAGE, options.timezone, progress);
      const importId = await logImport(engine, {
        kind,
        files: files.map((f) => f.label),
        rows: counts.changed,
        rejected: rowsRejected,
        at: new Date(),
      });
      return { ...counts, importId };
    });

    let rejectsPath: string | null = null;
    if (rowsRejected > 0) {
      rejectsPath = options.rejectsPath ?? defaultRejectsPath;
      if (rejectsPath) {
        await writeRejects(engine, spec, rejectsPath, broken, locate, messages);
      }
    }

    const valid = staged - (totals?.bad ?? 0);
    return {
      kind,
      files: files.map((f) => f.label),
      importId: written.importId,
      rowsRead: staged + broken.length,
      rowsImported: written.changed,
      rowsNew: written.changed - written.replaced,
      rowsReplaced: written.replaced,
      rowsUnchanged: written.final - written.changed,
      rowsSuperseded: valid - written.final,
      rejected: { rows: rowsRejected, problems: problemsTotal, first },
      rejectsPath,
      unknownPeople: written.unknownPeople,
    };
  } finally {
    await dropWorkTables(engine, prepared);
  }
}

async function writeRejects(
  engine: Engine,
  spec: KindSpec,
  path: string,
  broken: BrokenRecord[],
  locate: (row: Row) => string,
  messages: MessageContext,
): Promise<void> {
  const names = spec.fields.map((f) => f.name);
  const out = new RejectsFile(path, names);
  // Broken records go in file and line order among the others.
  const pending = [...broken].sort((a, b) => a.source.index - b.source.index || a.line - b.line);
  const flushBrokenBefore = (file: number, line: number) => {
    while (pending.length > 0) {
      const next = pending[0] as BrokenRecord;
      if (next.source.index > file || (next.source.index === file && next.line > line)) return;
      pending.shift();
      out.add([
        ...names.map(() => null),
        `${next.problem.location}: ${next.problem.reason}: ${next.problem.value ?? ""}`,
      ]);
    }
  };
  try {
    for await (const chunk of engine.stream(`SELECT * FROM ${STAGE} WHERE __bad ORDER BY __seq`)) {
      for (const row of chunk) {
        const location = locate(row);
        flushBrokenBefore(
          Number(row.__file),
          Number(location.slice(location.lastIndexOf(":") + 1)),
        );
        const reasons = problemsOfRow(spec, row, location, messages).map((p) =>
          p.column ? `${p.column}: ${p.reason}` : p.reason,
        );
        out.add([
          ...names.map((n) => (row[n] === null || row[n] === undefined ? null : String(row[n]))),
          `${location}: ${reasons.join("; ")}`,
        ]);
      }
    }
    flushBrokenBefore(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  } finally {
    out.close();
  }
}
