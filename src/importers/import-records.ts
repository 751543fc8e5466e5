import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Engine } from "../engines/engine.js";
import { InputError } from "../errors.js";
import type { ImportKind } from "./kinds.js";
import type { ImportOptions, ImportResult } from "./result.js";
import { runImport } from "./run-import.js";

export interface ImportRecordsOptions extends ImportOptions {
  kind: ImportKind;
  /** Canonical records; values may be strings, numbers, booleans, null (or Dates for instants). */
  records: Record<string, unknown>[];
}

/** The label locations use for posted records: "records:3" is the third record. */
export const RECORDS_LABEL = "records";

/**
 * Import records (the HTTP server's path): written as JSON lines to a
 * temporary file and imported exactly as a file would be, so there is one
 * code path and one set of checks.
 */
export async function importRecords(
  engine: Engine,
  options: ImportRecordsOptions,
): Promise<ImportResult> {
  if (options.records.length === 0) {
    throw new InputError(`${options.kind}: no records to import`, [
      { location: RECORDS_LABEL, message: "no records to import" },
    ]);
  }
  const dir = mkdtempSync(join(tmpdir(), "uptake-records-"));
  const path = join(dir, "records.jsonl");
  try {
    // One line per record, so that the line number is the record number.
    writeFileSync(path, options.records.map((r) => JSON.stringify(r ?? null)).join("\n"));
    return await runImport(engine, options.kind, [{ path, label: RECORDS_LABEL }], options, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
