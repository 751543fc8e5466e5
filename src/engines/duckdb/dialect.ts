import type { ColumnDef, ColumnType, Dialect } from "../dialect.js";

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TEXT = String.raw`\d{4}-\d{2}-\d{2}`;
// The shapes accepted as instants; the cast then rejects impossible values.
const LOCAL_INSTANT = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?`;
const ZONED_INSTANT = String.raw`${LOCAL_INSTANT}(Z|[+-]\d{2}(:?\d{2})?)`;
const NUMBER = String.raw`[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`;
// Wide enough for real exports (a Salesforce Task has about 50 columns).
const MAX_CSV_COLUMNS = 1024;
// JSON forbids raw control characters in strings, so this byte never splits a JSON line.
const UNIT_SEPARATOR = "chr(31)";

const UTC_NAMES = new Set([
  "UTC",
  "Etc/UTC",
  "GMT",
  "Etc/GMT",
  "Etc/Universal",
  "Universal",
  "Zulu",
]);

const TYPES: Record<ColumnType, string> = {
  varchar: "VARCHAR",
  date: "DATE",
  timestamp: "TIMESTAMP",
  double: "DOUBLE",
  bigint: "BIGINT",
  boolean: "BOOLEAN",
};

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`invalid SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

function string(value: string): string {
  // DuckDB string literals know no backslash escapes: doubling quotes is complete.
  if (value.includes("\u0000")) throw new Error("a NUL character cannot be part of a SQL string");
  return `'${value.replaceAll("'", "''")}'`;
}

function literal(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return string(value);
}

function date(day: string): string {
  if (!DAY.test(day)) throw new Error(`not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  return `DATE ${string(day)}`;
}

function timestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 instant: ${JSON.stringify(iso)}`);
  return `TIMESTAMP ${string(new Date(ms).toISOString().replace("T", " ").replace("Z", ""))}`;
}

/** A validated name as a string literal, for options that take names as text. */
function nameString(name: string): string {
  ident(name);
  return string(name);
}

function textColumns(columns: readonly string[]): string {
  return `{${columns.map((c) => `${nameString(c)}: 'VARCHAR'`).join(", ")}}`;
}

function rejectsOptions(rejects: string | undefined): string {
  if (!rejects) return "";
  return `, store_rejects = true, rejects_table = ${nameString(rejects)}, rejects_scan = ${nameString(`${rejects}_scan`)}`;
}

const CSV_DIALECT = `delim = ',', quote = '"', escape = '"', encoding = 'utf-8'`;

export const duckDbDialect: Dialect = {
  ident,
  string,
  literal,
  date,
  timestamp,
  columnType: (type) => TYPES[type],
  createTable: (name, columns: readonly ColumnDef[]) =>
    `CREATE TABLE IF NOT EXISTS ${ident(name)} (${columns
      .map((c) => `${ident(c.name)} ${TYPES[c.type]}${c.required ? " NOT NULL" : ""}`)
      .join(", ")})`,
  createTempTableAs: (name, select) => `CREATE TEMP TABLE ${ident(name)} AS ${select}`,
  readCsvAsText: (path, columns, rejects) =>
    `read_csv(${string(path)}, header = true, auto_detect = false, columns = ${textColumns(columns)}, ${CSV_DIALECT}${rejectsOptions(rejects)})`,
  // ignore_errors: a broken later line must not stop the header being read (the
  // caller checks that line 1 itself is readable).
  csvHeader: (path) => {
    const cells = Array.from({ length: MAX_CSV_COLUMNS }, (_, i) => `c${i}`);
    return `SELECT CAST(substr(position, 2) AS BIGINT) AS position, name FROM (UNPIVOT (SELECT * FROM read_csv(${string(path)}, header = false, auto_detect = false, columns = ${textColumns(cells)}, null_padding = true, parallel = false, strict_mode = false, ignore_errors = true, ${CSV_DIALECT}) LIMIT 1) ON COLUMNS(*) INTO NAME position VALUE name) ORDER BY 1`;
  },
  // One row per record: DuckDB reports each missing column of a short record separately.
  rejectedRecords: (rejects) =>
    `SELECT DISTINCT ON (line) line, error_type AS kind, error_message AS message, csv_line AS text FROM ${ident(rejects)} ORDER BY line, column_idx`,
  dropRejects: (rejects) => [
    `DROP TABLE IF EXISTS ${ident(rejects)}`,
    `DROP TABLE IF EXISTS ${ident(`${rejects}_scan`)}`,
  ],
  readJsonLinesAsText: (path, columns, rejects) => {
    const fields = columns.map((c) => `__json ->> ${string(c)} AS ${ident(c)}`).join(", ");
    const lines = `SELECT row_number() OVER () AS __line, __raw, try(json(__raw)) AS __json FROM read_csv(${string(path)}, header = false, auto_detect = false, columns = {'__raw': 'VARCHAR'}, delim = ${UNIT_SEPARATOR}, quote = '', escape = '', strict_mode = false, encoding = 'utf-8'${rejectsOptions(rejects)})`;
    return `(SELECT __line, CASE WHEN __json IS NULL THEN 'not valid JSON' WHEN json_type(__json) <> 'OBJECT' THEN 'not a JSON object' END AS __error, ${fields} FROM (${lines}) WHERE trim(coalesce(__raw, '')) <> '')`;
  },
  // The zone conversion costs about 30x a plain cast: skip it when the zone is UTC.
  dayInZone: (expr, tz) =>
    UTC_NAMES.has(tz)
      ? `CAST(${expr} AS DATE)`
      : `CAST(timezone(${string(tz)}, timezone('UTC', ${expr})) AS DATE)`,
  hashOf: (exprs) =>
    `md5(concat_ws(chr(31), ${exprs.map((e) => `coalesce(CAST(${e} AS VARCHAR), '')`).join(", ")}))`,
  matches: (expr, regex) => `regexp_full_match(${expr}, ${string(regex)})`,
  tryDate: (expr) =>
    `CASE WHEN regexp_full_match(${expr}, ${string(DATE_TEXT)}) THEN try_cast(${expr} AS DATE) END`,
  // epoch_us/make_timestamp read the instant off without a zone conversion (4x cheaper).
  tryInstant: (expr, defaultTz) => {
    const local = UTC_NAMES.has(defaultTz)
      ? `try_cast(${expr} AS TIMESTAMP)`
      : `make_timestamp(epoch_us(timezone(${string(defaultTz)}, try_cast(${expr} AS TIMESTAMP))))`;
    return `CASE WHEN regexp_full_match(${expr}, ${string(LOCAL_INSTANT)}) THEN ${local} WHEN regexp_full_match(${expr}, ${string(ZONED_INSTANT)}) THEN make_timestamp(epoch_us(try_cast(${expr} AS TIMESTAMPTZ))) END`;
  },
  tryNumber: (expr) =>
    `CASE WHEN regexp_full_match(${expr}, ${string(NUMBER)}) AND isfinite(try_cast(${expr} AS DOUBLE)) THEN try_cast(${expr} AS DOUBLE) END`,
  instantText: (expr) => `strftime(${expr}, '%Y-%m-%dT%H:%M:%S.%fZ')`,
};
