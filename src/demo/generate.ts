// generateDemo: a whole demo organisation from a seed and a day. Pure: no clock,
// no I/O, so the same seed and as_of always give the same records.

import { isDay } from "../core/dates.js";
import type { Day } from "../core/types.js";
import { UsageError } from "../errors.js";
import { drawAbsences } from "./absences.js";
import { generateActivities } from "./activities.js";
import { DEMO_HOLIDAY_COUNTRY, DEMO_TIMEZONE, DemoCalendar } from "./calendar.js";
import { generateLogins } from "./logins.js";
import { applyMovements, boundStints } from "./movements.js";
import { generateOpportunities } from "./opportunities.js";
import { buildOrg, MIN_PEOPLE } from "./org.js";
import { absenceMask, absenceRows, peopleRows, roleRows } from "./people.js";
import { drawQuotas, quotaRows } from "./quotas.js";
import type { DemoData, DemoTruth } from "./records.js";

export interface GenerateDemoOptions {
  /** Headcount, at least 20 (default 200). */
  people?: number;
  /** Any integer (default 42). */
  seed?: number;
  /** Nothing happens on or after this day. */
  asOf: Day;
}

export const DEMO_DEFAULT_PEOPLE = 200;
export const DEMO_DEFAULT_SEED = 42;
const MAX_PEOPLE = 20_000;

function check(people: number, seed: number, asOf: Day): void {
  if (!Number.isInteger(people) || people < MIN_PEOPLE || people > MAX_PEOPLE) {
    throw new UsageError(
      `demo people must be an integer from ${MIN_PEOPLE} to ${MAX_PEOPLE}, got ${people}`,
    );
  }
  if (!Number.isSafeInteger(seed))
    throw new UsageError(`demo seed must be an integer, got ${seed}`);
  if (!isDay(asOf))
    throw new UsageError(`as_of must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
}

export function generateDemo(options: GenerateDemoOptions): DemoData {
  const people = options.people ?? DEMO_DEFAULT_PEOPLE;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  check(people, seed, options.asOf);
  const cal = new DemoCalendar(options.asOf);
  const org = buildOrg(seed, people, cal);
  applyMovements(seed, cal, org);
  boundStints(cal, org);
  const { members } = org;
  const absences = drawAbsences(seed, cal, members);
  const absent = absenceMask(cal, members, absences);
  const activity = generateActivities(seed, cal, members, absent);
  const quotas = drawQuotas(seed, cal, members);
  const truth: DemoTruth[] = members.map((m) => ({
    person_id: m.id,
    archetype: m.traits.archetype,
    propensity: m.traits.propensity,
    talent: m.traits.talent,
    login_rate: m.traits.loginRate,
  }));
  const range = (q: { from: number; to: number }) => ({ from: cal.day(q.from), to: cal.day(q.to) });
  return {
    people: peopleRows(cal, org),
    roles: roleRows(cal, members),
    activities: activity.records,
    logins: generateLogins(seed, cal, members, absent, activity.activeDays),
    absences: absenceRows(cal, absences),
    opportunities: generateOpportunities(seed, cal, members, quotas),
    quotas: quotaRows(cal, quotas),
    meta: {
      seed,
      as_of: options.asOf,
      timezone: DEMO_TIMEZONE,
      holiday_country: DEMO_HOLIDAY_COUNTRY,
      span: { from: cal.day(cal.from), to: cal.day(cal.to) },
      quarters: cal.quarters.map(range),
      previous_quarter: range(cal.previous),
      holidays: [...cal.holidays].sort((a, b) => a - b).map((n) => cal.day(n)),
      company_holidays: [...cal.companyHolidays],
      truth,
    },
  };
}
