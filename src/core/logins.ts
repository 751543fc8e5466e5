// Logins are necessary, not sufficient: a login rate looks healthy while the
// work is not done. These numbers exist to show that difference.

import type { Day } from "./types.js";

/** Eligible days on which the person logged in. */
export function loginDays(eligibleDays: readonly Day[], loginSet: ReadonlySet<Day>): number {
  let n = 0;
  for (const day of eligibleDays) if (loginSet.has(day)) n++;
  return n;
}

/** Logged in on at least half of the eligible days (integers: no rounding question). */
export function isRegularUser(logins: number, eligibleDays: number): boolean {
  return eligibleDays > 0 && logins * 2 >= eligibleDays;
}

/**
 * Mean of the daily login rates over the given working days. `present(day)`
 * lists who counts that day (employed, not absent and, for a persona, holding
 * it); `loggedIn(id, day)` says whether they logged in. Days with nobody
 * present are skipped; null when no day is left.
 */
export function loginRate(
  workingDays: readonly Day[],
  present: (day: Day) => readonly string[],
  loggedIn: (personId: string, day: Day) => boolean,
): number | null {
  let sum = 0;
  let days = 0;
  for (const day of workingDays) {
    const people = present(day);
    if (people.length === 0) continue;
    let withLogin = 0;
    for (const id of people) if (loggedIn(id, day)) withLogin++;
    sum += withLogin / people.length;
    days++;
  }
  return days > 0 ? sum / days : null;
}
