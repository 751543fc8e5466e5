// Adoption week by week: the same method as assess, applied to each ISO week
// on its own, so a leader sees whether use is rising or fading inside the
// window and against the window before it.
//
// Decisions:
// - A week counts for a person when they have at least one eligible day in it
//   (min_eligible_days is a rule for a quarter, not for five days).
// - The per-day figure is the persona's first target, the one a rep is told
//   about; "at target" applies the persona's whole rule (all / any), exactly as
//   adoption does, through the core's own evaluate.

import { buildCalendar } from "./calendar.js";
import { eachDay, isoWeekKey, isoWeekStart } from "./dates.js";
import { eligibility } from "./eligibility.js";
import { evaluate } from "./evaluate.js";
import { groupByPerson } from "./roles.js";
import type { AssessInput, Day, DayRange, MethodConfig, PersonaDef } from "./types.js";

export interface TrendPoint {
  persona: string;
  /** ISO week key, "2026-W05". */
  week: string;
  /** The week's days clipped to the range. */
  from: Day;
  to: Day;
  /** The activity and per-day target of the persona's first target. */
  activity: string;
  target: number;
  /** People with at least one eligible day for the persona in the week. */
  people: number;
  /** Mean over those people of their per-day value that week; null when nobody. */
  per_day: number | null;
  /** Those people who met the persona's rule on that week's numbers. */
  at_target: number;
  /** at_target / people; null when nobody. */
  share_at_target: number | null;
}

interface WeekAcc {
  perDaySum: number;
  people: number;
  atTarget: number;
}

/** The ISO weeks overlapping the range, each clipped to it, in order. */
export function weeksOf(range: DayRange): { week: string; from: Day; to: Day }[] {
  const weeks: { week: string; from: Day; to: Day }[] = [];
  for (const day of eachDay(range)) {
    const last = weeks.at(-1);
    if (last && isoWeekStart(day) === isoWeekStart(last.from)) last.to = day;
    else weeks.push({ week: isoWeekKey(day), from: day, to: day });
  }
  return weeks;
}

export function weeklyTrend(
  input: AssessInput,
  method: MethodConfig,
  range: DayRange,
): TrendPoint[] {
  const calendar = buildCalendar(method.calendar, range);
  const weeks = weeksOf(range);
  const weekOf = new Map<Day, string>();
  for (const w of weeks) for (const d of eachDay(w)) weekOf.set(d, w.week);
  const roles = groupByPerson(input.roles);
  const absences = groupByPerson(input.absences);
  const activity = groupByPerson(
    input.activity.filter((a) => a.day >= range.from && a.day <= range.to),
  );
  const scored = method.personas.filter((p) => p.targets.length > 0);
  const points: TrendPoint[] = [];
  for (const persona of scored) {
    const acc = new Map<string, WeekAcc>(
      weeks.map((w) => [w.week, { perDaySum: 0, people: 0, atTarget: 0 }]),
    );
    for (const person of input.people) {
      const days = {
        person,
        roles: roles.get(person.person_id) ?? [],
        absences: absences.get(person.person_id) ?? [],
      };
      const el = eligibility(days, persona.id, range, calendar, method.eligibility.ramp_days);
      if (el.eligible.length === 0) continue;
      addPersonWeeks(acc, persona, el, weekOf, activity.get(person.person_id) ?? []);
    }
    const first = persona.targets[0] as PersonaDef["targets"][number];
    for (const w of weeks) {
      const a = acc.get(w.week) as WeekAcc;
      points.push({
        persona: persona.id,
        week: w.week,
        from: w.from,
        to: w.to,
        activity: first.activity,
        target: first.per_day,
        people: a.people,
        per_day: a.people > 0 ? a.perDaySum / a.people : null,
        at_target: a.atTarget,
        share_at_target: a.people > 0 ? a.atTarget / a.people : null,
      });
    }
  }
  return points;
}

function addPersonWeeks(
  acc: Map<string, WeekAcc>,
  persona: PersonaDef,
  el: { eligible: Day[]; measure: Day[] },
  weekOf: Map<Day, string>,
  rows: AssessInput["activity"],
): void {
  const eligibleByWeek = new Map<string, number>();
  for (const d of el.eligible) {
    const w = weekOf.get(d) as string;
    eligibleByWeek.set(w, (eligibleByWeek.get(w) ?? 0) + 1);
  }
  const measureByWeek = new Map<string, Set<Day>>();
  for (const d of el.measure) {
    const w = weekOf.get(d) as string;
    const set = measureByWeek.get(w);
    if (set) set.add(d);
    else measureByWeek.set(w, new Set([d]));
  }
  for (const [week, eligibleDays] of eligibleByWeek) {
    // min_eligible_days = 1: any week with an eligible day is evaluated.
    const e = evaluate(persona, rows, measureByWeek.get(week) ?? new Set(), eligibleDays, 1);
    const a = acc.get(week) as WeekAcc;
    a.people += 1;
    a.perDaySum += e.targets[0]?.per_day ?? 0;
    if (e.status === "adopted") a.atTarget += 1;
  }
}
