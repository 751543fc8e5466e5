// Semantic SQL helpers per engine. Identifiers are validated, values escaped
// strictly: ClickHouse 18.16 has no query parameters, so one discipline for all.
// Everything the application runs that is not standard SQL goes through here,
// so that a second engine can give the same answers.

export type ColumnType = "varchar" | "date" | "timestamp" | "double" | "bigint" | "boolean";

export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** Never null: engines may enforce it (NOT NULL) or use a non-nullable type. */
  required?: boolean;
}

export interface Dialect {
  /** Quote a validated identifier; throws on anything but [A-Za-z_][A-Za-z0-9_]*. */
  ident(name: string): string;
  /** A string literal, strictly escaped. */
  string(value: string): string;
  /** A literal for any scalar (null, number, boolean, string). */
  literal(value: string | number | boolean | null): string;
  date(day: string): string;
  /** A timestamp literal (UTC) from an ISO 8601 instant. */
  timestamp(iso: string): string;
  columnType(type: ColumnType): string;
  /** Statement: create the table unless it exists. */
  createTable(name: string, columns: readonly ColumnDef[]): string;
  /** Statement: a temporary table (gone with the connection) holding a query's rows. */
  createTempTableAs(name: string, select: string): string;
  /**
   * A table expression reading a CSV file (comma, double quotes, header line)
   * with every column as text. `columns` name the file's columns in order.
   * With `rejects`, structurally broken records are kept out and stored for
   * `rejectedRecords(rejects)` instead of failing the read.
   */
  readCsvAsText(path: string, columns: readonly string[], rejects?: string): string;
  /**
   * Query: the header cells of a CSV file as rows (position, name), ordered; no
   * rows when empty. Later lines are not checked; a first line that is not
   * UTF-8 may be skipped, so callers check that themselves.
   */
  csvHeader(path: string): string;
  /** Query: the records a read with `rejects` kept out, as (line, kind, message, text), one per line. */
  rejectedRecords(rejects: string): string;
  /** Statements that drop what a read with `rejects` left behind. */
  dropRejects(rejects: string): string[];
  /**
   * A table expression reading a JSON-lines file: `__line` (the line's number
   * among the lines read), `__error` (null, or why the line is not a JSON
   * object) and each of `columns` as text. Blank lines are skipped. With
   * `rejects`, lines that cannot be read as text (invalid UTF-8) are set aside
   * for `rejectedRecords(rejects)` and not counted.
   */
  readJsonLinesAsText(path: string, columns: readonly string[], rejects?: string): string;
  /** Expression: the calendar day of an instant (timestamp, UTC) in time zone tz. */
  dayInZone(expr: string, tz: string): string;
  /** Expression: a stable hex hash of the given text expressions. */
  hashOf(exprs: readonly string[]): string;
  /** Expression: true when the text matches the regular expression as a whole. */
  matches(expr: string, regex: string): string;
  /** Expression: the DATE of strict YYYY-MM-DD text, else null. */
  tryDate(expr: string): string;
  /**
   * Expression: the UTC timestamp of ISO 8601 text, else null. Text without an
   * offset is wall time in `defaultTz`.
   */
  tryInstant(expr: string, defaultTz: string): string;
  /** Expression: the finite DOUBLE of decimal text, else null. */
  tryNumber(expr: string): string;
  /** Expression: a UTC timestamp as ISO 8601 text with microseconds and Z, stable across engines. */
  instantText(expr: string): string;
}
