import { closeSync, openSync, writeSync } from "node:fs";

// The rows an import with skipInvalid left out, as a CSV a person can fix and
// import again. Written by hand because it is output, and tiny next to the input.

/** Quote a cell for CSV, and neutralise a leading = + - @ so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export class RejectsFile {
  private readonly fd: number;
  private buffer: string[] = [];

  constructor(
    readonly path: string,
    columns: readonly string[],
  ) {
    this.fd = openSync(path, "w");
    this.add([...columns, "reason"]);
  }

  add(cells: readonly (string | null)[]): void {
    this.buffer.push(cells.map(csvCell).join(","));
    if (this.buffer.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join("\n")}\n`);
    this.buffer = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
