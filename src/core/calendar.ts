// Which days are working days: not a weekend day, not a holiday. Built once per
// window so that eligibility asks a set, not the holiday library, per day.

import { inRange, isoWeekday } from "./dates.js";
import { holidaysIn } from "./holidays.js";
import type { Day, DayRange, MethodConfig } from "./types.js";

export interface WorkCalendar {
  readonly range: DayRange;
  /** The range's holidays (country public holidays plus explicit dates). */
  readonly holidays: ReadonlySet<Day>;
  isWeekend(day: Day): boolean;
  isHoliday(day: Day): boolean;
  isWorkingDay(day: Day): boolean;
}

export function buildCalendar(calendar: MethodConfig["calendar"], range: DayRange): WorkCalendar {
  const weekend = new Set<number>(calendar.weekend);
  const holidays = holidaysIn(range, calendar.holidays.country, calendar.holidays.dates);
  // Days outside the range are rare (tests, explain); look them up instead of guessing.
  const outside = (day: Day) =>
    holidaysIn({ from: day, to: day }, calendar.holidays.country, calendar.holidays.dates).has(day);
  const isWeekend = (day: Day) => weekend.has(isoWeekday(day));
  const isHoliday = (day: Day) => (inRange(day, range) ? holidays.has(day) : outside(day));
  return {
    range,
    holidays,
    isWeekend,
    isHoliday,
    isWorkingDay: (day) => !isWeekend(day) && !isHoliday(day),
  };
}
