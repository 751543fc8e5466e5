// RFC 4180 CSV text, built in chunks of many rows so that writing half a million
// rows costs a few dozen stream writes rather than one await per row. Fields are
// quoted only when they must be; null is an empty field. Lines end with LF.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | null): string {
  if (value === null) return "";
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly (string | null)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

/** The header line, then the rows in chunks of `chunkRows` lines. */
export function* csvChunks<R extends Record<string, string | null>>(
  columns: readonly (keyof R & string)[],
  rows: readonly R[],
  chunkRows = 10_000,
): Generator<string> {
  yield csvLine(columns);
  for (let i = 0; i < rows.length; i += chunkRows) {
    let chunk = "";
    const end = Math.min(rows.length, i + chunkRows);
    for (let r = i; r < end; r++) {
      const row = rows[r] as R;
      let line = "";
      for (let c = 0; c < columns.length; c++) {
        if (c > 0) line += ",";
        line += csvField(row[columns[c] as keyof R & string] ?? null);
      }
      chunk += `${line}\n`;
    }
    yield chunk;
  }
}
