// One demo organisation per test file (generation takes about a second), and
// small helpers the demo tests share.

import { dayInZone } from "../../src/core/timezone.js";
import { type DemoData, generateDemo } from "../../src/demo/index.js";

export const AS_OF = "2026-07-14";

let cached: DemoData | null = null;

/** The default demo (200 people, seed 42) as of AS_OF. */
export function demo(): DemoData {
  cached ??= generateDemo({ asOf: AS_OF });
  return cached;
}

const dayCache = new Map<string, string>();

/**
 * New York day of a UTC instant, by Intl's time zone data rather than the
 * generator's own daylight-saving rule. The day only changes with the UTC hour.
 */
export function nyDay(instant: string): string {
  const hour = instant.slice(0, 13);
  let day = dayCache.get(hour);
  if (day === undefined) {
    day = dayInZone(`${hour}:00:00Z`, "America/New_York");
    dayCache.set(hour, day);
  }
  return day;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
