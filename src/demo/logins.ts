// Logins: on most working days for most people, whether or not they then do
// any work in the tool. That is the point the demo makes: a login rate near 90%
// next to an adoption rate near 50%.

import { LOGIN_SOURCES } from "./activity-mix.js";
import type { DemoCalendar } from "./calendar.js";
import { loginSecond, utcInstant } from "./clock.js";
import { type Member, stintOn } from "./member.js";
import type { LoginRow } from "./records.js";
import { rngFor } from "./rng.js";
import { REGION_HOURS } from "./teams.js";

export function generateLogins(
  seed: number,
  cal: DemoCalendar,
  members: Member[],
  absent: Uint8Array[],
  activeDays: Uint8Array[],
): LoginRow[] {
  const rows: LoginRow[] = [];
  for (const member of members) {
    const rng = rngFor(seed, "logins", member.id);
    const away = absent[member.index] as Uint8Array;
    const active = activeDays[member.index] as Uint8Array;
    for (let n = cal.from; n <= cal.to; n++) {
      const stint = stintOn(member, n);
      if (!stint) continue;
      const i = n - cal.from;
      const present = cal.isWorking(n) && away[i] !== 1;
      // Work in the tool needs a session, bar the odd email synced from a phone.
      const loggedIn =
        active[i] === 1 ? rng.chance(0.97) : present && rng.chance(member.traits.loginRate);
      if (!loggedIn) continue;
      const hours = REGION_HOURS[stint.team.region];
      const sources = LOGIN_SOURCES[stint.persona];
      const sessions = 1 + (present ? rng.poisson(0.4) : 0);
      const seconds = Array.from({ length: sessions }, (_, k) => loginSecond(rng, hours, k === 0));
      seconds.sort((a, b) => a - b);
      // (person, instant, source) identifies a login: no two in the same second.
      for (let k = 1; k < sessions; k++) {
        if ((seconds[k] as number) <= (seconds[k - 1] as number))
          seconds[k] = (seconds[k - 1] as number) + 1;
      }
      for (let k = 0; k < sessions; k++) {
        rows.push({
          person_id: member.id,
          occurred_at: utcInstant(cal, n, seconds[k] as number),
          source: (k === 0 ? sources[0] : rng.pick(sources)) as string,
        });
      }
    }
  }
  return rows;
}
