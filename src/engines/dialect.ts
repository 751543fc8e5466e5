// Semantic SQL helpers per engine. Identifiers are validated, values escaped
// strictly: ClickHouse 18.16 has no query parameters, so one discipline for all.

export type ColumnType = "varchar" | "date" | "timestamp" | "double" | "bigint" | "boolean";

export interface Dialect {
  /** Quote a validated identifier; throws on anything but [A-Za-z_][A-Za-z0-9_]*. */
  ident(name: string): string;
  /** A string literal, strictly escaped. */
  string(value: string): string;
  /** A literal for any scalar (null, number, boolean, string). */
  literal(value: string | number | boolean | null): string;
  date(day: string): string;
  columnType(type: ColumnType): string;
  /** A table expression reading a CSV file with every column as text. */
  readCsvAsText(path: string, columns: readonly string[]): string;
  /** A table expression reading a JSON-lines file with every column as text. */
  readJsonLinesAsText(path: string, columns: readonly string[]): string;
  /** Expression: the calendar day of an instant (timestamp, UTC) in time zone tz. */
  dayInZone(expr: string, tz: string): string;
  /** Expression: a stable hex hash of the given text expressions. */
  hashOf(exprs: readonly string[]): string;
}
