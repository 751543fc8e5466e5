import type { ImportKind } from "./kinds.js";

/** One problem with one row (or a whole file, at line 1). */
export interface RowProblem {
  /** "file.csv:12" (CSV: the header is line 1; JSON lines: the line) or "records:3". */
  location: string;
  /** The column, or null when the row as a whole could not be read. */
  column: string | null;
  /** The cell as it came (trimmed), or the raw line for a record that could not be read. */
  value: string | null;
  reason: string;
}

export interface ImportProgress {
  phase: "reading" | "validating" | "writing" | "rollup";
  done: number;
  total: number;
}

export interface ImportOptions {
  /** The organisation's time zone: the rollups count days in it. */
  timezone: string;
  /** Custom activity types declared in the config, beyond the standard ones. */
  knownActivityTypes: string[];
  /** Time zone of instants without an offset (default UTC). */
  inputTimezone?: string;
  /** Import the valid rows and write the others to a rejects file, instead of importing nothing. */
  skipInvalid?: boolean;
  /** Where the rejects file goes (default: `<first file>.rejects.csv`; none for records unless given). */
  rejectsPath?: string;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportResult {
  kind: ImportKind;
  /** The files as given, or ["records"]. */
  files: string[];
  /** The row's id in the imports log. */
  importId: number;
  /** Data rows read, broken ones included: new + replaced + unchanged + superseded + rejected. */
  rowsRead: number;
  /** Rows written: new plus replaced. */
  rowsImported: number;
  rowsNew: number;
  rowsReplaced: number;
  /** Valid rows identical to the stored ones: left as they were. */
  rowsUnchanged: number;
  /** Valid rows replaced by a later row with the same key in this same import. */
  rowsSuperseded: number;
  rejected: {
    /** Rows not imported because of a problem. */
    rows: number;
    /** Problems found (a row can have several). */
    problems: number;
    /** The first problems, in file and line order. */
    first: RowProblem[];
  };
  /** The rejects file written, or null. */
  rejectsPath: string | null;
  /** Imported rows naming a person not (yet) in people: kept, since people may come later. */
  unknownPeople: { people: number; rows: number };
}
