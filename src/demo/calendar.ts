// The demo's time span and working calendar. Holidays come from the same core
// function the assessment uses, so the demo's quiet days are exactly the days
// uptake will treat as holidays with the demo's uptake.yml.

import { fiscalQuarterOf, fromDayNumber, toDayNumber } from "../core/dates.js";
import { holidaysIn } from "../core/holidays.js";
import type { Day, IsoWeekday } from "../core/types.js";

export const DEMO_TIMEZONE = "America/New_York";
export const DEMO_HOLIDAY_COUNTRY = "US";

/** A calendar quarter as day numbers; `last` is its last generated day (before as_of). */
export interface Quarter {
  from: number;
  to: number;
  last: number;
}

/** Fourth Thursday of November, as a day number. */
function thanksgiving(year: number): number {
  const nov1 = toDayNumber(`${year}-11-01`);
  const weekday = ((((nov1 + 3) % 7) + 7) % 7) + 1;
  return nov1 + ((4 - weekday + 7) % 7) + 21;
}

/** Second Sunday of March and first Sunday of November: US daylight saving time. */
function dstBounds(year: number): [number, number] {
  const sundayOnOrAfter = (n: number) => n + ((7 - (((((n + 3) % 7) + 7) % 7) + 1)) % 7);
  return [
    sundayOnOrAfter(toDayNumber(`${year}-03-01`)) + 7,
    sundayOnOrAfter(toDayNumber(`${year}-11-01`)),
  ];
}

export class DemoCalendar {
  readonly from: number;
  /** The day before as_of: the last day anything happens. */
  readonly to: number;
  /** The quarter before last, the previous quarter, and the current one when it has begun. */
  readonly quarters: Quarter[];
  readonly previous: Quarter;
  /** Company-wide days off beyond the US public holidays: written to uptake.yml. */
  readonly companyHolidays: Day[];
  readonly holidays: Set<number>;
  private readonly days: Day[];
  private readonly offsets: number[];

  constructor(readonly asOf: Day) {
    const asOfN = toDayNumber(asOf);
    const current = fiscalQuarterOf(asOf, 1);
    const previous = fiscalQuarterOf(fromDayNumber(toDayNumber(current.from) - 1), 1);
    const before = fiscalQuarterOf(fromDayNumber(toDayNumber(previous.from) - 1), 1);
    const quarter = (q: { from: Day; to: Day }): Quarter => {
      const from = toDayNumber(q.from);
      const to = toDayNumber(q.to);
      return { from, to, last: Math.min(to, asOfN - 1) };
    };
    this.quarters = [quarter(before), quarter(previous)];
    if (asOfN > toDayNumber(current.from)) this.quarters.push(quarter(current));
    this.previous = this.quarters[1] as Quarter;
    this.from = toDayNumber(before.from);
    this.to = asOfN - 1;
    // One day past the end: an evening activity in New York is already tomorrow in UTC.
    this.days = [];
    this.offsets = [];
    for (let n = this.from; n <= this.to + 1; n++) {
      const day = fromDayNumber(n);
      const [start, end] = dstBounds(Number(day.slice(0, 4)));
      this.days.push(day);
      this.offsets.push(n >= start && n < end ? 4 : 5);
    }

    this.companyHolidays = [];
    for (let year = Number(before.from.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
      for (const n of [thanksgiving(year) + 1, toDayNumber(`${year}-12-24`)]) {
        if (n >= this.from && n <= this.to) this.companyHolidays.push(fromDayNumber(n));
      }
    }
    const range = { from: this.day(this.from), to: this.day(this.to) };
    this.holidays = new Set(
      [...holidaysIn(range, DEMO_HOLIDAY_COUNTRY, this.companyHolidays)].map(toDayNumber),
    );
  }

  /** "YYYY-MM-DD" of a day number within the span (or the day after it). */
  day(n: number): Day {
    return this.days[n - this.from] ?? fromDayNumber(n);
  }

  weekday(n: number): IsoWeekday {
    return (((((n + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
  }

  isWeekend(n: number): boolean {
    return this.weekday(n) >= 6;
  }

  isHoliday(n: number): boolean {
    return this.holidays.has(n);
  }

  isWorking(n: number): boolean {
    return !this.isWeekend(n) && !this.holidays.has(n);
  }

  /** The Monday on or before day n. */
  mondayOnOrBefore(n: number): number {
    return n - (this.weekday(n) - 1);
  }

  /** Working days in [from, to], in order. */
  workingDays(from: number, to: number): number[] {
    const out: number[] = [];
    for (let n = from; n <= to; n++) if (this.isWorking(n)) out.push(n);
    return out;
  }

  /** Hours New York is behind UTC on day n (daylight saving starts and ends at 2 am). */
  utcOffsetHours(n: number): number {
    const cached = this.offsets[n - this.from];
    if (cached !== undefined) return cached;
    const [start, end] = dstBounds(Number(fromDayNumber(n).slice(0, 4)));
    return n >= start && n < end ? 4 : 5;
  }
}
