// Day arithmetic on "YYYY-MM-DD" strings. Everything goes through a day number
// (days since 1970-01-01) computed with UTC Date math, so no local time zone or
// daylight saving change can shift a day.

import type { Day, DayRange, IsoWeekday } from "./types.js";

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as "YYYY-MM-DD" (rejects 2026-02-30). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== "string") return false;
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01. Throws RangeError on anything that is not a real day. */
export function toDayNumber(day: Day): number {
  if (!isDay(day)) throw new RangeError(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) /
    MS_PER_DAY
  );
}

export function fromDayNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return fromDayNumber(toDayNumber(day) + n);
}

/** Signed number of days from `a` to `b` (b - a): diffDays("2026-01-01", "2026-01-03") = 2. */
export function diffDays(a: Day, b: Day): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Number of days in an inclusive range (0 when from > to). */
export function rangeLength(range: DayRange): number {
  return Math.max(0, diffDays(range.from, range.to) + 1);
}

/** Every day of an inclusive range, in order. */
export function eachDay(range: DayRange): Day[] {
  const start = toDayNumber(range.from);
  const end = toDayNumber(range.to);
  const days: Day[] = [];
  for (let n = start; n <= end; n++) days.push(fromDayNumber(n));
  return days;
}

export function inRange(day: Day, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}

/** The earlier of two days. */
export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** The common part of two inclusive ranges, or null when they do not meet. */
export function intersect(a: DayRange, b: DayRange): DayRange | null {
  const from = maxDay(a.from, b.from);
  const to = minDay(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Day): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(day) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** The Monday starting the ISO week that contains `day`. */
export function isoWeekStart(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

/** ISO week key such as "2026-W05"; the ISO year is the year of the week's Thursday. */
export function isoWeekKey(day: Day): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = thursday.slice(0, 4);
  const week = Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** "2026-03" for any day of March 2026. */
export function monthKey(day: Day): string {
  return day.slice(0, 7);
}

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: Day): Day {
  return addDays(addMonths(startOfMonth(day), 1), -1);
}

/** Shift by whole months, clamping the day of month (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(day: Day, months: number): Day {
  toDayNumber(day);
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = Math.min(Number(day.slice(8, 10)), lastDay);
  return new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
}

export interface FiscalQuarter extends DayRange {
  /** 1..4 within the fiscal year. */
  quarter: number;
  /**
   * Named by the calendar year in which the fiscal year ends (the common
   * convention, and Salesforce's default): with a February start, Feb 2026 - Jan
   * 2027 is FY2027. With a January start it is simply the calendar year.
   */
  fiscal_year: number;
}

/** The fiscal quarter containing `day` when the fiscal year starts in month 1..12. */
export function fiscalQuarterOf(day: Day, fiscalYearStartMonth: number): FiscalQuarter {
  if (
    !Number.isInteger(fiscalYearStartMonth) ||
    fiscalYearStartMonth < 1 ||
    fiscalYearStartMonth > 12
  ) {
    throw new RangeError(`fiscal_year_start_month must be 1..12, got ${fiscalYearStartMonth}`);
  }
  toDayNumber(day);
  const month = Number(day.slice(5, 7));
  const monthsIntoYear = (month - fiscalYearStartMonth + 12) % 12;
  const quarter = Math.floor(monthsIntoYear / 3) + 1;
  const from = addMonths(startOfMonth(day), -(monthsIntoYear % 3));
  const to = addDays(addMonths(from, 3), -1);
  const fiscalYearStart = addMonths(startOfMonth(day), -monthsIntoYear);
  const fiscalYearEnd = addDays(addMonths(fiscalYearStart, 12), -1);
  return { from, to, quarter, fiscal_year: Number(fiscalYearEnd.slice(0, 4)) };
}

/** "FY2027 Q1" style label for the fiscal quarter containing `day`. */
export function fiscalQuarterLabel(day: Day, fiscalYearStartMonth: number): string {
  const q = fiscalQuarterOf(day, fiscalYearStartMonth);
  return `FY${q.fiscal_year} Q${q.quarter}`;
}

/** True when the range is made of whole calendar months (starts on a 1st, ends on a month's last day). */
export function isWholeMonths(range: DayRange): boolean {
  return range.from.endsWith("-01") && range.to === endOfMonth(range.to) && range.from <= range.to;
}

/** Number of whole months in a range for which isWholeMonths holds. */
export function monthsIn(range: DayRange): number {
  const [fy, fm] = [Number(range.from.slice(0, 4)), Number(range.from.slice(5, 7))];
  const [ty, tm] = [Number(range.to.slice(0, 4)), Number(range.to.slice(5, 7))];
  return (ty - fy) * 12 + (tm - fm) + 1;
}
