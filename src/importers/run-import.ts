import type { Engine } from "../engines/engine.js";
import { InputError, type InputProblem, UsageError } from "../errors.js";
import { ensureRollups } from "../store/rollups.js";
import { ensureSchema } from "../store/schema.js";
import { checkTimeZone } from "../store/time-zone.js";
import { IMPORT_KINDS, isImportKind, KIND_SPECS } from "./kinds.js";
import { Locator } from "./locations.js";
import { writeRejects } from "./rejects-file.js";
import type { ImportOptions, ImportProgress, ImportResult } from "./result.js";
import {
  type BrokenRecord,
  brokenRecords,
  type PreparedSource,
  prepareSource,
  type SourceFile,
} from "./source-files.js";
import { knownActivityTypes, stageSelect } from "./staging.js";
import { emptyFiles, validateStage } from "./validate.js";
import { CHANGED, FINAL, logImport, TOUCHED, writeImport } from "./write.js";

// The one path every import takes, files or records: check the headers, read
// and check every row in one SQL pass per file into a staging table, refuse or
// set aside the bad rows, then write in one transaction.

const STAGE = "__imp_stage";
/** Problems an InputError lists; the total is given alongside. */
const SHOWN_IN_ERROR = 20;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function fileError(kind: string, problems: InputProblem[]): InputError {
  return new InputError(
    `${kind}: ${plural(problems.length, "problem")} with the files; nothing was imported`,
    problems.slice(0, SHOWN_IN_ERROR),
    problems.length,
  );
}

async function dropWorkTables(engine: Engine, sources: PreparedSource[]): Promise<void> {
  const d = engine.dialect;
  for (const t of [STAGE, FINAL, CHANGED, TOUCHED])
    await engine.exec(`DROP TABLE IF EXISTS ${d.ident(t)}`);
  for (const s of sources) {
    for (const sql of d.dropRejects(s.rejects)) await engine.exec(sql);
  }
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
      `unknown import kind "${kind}"; expected one of ${IMPORT_KINDS.join(", ")}`,
    );
  }
  if (files.length === 0) throw new UsageError(`${kind}: no files to import`);
  const spec = KIND_SPECS[kind];
  const d = engine.dialect;
  const ctx = {
    inputTimezone: options.inputTimezone ?? "UTC",
    activityTypes: knownActivityTypes(options.knownActivityTypes),
  };
  checkTimeZone(ctx.inputTimezone, "input time zone");
  const progress = (p: ImportProgress) => options.onProgress?.(p);

  await ensureSchema(engine);
  await ensureRollups(engine, options.timezone);

  const sources: PreparedSource[] = [];
  try {
    // Headers first, so that a wrong file fails before any work.
    const fileProblems: InputProblem[] = [];
    for (const [i, file] of files.entries()) {
      const source = await prepareSource(engine, spec, file, i, fileProblems);
      if (source) sources.push(source);
    }
    if (fileProblems.length > 0) throw fileError(kind, fileProblems);
    await dropWorkTables(engine, sources);

    const broken: BrokenRecord[] = [];
    const brokenLines = new Map<number, number[]>();
    progress({ phase: "reading", done: 0, total: sources.length });
    for (const [i, source] of sources.entries()) {
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
      progress({ phase: "reading", done: i + 1, total: sources.length });
    }

    progress({ phase: "validating", done: 0, total: 1 });
    const empty = await emptyFiles(engine, STAGE, sources, broken);
    if (empty.length > 0) throw fileError(kind, empty);
    const locator = new Locator(sources, brokenLines);
    const v = await validateStage(engine, spec, STAGE, broken, locator, ctx);
    progress({ phase: "validating", done: 1, total: 1 });
    const rowsRead = v.staged + broken.length;

    if (v.rowsRejected > 0 && !options.skipInvalid) {
      throw new InputError(
        `${kind}: ${plural(v.problemsTotal, "problem")} in ${v.rowsRejected} of ${plural(rowsRead, "row")}; nothing was imported`,
        v.first.slice(0, SHOWN_IN_ERROR).map((p) => ({
          location: p.location,
          ...(p.column ? { field: p.column } : {}),
          message: p.reason,
        })),
        v.problemsTotal,
      );
    }

    const written = await engine.transaction(async () => {
      const counts = await writeImport(engine, spec, STAGE, options.timezone, progress);
      const importId = await logImport(engine, {
        kind,
        files: files.map((f) => f.label),
        rows: counts.changed,
        rejected: v.rowsRejected,
        at: new Date(),
      });
      return { ...counts, importId };
    });

    const rejectsPath = v.rowsRejected > 0 ? (options.rejectsPath ?? defaultRejectsPath) : null;
    if (rejectsPath) {
      await writeRejects(engine, spec, STAGE, rejectsPath, broken, locator, v.messages);
    }

    return {
      kind,
      files: files.map((f) => f.label),
      importId: written.importId,
      rowsRead,
      rowsImported: written.changed,
      rowsNew: written.changed - written.replaced,
      rowsReplaced: written.replaced,
      rowsUnchanged: written.final - written.changed,
      rowsSuperseded: v.staged - v.badRows - written.final,
      rejected: { rows: v.rowsRejected, problems: v.problemsTotal, first: v.first },
      rejectsPath,
      unknownPeople: written.unknownPeople,
    };
  } finally {
    await dropWorkTables(engine, sources);
  }
}
