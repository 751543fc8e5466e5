// One person's week-by-week per-day numbers, from the core's weeklyTrend run
// over that person alone: the weekly figure of a group of one is that person's
// own, computed by exactly the method the report's trend uses.

import { weeklyTrend } from "../../core/trend.js";
import type { AssessInput, DayRange, MethodConfig } from "../../core/types.js";
import type { PersonaTrend } from "./scorecard-model.js";

/** The input split by person once, so each person's trend reads only their rows. */
export function splitByPerson(input: AssessInput): Map<string, AssessInput> {
  const out = new Map<string, AssessInput>();
  const slot = (id: string): AssessInput => {
    let s = out.get(id);
    if (!s) {
      s = {
        people: [],
        roles: [],
        absences: [],
        activity: [],
        logins: [],
        revenue: [],
        quotas: [],
      };
      out.set(id, s);
    }
    return s;
  };
  for (const p of input.people) slot(p.person_id).people.push(p);
  for (const r of input.roles) slot(r.person_id).roles.push(r);
  for (const a of input.absences) slot(a.person_id).absences.push(a);
  for (const a of input.activity) slot(a.person_id).activity.push(a);
  return out;
}

/** Per persona the person held: their weeks over `range`, those inside `window` marked. */
export function personTrends(
  rows: AssessInput | undefined,
  method: MethodConfig,
  range: DayRange,
  window: DayRange,
): Map<string, PersonaTrend> {
  const out = new Map<string, PersonaTrend>();
  if (!rows) return out;
  for (const point of weeklyTrend(rows, method, range)) {
    let trend = out.get(point.persona);
    if (!trend) {
      trend = { activity: point.activity, target: point.target, weeks: [] };
      out.set(point.persona, trend);
    }
    trend.weeks.push({
      week: point.week,
      from: point.from,
      to: point.to,
      per_day: point.per_day,
      at_target: point.people > 0 ? point.at_target > 0 : null,
      in_window: point.to >= window.from && point.from <= window.to,
    });
  }
  // A persona the person never held in the range has only empty weeks: no trend.
  for (const [persona, trend] of out) {
    if (trend.weeks.every((w) => w.per_day === null)) out.delete(persona);
  }
  return out;
}
