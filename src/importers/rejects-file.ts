import { closeSync, openSync, writeSync } from "node:fs";
import type { Engine } from "../engines/engine.js";
import type { KindSpec } from "./kinds.js";
import type { Locator } from "./locations.js";
import { type MessageContext, problemsOfRow } from "./problems.js";
import type { BrokenRecord } from "./source-files.js";

// The rows an import with skipInvalid left out, as a CSV a person can fix and
// import again: the kind's columns plus `reason`. Written by hand because it is
// output, and tiny next to the input.

/** Quote a cell for CSV, and neutralise a leading = + - @ so a spreadsheet never runs it as a formula. */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  add(cells: readonly (string | null)[]): void {
    this.buffer.push(cells.map(csvCell).join(","));
    if (this.buffer.length >= 4096) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join("\n")}\n`);
    this.buffer = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export async function writeRejects(
  engine: Engine,
  spec: KindSpec,
  stage: string,
  path: string,
  broken: BrokenRecord[],
  locator: Locator,
  messages: MessageContext,
): Promise<void> {
  const names = spec.fields.map((f) => f.name);
  const out = new CsvWriter(path);
  out.add([...names, "reason"]);
  // Broken records have no cells: their raw text goes in the reason.
  const pending = [...broken].sort((a, b) => a.file - b.file || a.line - b.line);
  const brokenUpTo = (file: number, line: number) => {
    for (let next = pending[0]; next; next = pending[0]) {
      if (next.file > file || (next.file === file && next.line > line)) return;
      pending.shift();
      const { location, reason, value } = next.problem;
      out.add([...names.map(() => null), `${location}: ${reason}: ${value ?? ""}`]);
    }
  };
  try {
    const rows = engine.stream(
      `SELECT * FROM ${engine.dialect.ident(stage)} WHERE __bad ORDER BY __seq`,
    );
    for await (const chunk of rows) {
      for (const row of chunk) {
        const at = locator.locate(row);
        brokenUpTo(at.file, at.line);
        const reasons = problemsOfRow(spec, row, at.location, messages).map((p) =>
          p.column ? `${p.column}: ${p.reason}` : p.reason,
        );
        const cells = names.map((n) =>
          row[n] === null || row[n] === undefined ? null : String(row[n]),
        );
        out.add([...cells, `${at.location}: ${reasons.join("; ")}`]);
      }
    }
    brokenUpTo(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  } finally {
    out.close();
  }
}
