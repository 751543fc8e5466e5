import { resolve } from "node:path";
import type { Engine } from "../engines/engine.js";
import type { ImportKind } from "./kinds.js";
import type { ImportOptions, ImportResult } from "./result.js";
import { runImport } from "./run-import.js";

export interface ImportFilesOptions extends ImportOptions {
  kind: ImportKind;
  /** CSV (.csv) or JSON lines (.jsonl, .ndjson, .json), optionally .gz; UTF-8. */
  files: string[];
}

/**
 * Import canonical CSV or JSON-lines files of one kind: all or nothing (unless
 * skipInvalid), idempotent, in one transaction, rollups kept current.
 * Throws InputError with located problems, UsageError for a wrong call.
 */
export async function importFiles(
  engine: Engine,
  options: ImportFilesOptions,
): Promise<ImportResult> {
  const files = options.files.map((f) => ({ path: resolve(f), label: f }));
  const first = files[0];
  return runImport(
    engine,
    options.kind,
    files,
    options,
    first ? `${first.path}.rejects.csv` : null,
  );
}
