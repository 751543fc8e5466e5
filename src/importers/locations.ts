import type { Row } from "../engines/engine.js";
import type { PreparedSource } from "./source-files.js";

// Where a staged row came from, as "file:line". Rows are numbered as read
// (a CSV header is line 1); the records DuckDB set aside were not read, so
// each one before a row pushes it a line further.

export interface Located {
  file: number;
  line: number;
  location: string;
}

export class Locator {
  private readonly sources: Map<number, PreparedSource>;

  constructor(
    sources: PreparedSource[],
    /** Sorted lines of the records set aside, per file index. */
    private readonly brokenLines: Map<number, number[]>,
  ) {
    this.sources = new Map(sources.map((s) => [s.index, s]));
  }

  locate(row: Row): Located {
    const file = Number(row.__file);
    const source = this.sources.get(file);
    if (!source) throw new Error(`no source with index ${file}`);
    const line = this.lineOf(source, Number(row.__k));
    return { file, line, location: `${source.label}:${line}` };
  }

  private lineOf(source: PreparedSource, k: number): number {
    let line = source.format === "csv" ? k + 1 : k;
    for (const broken of this.brokenLines.get(source.index) ?? []) {
      if (broken > line) break;
      line++;
    }
    return line;
  }
}
