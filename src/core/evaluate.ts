// Who is adopted: each target's measure against target * eligible days, then
// the persona's rule (all / any) combines the targets into a status and score.

import { meetsTarget, targetRatio } from "./exact.js";
import type { DailyActivity, Day, PersonaDef, Status, TargetDef, TargetResult } from "./types.js";

/**
 * A target's measure over the measure days: the count of activities, or the
 * sum of each day's distinct subjects. The rollup has one row per (person, day,
 * type); should it hold several, counts add up and so do distinct subjects
 * (the core never sees subjects, only the engine's per-day figure).
 */
export function measureTarget(
  target: TargetDef,
  activity: readonly DailyActivity[],
  measureDays: ReadonlySet<Day>,
): number {
  let value = 0;
  for (const row of activity) {
    if (row.activity_type !== target.activity || !measureDays.has(row.day)) continue;
    value += target.measure === "count" ? row.n : row.distinct_subjects;
  }
  return value;
}

export interface Evaluation {
  status: Status;
  score: number | null;
  targets: TargetResult[];
}

export function evaluate(
  persona: PersonaDef | undefined,
  activity: readonly DailyActivity[],
  measureDays: ReadonlySet<Day>,
  eligibleDays: number,
  minEligibleDays: number,
): Evaluation {
  if (persona === undefined || persona.targets.length === 0) {
    return { status: "no_definition", score: null, targets: [] };
  }
  const evaluated = eligibleDays >= minEligibleDays && eligibleDays > 0;
  const targets: TargetResult[] = persona.targets.map((t) => {
    const value = measureTarget(t, activity, measureDays);
    return {
      activity: t.activity,
      measure: t.measure,
      value,
      per_day: eligibleDays > 0 ? value / eligibleDays : null,
      target: t.per_day,
      met: evaluated ? meetsTarget(value, t.per_day, eligibleDays) : null,
    };
  });
  if (!evaluated) return { status: "insufficient_days", score: null, targets };
  const ratios = targets.map((t) => targetRatio(t.value, t.target, eligibleDays));
  const score = persona.rule === "all" ? Math.min(...ratios) : Math.max(...ratios);
  // meetsTarget and targetRatio agree exactly, so this equals `score >= 1`.
  const adopted = persona.rule === "all" ? targets.every((t) => t.met) : targets.some((t) => t.met);
  return { status: adopted ? "adopted" : "not_adopted", score, targets };
}
