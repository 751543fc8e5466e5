// The inputs indexed once per run: the window, its calendar, and every row
// grouped by person. assess and explain both start here, so they can never
// disagree about a number.

import { buildCalendar, type WorkCalendar } from "./calendar.js";
import { eachDay } from "./dates.js";
import { isAbsent, isEmployed, type PersonDays } from "./eligibility.js";
import { groupByPerson, personaOn } from "./roles.js";
import type {
  AbsenceRecord,
  AssessInput,
  DailyActivity,
  Day,
  DayRange,
  MethodConfig,
  PersonaDef,
  PersonRecord,
  QuotaRecord,
  RevenueDay,
  RoleRecord,
} from "./types.js";
import { resolveWindow } from "./window.js";

export interface CoreContext {
  method: MethodConfig;
  asOf: Day;
  window: DayRange;
  calendar: WorkCalendar;
  days: Day[];
  workingDays: Day[];
  people: PersonRecord[];
  personas: Map<string, PersonaDef>;
  roles: Map<string, RoleRecord[]>;
  absences: Map<string, AbsenceRecord[]>;
  /** Only rows with a day in W. */
  activity: Map<string, DailyActivity[]>;
  logins: Map<string, Set<Day>>;
  revenue: Map<string, RevenueDay[]>;
  quotas: Map<string, QuotaRecord[]>;
}

export function buildContext(input: AssessInput, method: MethodConfig, asOf: Day): CoreContext {
  const window = resolveWindow(method.window, asOf, method.fiscal_year_start_month);
  const calendar = buildCalendar(method.calendar, window);
  const days = eachDay(window);
  const inWindow = (row: { day: Day }) => row.day >= window.from && row.day <= window.to;
  const logins = new Map<string, Set<Day>>();
  for (const l of input.logins) {
    if (!inWindow(l)) continue;
    const set = logins.get(l.person_id);
    if (set) set.add(l.day);
    else logins.set(l.person_id, new Set([l.day]));
  }
  return {
    method,
    asOf,
    window,
    calendar,
    days,
    workingDays: days.filter((d) => calendar.isWorkingDay(d)),
    people: input.people,
    personas: new Map(method.personas.map((p) => [p.id, p])),
    roles: groupByPerson(input.roles),
    absences: groupByPerson(input.absences),
    activity: groupByPerson(input.activity.filter(inWindow)),
    logins,
    revenue: groupByPerson(input.revenue),
    quotas: groupByPerson(input.quotas),
  };
}

export function personDays(ctx: CoreContext, person: PersonRecord): PersonDays {
  return {
    person,
    roles: ctx.roles.get(person.person_id) ?? [],
    absences: ctx.absences.get(person.person_id) ?? [],
  };
}

/** Personas the person held on at least one day of W on which they were employed, in first-held order. */
export function personasHeld(ctx: CoreContext, person: PersonRecord): string[] {
  const roles = ctx.roles.get(person.person_id) ?? [];
  const held = new Set<string>();
  for (const day of ctx.days) {
    if (!isEmployed(person, day)) continue;
    const persona = personaOn(roles, day);
    if (persona !== null) held.add(persona);
  }
  return [...held];
}

/**
 * Configured personas first in config order, then personas found only in the
 * data (no definition), alphabetically.
 */
export function personaOrder(ctx: CoreContext, found: Iterable<string>): string[] {
  const configured = ctx.method.personas.map((p) => p.id);
  const extra = [...new Set(found)].filter((p) => !ctx.personas.has(p)).sort();
  return [...configured, ...extra];
}

/** Per working day of W: who is employed and not absent, with the persona held (null: none). */
export function presence(ctx: CoreContext): Map<Day, { id: string; persona: string | null }[]> {
  const map = new Map<Day, { id: string; persona: string | null }[]>();
  for (const day of ctx.workingDays) map.set(day, []);
  for (const person of ctx.people) {
    const p = personDays(ctx, person);
    for (const day of ctx.workingDays) {
      if (!isEmployed(person, day) || isAbsent(p.absences, day)) continue;
      map.get(day)?.push({ id: person.person_id, persona: personaOn(p.roles, day) });
    }
  }
  return map;
}
