// How much of their usual work a person does on one day: zero on most days off,
// a little on some weekends, holidays and days of leave, and on working days a
// noisy multiple shaped by ramp-up, notice period, weekly rhythm, the season and
// the person's own trend.

import type { DemoCalendar } from "./calendar.js";
import type { Member } from "./member.js";
import type { Rng } from "./rng.js";

/** ISO weekday 1..7: Tuesday and Wednesday are the busiest, Friday the quietest. */
const WEEKDAY = [0, 1, 1.07, 1.05, 1, 0.88, 1, 1];
const RAMP_DAYS = 45;
const NOTICE_DAYS = 21;
const DAILY_SIGMA = 0.2;

function season(cal: DemoCalendar, n: number): number {
  const md = cal.day(n).slice(5);
  if (md >= "12-20" || md <= "01-02") return 0.75;
  if (md.startsWith("08")) return 0.92;
  return 1;
}

/** 0 when no work is done that day; otherwise the day's multiple of the person's habit. */
export function dayLevel(
  rng: Rng,
  cal: DemoCalendar,
  member: Member,
  n: number,
  absent: boolean,
  mid: number,
): number {
  let scale = 1;
  if (absent) {
    if (!rng.chance(0.05)) return 0;
    scale = 0.15;
  } else if (cal.isHoliday(n)) {
    if (!rng.chance(0.12)) return 0;
    scale = 0.3;
  } else if (cal.isWeekend(n)) {
    if (!rng.chance(member.traits.weekendRate)) return 0;
    scale = 0.3;
  }
  if (member.start !== null && n - member.start < RAMP_DAYS) {
    scale *= 0.25 + (0.75 * (n - member.start)) / RAMP_DAYS;
  }
  if (member.end !== null && member.end - n < NOTICE_DAYS) {
    scale *= 0.55 + (0.45 * (member.end - n)) / NOTICE_DAYS;
  }
  // An off day now and then: training, an offsite, a day of internal meetings.
  if (rng.chance(0.04)) scale *= 0.35;
  const trend = Math.exp((member.traits.trend * (n - mid)) / 90);
  const noise = rng.lognormal((-DAILY_SIGMA * DAILY_SIGMA) / 2, DAILY_SIGMA);
  return scale * trend * season(cal, n) * (WEEKDAY[cal.weekday(n)] ?? 1) * noise;
}
