// Times of day. People work in their region's hours, told as New York clock
// time; the files carry UTC instants, so an evening email in New York lands on
// the next UTC day and only a time-zone-aware import puts it on the right day.

import type { DemoCalendar } from "./calendar.js";
import type { Rng } from "./rng.js";

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));

/** Earliest New York time anyone works: stays clear of the 1-2 am daylight saving switch. */
const EARLIEST = 2.5 * 3600;
const LATEST = 86_399;

/** Seconds after local midnight for one piece of work in a day of `hours`. */
export function workSecond(rng: Rng, hours: { start: number; end: number }): number {
  const r = rng.next();
  let h: number;
  if (r < 0.04) {
    // Catching up in the evening.
    h = rng.uniform(hours.end, hours.end + 3.5);
  } else {
    // A morning peak and an afternoon peak around lunch.
    const span = hours.end - hours.start;
    h =
      r < 0.52
        ? rng.normal(hours.start + span * 0.25, span * 0.15)
        : rng.normal(hours.start + span * 0.7, span * 0.17);
    h = Math.min(hours.end + 1, Math.max(hours.start - 1, h));
  }
  return Math.min(LATEST, Math.max(EARLIEST, Math.floor(h * 3600)));
}

/** Seconds after local midnight for a login: early in the day, sometimes again later. */
export function loginSecond(
  rng: Rng,
  hours: { start: number; end: number },
  first: boolean,
): number {
  const h = first
    ? rng.normal(hours.start - 0.2, 0.5)
    : rng.uniform(hours.start + 1, hours.end + 1);
  return Math.min(LATEST, Math.max(EARLIEST, Math.floor(h * 3600)));
}

/** "T15:02:11Z" per second of the day, made once: half a million instants share them. */
const TIMES: (string | undefined)[] = new Array<string | undefined>(86_400).fill(undefined);

function timeOfDay(s: number): string {
  let t = TIMES[s];
  if (t === undefined) {
    const hh = Math.floor(s / 3600);
    const mm = Math.floor((s % 3600) / 60);
    t = `T${TWO_DIGITS[hh]}:${TWO_DIGITS[mm]}:${TWO_DIGITS[s % 60]}Z`;
    TIMES[s] = t;
  }
  return t;
}

/** "2026-07-14T15:02:11Z" for New York day n at `second` local seconds. */
export function utcInstant(cal: DemoCalendar, n: number, second: number): string {
  const total = second + cal.utcOffsetHours(n) * 3600;
  const dayShift = Math.floor(total / 86_400);
  return cal.day(n + dayShift) + timeOfDay(total - dayShift * 86_400);
}
