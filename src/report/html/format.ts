// Numbers and dates as the report prints them. Pure and golden-tested: a
// figure on the page is always one of these applied to an Assessment value,
// never a value recomputed differently. en-US grouping, fixed on purpose, so
// a report reads the same on every machine.

import type { Day, DayRange, GapMetric } from "../../core/types.js";

export const DASH = "–";
const MINUS = "−";

function fixed(value: number, digits: number): string {
  const text = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  // "-0" is noise: a value that rounds to zero has no sign.
  const zero = Number(text.replaceAll(",", "")) === 0;
  return value < 0 && !zero ? `${MINUS}${text}` : text;
}

function signed(text: string, value: number): string {
  return value > 0 && !/^[0.,]+$/.test(text) ? `+${text}` : text;
}

/** 0.4123 -> "41%". */
export function percent(value: number | null, digits = 0): string {
  return value === null ? DASH : `${fixed(value * 100, digits)}%`;
}

/** 1234 -> "1,234". */
export function count(value: number | null): string {
  return value === null ? DASH : fixed(value, 0);
}

/** 24.06 -> "24.1": per-day activity and the like. */
export function decimal(value: number | null, digits = 1): string {
  return value === null ? DASH : fixed(value, digits);
}

/** A configured target as the person typed it: 20, 2.5. */
export function targetNumber(value: number): string {
  return String(value);
}

/** Money without a currency (the data carries none): 1234567 -> "1.23M", 45300 -> "45.3k". */
export function amount(value: number | null): string {
  if (value === null) return DASH;
  const abs = Math.abs(value);
  const sign = (text: string) => (value < 0 && text !== "0" ? `${MINUS}${text}` : text);
  // Thresholds sit where rounding would print "1,000.0k": move up a unit there.
  if (abs >= 999_995_000) return sign(`${fixed(abs / 1e9, 2)}B`);
  if (abs >= 999_950) return sign(`${fixed(abs / 1e6, 2)}M`);
  if (abs >= 1e4) return sign(`${fixed(abs / 1e3, 1)}k`);
  return sign(fixed(abs, 0));
}

/** An outcome in its metric: attainment as a percent, revenue as an amount. */
export function outcome(value: number | null, metric: GapMetric | null): string {
  if (value === null) return DASH;
  return metric === "quota_attainment" ? percent(value) : amount(value);
}

/** A difference of outcomes: attainment in percentage points, revenue as a signed amount. */
export function outcomeDifference(value: number | null, metric: GapMetric | null): string {
  if (value === null) return DASH;
  if (metric === "quota_attainment") return `${signed(fixed(value * 100, 0), value)} pts`;
  return signed(amount(value), value);
}

/** A 95% interval of a difference: "+12 to +90 pts". */
export function interval(ci: [number, number] | null, metric: GapMetric | null): string {
  if (ci === null) return DASH;
  const [lo, hi] = ci.map((v) => outcomeDifference(v, metric)) as [string, string];
  // Say the unit once.
  return metric === "quota_attainment" ? `${lo.replace(" pts", "")} to ${hi}` : `${lo} to ${hi}`;
}

/** Spearman's rho and similar coefficients: two decimals with a real minus sign. */
export function coefficient(value: number | null): string {
  return value === null ? DASH : fixed(value, 2);
}

export function pValue(value: number | null): string {
  if (value === null) return DASH;
  if (value < 0.001) return "p < 0.001";
  return `p = ${value.toFixed(3)}`;
}

/**
 * Rounded toward zero, never away from it: 9.996 emails a day against a target of 10 must not
 * read "10.0", nor a score of 0.9996 "1.00×", for someone short of target.
 */
export function floored(value: number | null, digits = 1): string {
  if (value === null) return DASH;
  const scale = 10 ** digits;
  // Toward zero; the epsilon keeps 0.29 * 100 = 28.999999999999996 at 29.
  const nudge = value < 0 ? -1e-9 : 1e-9;
  return fixed(Math.trunc(value * scale + nudge) / scale, digits);
}

/** A score (per-day over target) as a multiple, rounded down: 1.259 -> "1.25×". */
export function multiple(value: number | null): string {
  return value === null ? DASH : `${floored(value, 2)}×`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-31" -> "31 Mar 2026". */
export function day(value: Day): string {
  return `${Number(value.slice(8, 10))} ${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;
}

/** "1 Jan – 31 Mar 2026", the year said once when both ends share it. */
export function dayRange(range: DayRange): string {
  if (range.from === range.to) return day(range.from);
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  const from = sameYear ? day(range.from).slice(0, -5) : day(range.from);
  return `${from} ${DASH} ${day(range.to)}`;
}

/** "5 Jan" for a chart axis: short, no year. */
export function shortDay(value: Day): string {
  return day(value).slice(0, -5);
}

/** "1 person", "3 people". */
export function people(n: number): string {
  return `${count(n)} ${n === 1 ? "person" : "people"}`;
}

/** "1 day", "3 days" and the like for a regular plural. */
export function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? "" : "s"}`;
}
