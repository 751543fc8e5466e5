// "How to run it": the smallest surface an engine must offer. "How to write the
// SQL" lives in the engine's Dialect. The application talks to these two only
// and never asks which engine it is on.

import type { Dialect } from "./dialect.js";

export type SqlValue = string | number | boolean | null;
export type Row = Record<string, SqlValue>;

export interface Engine {
  readonly name: string;
  readonly dialect: Dialect;
  /** Run a statement that returns nothing of interest. */
  exec(sql: string): Promise<void>;
  /** Run a query and collect its rows as plain objects (BIGINT as number, DATE as "YYYY-MM-DD"). */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Stream a query's rows chunk by chunk. */
  stream<T extends Row = Row>(sql: string): AsyncIterable<T[]>;
  /** Run `fn` in one transaction: all of it lands, or none of it. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
