import { STANDARD_ACTIVITY_TYPES } from "../core/types.js";
import type { Dialect } from "../engines/dialect.js";
import type { FieldSpec, KindSpec } from "./kinds.js";

// One pass over a file: every cell trimmed (empty = absent), typed, and given
// a problem code or null. Codes become messages in problems.ts; the pure check
// is here, in SQL, so that 100 million rows never cross into JavaScript.

export const SNAKE_CASE = "[a-z][a-z0-9_]*";

/** Rows of a file differ in __seq by their order; files by a stride no file reaches. */
const FILE_STRIDE = 10_000_000_000_000;

export interface StageContext {
  inputTimezone: string;
  activityTypes: readonly string[];
}

export function knownActivityTypes(custom: readonly string[]): string[] {
  return [...new Set([...STANDARD_ACTIVITY_TYPES, ...custom])];
}

const TYPED = new Set(["date", "instant", "amount", "boolean"]);

/** The column holding a field's stored value: its typed form, or its text. */
export function valueColumn(field: FieldSpec): string {
  return TYPED.has(field.type) ? `${field.name}__v` : field.name;
}

export function problemColumn(field: FieldSpec | string): string {
  return `${typeof field === "string" ? field : field.name}__p`;
}

export const RANGE_PROBLEM = "__range__p";
export const REQUIRED_WHEN_PROBLEM = "__required_when__p";

function typedExpr(d: Dialect, field: FieldSpec, ctx: StageContext): string | null {
  const col = d.ident(field.name);
  switch (field.type) {
    case "date":
      return d.tryDate(col);
    case "instant":
      return d.tryInstant(col, ctx.inputTimezone);
    case "amount":
      return d.tryNumber(col);
    case "boolean":
      return `CASE lower(${col}) WHEN 'true' THEN TRUE WHEN '1' THEN TRUE WHEN 'yes' THEN TRUE
        WHEN 'false' THEN FALSE WHEN '0' THEN FALSE WHEN 'no' THEN FALSE END`;
    default:
      return null;
  }
}

function checks(d: Dialect, field: FieldSpec, ctx: StageContext): string {
  const col = d.ident(field.name);
  const v = d.ident(valueColumn(field));
  switch (field.type) {
    case "date":
      return `WHEN ${v} IS NULL THEN 'date'`;
    case "instant":
      return `WHEN ${v} IS NULL THEN 'instant'`;
    case "amount":
      return `WHEN ${v} IS NULL THEN 'number' WHEN ${v} < 0 THEN 'negative'`;
    case "boolean":
      return `WHEN ${v} IS NULL THEN 'boolean'`;
    case "activity_type":
      return `WHEN NOT ${d.matches(col, SNAKE_CASE)} THEN 'snake'
        WHEN ${col} NOT IN (${ctx.activityTypes.map((t) => d.string(t)).join(", ")}) THEN 'unknown'`;
    case "persona":
      return `WHEN NOT ${d.matches(col, SNAKE_CASE)} THEN 'persona'`;
    default:
      return "";
  }
}

function problemExpr(d: Dialect, field: FieldSpec, ctx: StageContext): string {
  const col = d.ident(field.name);
  // A row that could not be read has no cells worth blaming.
  return `CASE WHEN __error IS NOT NULL THEN NULL
    WHEN ${col} IS NULL THEN ${field.required ? "'required'" : "NULL"}
    ${checks(d, field, ctx)} END AS ${d.ident(problemColumn(field))}`;
}

function normalized(d: Dialect, field: FieldSpec): string {
  const cell = `src.${d.ident(field.name)}`;
  // Trimming copies every string; most cells need none, and the test is cheap.
  const text = `NULLIF(CASE WHEN ${cell} LIKE ' %' OR ${cell} LIKE '% ' THEN TRIM(${cell}) ELSE ${cell} END, '')`;
  const value =
    field.default === undefined ? text : `COALESCE(${text}, ${d.string(field.default)})`;
  return `${value} AS ${d.ident(field.name)}`;
}

/** Every problem column of a kind, the read error first. */
export function problemColumns(spec: KindSpec): string[] {
  return [
    "__error",
    ...spec.fields.map(problemColumn),
    ...(spec.range ? [RANGE_PROBLEM] : []),
    ...(spec.requiredWhen ? [REQUIRED_WHEN_PROBLEM] : []),
  ];
}

/**
 * The staged rows of one file: __file, __k, __seq (import order), __error,
 * each field as text, typed values (<field>__v), problem codes (<field>__p),
 * the range check and __bad.
 */
export function stageSelect(
  d: Dialect,
  spec: KindSpec,
  source: string,
  fileIndex: number,
  ctx: StageContext,
): string {
  const texts = spec.fields.map((f) => normalized(d, f));
  const typed = spec.fields.flatMap((f) => {
    const expr = typedExpr(d, f, ctx);
    return expr === null ? [] : [`${expr} AS ${d.ident(valueColumn(f))}`];
  });
  const problems = spec.fields.map((f) => problemExpr(d, f, ctx));
  if (spec.range) {
    const [a, b] = spec.range.map((name) => {
      const field = spec.fields.find((f) => f.name === name) as FieldSpec;
      return d.ident(valueColumn(field));
    });
    problems.push(`CASE WHEN ${a} > ${b} THEN 'range' END AS ${d.ident(RANGE_PROBLEM)}`);
  }
  if (spec.requiredWhen) {
    const { when, fields } = spec.requiredWhen;
    const flag = spec.fields.find((f) => f.name === when) as FieldSpec;
    // Empty cells only: a cell that is there but malformed has its own problem.
    const missing = fields.map((name) => `${d.ident(name)} IS NULL`).join(" OR ");
    problems.push(
      `CASE WHEN ${d.ident(valueColumn(flag))} AND (${missing}) THEN 'required_when' END AS ${d.ident(REQUIRED_WHEN_PROBLEM)}`,
    );
  }
  const bad = problemColumns(spec)
    .map((c) => `${d.ident(c)} IS NOT NULL`)
    .join(" OR ");
  const layer1 = `SELECT ${fileIndex} AS __file, __k, CAST(${fileIndex} AS ${d.columnType("bigint")}) * ${FILE_STRIDE} + __k AS __seq, __error, ${texts.join(", ")} FROM ${source} src`;
  const layer2 = `SELECT *${typed.map((t) => `, ${t}`).join("")} FROM (${layer1}) n`;
  const layer3 = `SELECT *, ${problems.join(", ")} FROM (${layer2}) t`;
  return `SELECT *, (${bad}) AS __bad FROM (${layer3}) p`;
}
