import { STANDARD_ACTIVITY_TYPES } from "../core/types.js";
import type { Row } from "../engines/engine.js";
import type { KindSpec } from "./kinds.js";
import type { RowProblem } from "./result.js";
import { problemColumn, RANGE_PROBLEM, REQUIRED_WHEN_PROBLEM } from "./staging.js";
import { suggest } from "./suggest.js";

// Problem codes from the staging SQL, turned into messages a RevOps analyst can
// act on: what was expected, what came.

export interface MessageContext {
  inputTimezone: string;
  activityTypes: readonly string[];
  /** Suggestions for the bad activity types seen, computed once per import. */
  suggestions: Map<string, string | null>;
}

function quoted(value: string | null): string {
  return JSON.stringify(value ?? "");
}

function didYouMean(value: string, ctx: MessageContext): string {
  const s = ctx.suggestions.has(value)
    ? ctx.suggestions.get(value)
    : suggest(value, ctx.activityTypes);
  return s ? `; did you mean "${s}"?` : "";
}

export function messageFor(code: string, value: string | null, ctx: MessageContext): string {
  const got = `got ${quoted(value)}`;
  switch (code) {
    case "required":
      return "required value is empty";
    case "date":
      return `expected a date YYYY-MM-DD, ${got}`;
    case "instant":
      return `expected an ISO 8601 instant such as 2024-01-15T09:30:00Z (without an offset it is ${ctx.inputTimezone}), ${got}`;
    case "number":
      return `expected a number such as 1250.50, ${got}`;
    case "negative":
      return `expected an amount of 0 or more, ${got}`;
    case "boolean":
      return `expected true/false, 1/0 or yes/no, ${got}`;
    case "snake":
      return `expected a lowercase snake_case activity type such as email_sent, ${got}${didYouMean(value ?? "", ctx)}`;
    case "unknown": {
      const hint = didYouMean(value ?? "", ctx);
      return hint
        ? `unknown activity type ${quoted(value)}${hint}`
        : `unknown activity type ${quoted(value)}; expected a standard type (${STANDARD_ACTIVITY_TYPES.join(", ")}) or one declared under activity_types in the config`;
    }
    case "persona":
      return `expected a lowercase persona id such as sdr or ae, ${got}`;
    default:
      return `${code}, ${got}`;
  }
}

/** The problems of one staged row, in column order. */
export function problemsOfRow(
  spec: KindSpec,
  row: Row,
  location: string,
  ctx: MessageContext,
): RowProblem[] {
  if (row.__error !== null && row.__error !== undefined) {
    return [{ location, column: null, value: null, reason: String(row.__error) }];
  }
  const out: RowProblem[] = [];
  for (const field of spec.fields) {
    const code = row[problemColumn(field)];
    if (code === null || code === undefined) continue;
    const value = row[field.name] === null ? null : String(row[field.name]);
    out.push({
      location,
      column: field.name,
      value,
      reason: messageFor(String(code), value, ctx),
    });
  }
  if (spec.range && row[RANGE_PROBLEM] !== null && row[RANGE_PROBLEM] !== undefined) {
    const [a, b] = spec.range;
    out.push({
      location,
      column: a,
      value: String(row[a]),
      reason: `${a} ${row[a]} is after ${b} ${row[b]}`,
    });
  }
  const cond = spec.requiredWhen;
  if (cond && row[REQUIRED_WHEN_PROBLEM] !== null && row[REQUIRED_WHEN_PROBLEM] !== undefined) {
    for (const name of cond.fields) {
      if (row[name] !== null && row[name] !== undefined) continue;
      out.push({
        location,
        column: name,
        value: null,
        reason: `required when ${cond.when} is true: a won deal needs its ${name.replace("_", " ")}`,
      });
    }
  }
  return out;
}

/** A record DuckDB's CSV reader could not split into the header's columns. */
export function brokenRecordReason(kind: string, message: string): string {
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (counts) return `expected ${counts[1]} columns as in the header, found ${counts[2]}`;
  if (kind === "UNQUOTED VALUE") {
    return "a quoted value is not closed properly: an unterminated quote, or text after the closing quote";
  }
  if (kind === "INVALID ENCODING" || kind === "INVALID UNICODE")
    return "the line is not valid UTF-8";
  return message;
}
