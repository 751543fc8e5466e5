// Eligible days: the denominator of every per-day number. Each day of the
// window gets at most one reason, the first that applies in a fixed order, so
// that `explain` can account for every day exactly once.

import type { WorkCalendar } from "./calendar.js";
import { addDays, eachDay } from "./dates.js";
import { personaOn } from "./roles.js";
import type {
  AbsenceRecord,
  Day,
  DayRange,
  IneligibleReason,
  PersonRecord,
  RoleRecord,
} from "./types.js";

/** Priority order: employment first, then persona, then the calendar, ramp, absence. */
export const INELIGIBLE_REASONS: readonly IneligibleReason[] = [
  "before_start",
  "after_end",
  "other_persona",
  "weekend",
  "holiday",
  "ramp",
  "absence",
];

/** One person's data needed to classify days (rows of that person only). */
export interface PersonDays {
  person: PersonRecord;
  roles: readonly RoleRecord[];
  absences: readonly AbsenceRecord[];
}

export interface DayClass {
  day: Day;
  /** null when the day is eligible. */
  reason: IneligibleReason | null;
}

export interface Eligibility {
  days: DayClass[];
  eligible: Day[];
  /** Days whose work counts: employed, holding the persona and past ramp. */
  measure: Day[];
}

export function isEmployed(person: PersonRecord, day: Day): boolean {
  return (
    (person.start_date === null || day >= person.start_date) &&
    (person.end_date === null || day <= person.end_date)
  );
}

/** Ramp ends `rampDays` after the start date; no start date means no ramp. */
export function rampEnd(person: PersonRecord, rampDays: number): Day | null {
  return person.start_date === null || rampDays <= 0 ? null : addDays(person.start_date, rampDays);
}

export function isAbsent(absences: readonly AbsenceRecord[], day: Day): boolean {
  return absences.some((a) => a.from <= day && day <= a.to);
}

export function classifyDay(
  p: PersonDays,
  persona: string,
  day: Day,
  calendar: WorkCalendar,
  rampUntil: Day | null,
): IneligibleReason | null {
  const { person } = p;
  if (person.start_date !== null && day < person.start_date) return "before_start";
  if (person.end_date !== null && day > person.end_date) return "after_end";
  if (personaOn(p.roles, day) !== persona) return "other_persona";
  if (calendar.isWeekend(day)) return "weekend";
  if (calendar.isHoliday(day)) return "holiday";
  if (rampUntil !== null && day < rampUntil) return "ramp";
  if (isAbsent(p.absences, day)) return "absence";
  return null;
}

export function eligibility(
  p: PersonDays,
  persona: string,
  window: DayRange,
  calendar: WorkCalendar,
  rampDays: number,
): Eligibility {
  const rampUntil = rampEnd(p.person, rampDays);
  const days: DayClass[] = [];
  const eligible: Day[] = [];
  const measure: Day[] = [];
  for (const day of eachDay(window)) {
    const reason = classifyDay(p, persona, day, calendar, rampUntil);
    days.push({ day, reason });
    if (reason === null) eligible.push(day);
    // Work done on weekends, holidays and absence days still counts; not during
    // ramp, even on a ramp weekend (whose first reason is "weekend").
    const counted =
      reason === null ||
      ((reason === "weekend" || reason === "holiday" || reason === "absence") &&
        (rampUntil === null || day >= rampUntil));
    if (counted) measure.push(day);
  }
  return { days, eligible, measure };
}
