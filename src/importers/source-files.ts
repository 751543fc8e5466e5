import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type { Engine } from "../engines/engine.js";
import { type InputProblem, UsageError } from "../errors.js";
import type { KindSpec } from "./kinds.js";
import { brokenRecordReason } from "./problems.js";
import type { RowProblem } from "./result.js";

// Turns one input file into a table expression with the same shape whatever
// the format: __k (row order; the line for JSON lines), __error (why a row
// could not be read, or null) and every field of the kind as text.

export type FileFormat = "csv" | "jsonl";

export interface SourceFile {
  path: string;
  /** How locations name the file: the path as given, or "records". */
  label: string;
}

export interface PreparedSource extends SourceFile {
  index: number;
  format: FileFormat;
  select: string;
  /** The table the reader sets records it cannot read aside in. */
  rejects: string;
}

const COMPRESSION = /\.(gz|zst)$/i;

export function formatOf(path: string): FileFormat | null {
  const name = path.toLowerCase().replace(COMPRESSION, "");
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return "jsonl";
  return null;
}

export function checkFile(file: SourceFile): FileFormat {
  if (!existsSync(file.path) || !statSync(file.path).isFile()) {
    throw new UsageError(`file not found: ${file.label}`);
  }
  const format = formatOf(file.path);
  if (!format) {
    throw new UsageError(
      `${file.label}: unsupported file type; expected .csv, or JSON lines as .jsonl, .ndjson or .json (optionally .gz)`,
    );
  }
  return format;
}

function firstBytes(path: string, n: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(n);
    return buffer.subarray(0, readSync(fd, buffer, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether the first line decodes as UTF-8 (checked on the first 64 KiB of an uncompressed file). */
function firstLineIsUtf8(path: string): boolean {
  if (COMPRESSION.test(path)) return true;
  const bytes = firstBytes(path, 65536);
  const end = bytes.indexOf(0x0a);
  if (end < 0 && bytes.length === 65536) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(
      bytes.subarray(0, end < 0 ? bytes.length : end),
    );
    return true;
  } catch {
    return false;
  }
}

function delimiterHint(header: string[]): string {
  const text = header.join(",");
  for (const [char, name] of [
    [";", "';'"],
    ["\t", "tab"],
    ["|", "'|'"],
  ] as const) {
    if (text.includes(char)) return `; the file seems to use ${name} as delimiter; expected ','`;
  }
  return "";
}

function rejectsTable(index: number): string {
  return `__imp_rejects_${index}`;
}

function nullText(name: string, d: Engine["dialect"]): string {
  return `CAST(NULL AS ${d.columnType("varchar")}) AS ${d.ident(name)}`;
}

async function prepareCsv(
  engine: Engine,
  spec: KindSpec,
  file: SourceFile,
  index: number,
  problems: InputProblem[],
): Promise<PreparedSource | null> {
  const d = engine.dialect;
  const at = `${file.label}:1`;
  if (!firstLineIsUtf8(file.path)) {
    problems.push({
      location: at,
      message: "the header line is not valid UTF-8; save the file as UTF-8",
    });
    return null;
  }
  const cells = await engine.query<{ position: number; name: string }>(d.csvHeader(file.path));
  if (cells.length === 0) {
    problems.push({
      location: at,
      message: `the file is empty; expected a header line: ${spec.fields.map((f) => f.name).join(",")}`,
    });
    return null;
  }
  const width = Math.max(...cells.map((c) => c.position)) + 1;
  const header: string[] = Array.from({ length: width }, () => "");
  for (const c of cells) header[c.position] = c.name;

  const wanted = new Set(spec.fields.map((f) => f.name));
  const columns = header.map((_, p) => `x${p}`);
  const seen = new Set<string>();
  for (const [p, raw] of header.entries()) {
    const name = raw
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase();
    if (!wanted.has(name)) continue;
    if (seen.has(name)) {
      problems.push({
        location: at,
        field: name,
        message: `the column ${name} appears twice in the header`,
      });
      continue;
    }
    seen.add(name);
    columns[p] = name;
  }
  const missing = spec.fields.filter((f) => f.required && !seen.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    problems.push({
      location: at,
      field: missing.join(","),
      message: `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; the header has: ${header.join(", ")}${delimiterHint(header)}`,
    });
    return null;
  }
  const rejects = rejectsTable(index);
  const fields = spec.fields.map((f) => (seen.has(f.name) ? d.ident(f.name) : nullText(f.name, d)));
  return {
    ...file,
    index,
    format: "csv",
    rejects,
    select: `(SELECT row_number() OVER () AS __k, CAST(NULL AS ${d.columnType("varchar")}) AS __error, ${fields.join(", ")}
      FROM ${d.readCsvAsText(file.path, columns, rejects)} src)`,
  };
}

function prepareJsonLines(
  engine: Engine,
  spec: KindSpec,
  file: SourceFile,
  index: number,
  problems: InputProblem[],
): PreparedSource | null {
  const d = engine.dialect;
  if (!COMPRESSION.test(file.path)) {
    const start = firstBytes(file.path, 4096)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart();
    if (start === "" && statSync(file.path).size < 4096) {
      problems.push({
        location: `${file.label}:1`,
        message: "the file is empty; expected one JSON object per line",
      });
      return null;
    }
    if (start.startsWith("[")) {
      problems.push({
        location: `${file.label}:1`,
        message: "the file holds a JSON array; expected JSON lines: one object per line",
      });
      return null;
    }
  }
  const names = spec.fields.map((f) => f.name);
  const rejects = rejectsTable(index);
  return {
    ...file,
    index,
    format: "jsonl",
    rejects,
    select: `(SELECT __line AS __k, __error, ${names.map((n) => d.ident(n)).join(", ")}
      FROM ${d.readJsonLinesAsText(file.path, names, rejects)} src)`,
  };
}

/** Check a file's header and build its table expression; file-level problems go to `problems`. */
export async function prepareSource(
  engine: Engine,
  spec: KindSpec,
  file: SourceFile,
  index: number,
  problems: InputProblem[],
): Promise<PreparedSource | null> {
  return checkFile(file) === "csv"
    ? prepareCsv(engine, spec, file, index, problems)
    : prepareJsonLines(engine, spec, file, index, problems);
}

/** A record DuckDB's CSV reader could not split into the header's columns. */
export interface BrokenRecord {
  file: number;
  line: number;
  problem: RowProblem;
}

/** The records the read of a CSV file set aside, in line order. */
export async function brokenRecords(
  engine: Engine,
  source: PreparedSource,
): Promise<BrokenRecord[]> {
  const rows = await engine.query<{ line: number; kind: string; message: string; text: string }>(
    engine.dialect.rejectedRecords(source.rejects),
  );
  return rows.map((r) => ({
    file: source.index,
    line: r.line,
    problem: {
      location: `${source.label}:${r.line}`,
      column: null,
      value: r.text?.replace(/\r?\n$/, "") ?? null,
      reason: brokenRecordReason(r.kind, r.message),
    },
  }));
}
