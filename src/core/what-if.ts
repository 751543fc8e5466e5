// What if the target were different? For each candidate per-day target of one
// activity: who would be adopted, and how far the outcomes of adopted and not
// adopted people lie apart. The candidate that separates outcomes best is a hint
// for where a target could sit; like the gap, it is an association, not a cause.
//
// Decisions (documented in the README of `uptake targets`):
// - A candidate replaces only the chosen target; the persona's other targets
//   keep their configured values and the persona's rule (all/any) combines them,
//   so the current target's candidate reproduces `assess` exactly.
// - An activity that is not one of the persona's targets is tried as the sole
//   target, measured as a count over the same measure days the core uses. Its
//   values are not in the Assessment, so the AssessInput must be passed.
// - Outcome: the persona's gap metric (the same people with an outcome as the gap).
// - "Best" maximises Welch's t of the difference, not the raw difference, so a
//   side of a few scattered outliers does not win; ties go to the lower target.

import { UsageError } from "../errors.js";
import { checkPersona } from "./assess.js";
import { buildContext, personDays } from "./context.js";
import { eligibility } from "./eligibility.js";
import { measureTarget } from "./evaluate.js";
import { meetsTarget } from "./exact.js";
import { comparedPeople, resolveMetric } from "./gap.js";
import { mean, median, sampleVariance } from "./stats.js";
import type {
  AssessInput,
  Assessment,
  DayRange,
  GapMetric,
  Measure,
  MethodConfig,
  PersonaDef,
  PersonResult,
  Rule,
} from "./types.js";
import { STANDARD_ACTIVITY_TYPES } from "./types.js";
import { candidateTargets } from "./what-if-candidates.js";

export interface WhatIfOptions {
  /** Default: the persona's first target. */
  activity?: string;
  from?: number;
  to?: number;
  step?: number;
  /** Needed only for an activity that is not one of the persona's targets. */
  input?: AssessInput;
}

export interface WhatIfSide {
  /** People on this side who have an outcome. */
  people: number;
  /** Mean outcome; null when nobody on this side has one. */
  mean: number | null;
}

export interface WhatIfCandidate {
  per_day: number;
  current: boolean;
  best: boolean;
  evaluated: number;
  adopted: number;
  /** adopted / evaluated; null when nobody is evaluated. */
  adoption_rate: number | null;
  adopted_outcome: WhatIfSide;
  not_adopted_outcome: WhatIfSide;
  /** Mean outcome of adopted minus not adopted; null when a side is empty. */
  difference: number | null;
  /**
   * Welch's t of that difference: the difference over its standard error. It is
   * what "best separates" maximises, so that a large difference resting on three
   * outliers does not beat a steady one resting on thirty. Null when a side has
   * fewer than 2 outcomes or both sides have no spread.
   */
  separation: number | null;
  /** Both sides hold at least the gap's min_group_size people with an outcome. */
  qualifies: boolean;
}

export interface WhatIfBest {
  per_day: number;
  difference: number;
  separation: number;
  adopted: number;
  not_adopted: number;
  /** People with an outcome the comparison rests on (adopted + not adopted). */
  people: number;
}

export interface WhatIf {
  as_of: string;
  window: DayRange;
  persona: string;
  label: string;
  activity: string;
  measure: Measure;
  rule: Rule;
  /** The configured per-day target of the activity; null when it is not a target. */
  current_target: number | null;
  /** Other targets that keep their configured values. */
  held_targets: string[];
  metric: GapMetric | null;
  evaluated: number;
  with_outcome: number;
  min_group_size: number;
  candidates: WhatIfCandidate[];
  best: WhatIfBest | null;
  /** Why there is no best candidate; null when there is one. */
  best_reason: string | null;
}

/** One evaluated person, reduced to what a candidate needs. */
interface Row {
  value: number;
  days: number;
  /** Whether the other targets, combined by the rule, already decide. */
  othersMet: boolean;
  outcome: number | null;
}

function personaOf(method: MethodConfig, persona: string): PersonaDef {
  checkPersona(method, persona);
  return method.personas.find((p) => p.id === persona) as PersonaDef;
}

function checkActivity(method: MethodConfig, activity: string): void {
  const known = [...STANDARD_ACTIVITY_TYPES, ...method.activity_types];
  if (!known.includes(activity)) {
    throw new UsageError(`Unknown activity "${activity}". Known activities: ${known.join(", ")}.`);
  }
}

const isEvaluated = (p: PersonResult): boolean =>
  p.status === "adopted" || p.status === "not_adopted";

function rows(
  assessment: Assessment,
  method: MethodConfig,
  def: PersonaDef,
  activity: string,
  metric: GapMetric | null,
  input: AssessInput | undefined,
): Row[] {
  const evaluated = assessment.people.filter((p) => p.persona === def.id && isEvaluated(p));
  const outcomes = new Map(
    metric === null
      ? []
      : comparedPeople(evaluated, def.id, metric).map((c) => [c.person.person_id, c.outcome]),
  );
  const isTarget = def.targets.some((t) => t.activity === activity);
  const values = isTarget
    ? null
    : nonTargetValues(assessment.as_of, evaluated, method, def.id, activity, input);
  return evaluated.map((p) => {
    const others = p.targets.filter((t) => t.activity !== activity);
    const othersMet = isTarget
      ? def.rule === "all"
        ? others.every((t) => t.met === true)
        : others.some((t) => t.met === true)
      : def.rule === "all";
    const value = isTarget
      ? (p.targets.find((t) => t.activity === activity)?.value ?? 0)
      : (values?.get(p.person_id) ?? 0);
    return { value, days: p.eligible_days, othersMet, outcome: outcomes.get(p.person_id) ?? null };
  });
}

/** Counts of an activity that is no target, over the core's own measure days. */
function nonTargetValues(
  asOf: string,
  evaluated: readonly PersonResult[],
  method: MethodConfig,
  persona: string,
  activity: string,
  input: AssessInput | undefined,
): Map<string, number> {
  if (input === undefined) {
    throw new Error(`targetWhatIf: "${activity}" is not a target of ${persona}; pass the input`);
  }
  const ids = new Set(evaluated.map((p) => p.person_id));
  const ctx = buildContext(input, method, asOf);
  const out = new Map<string, number>();
  const target = { activity, per_day: 1, measure: "count" as const };
  for (const person of ctx.people) {
    if (!ids.has(person.person_id)) continue;
    const el = eligibility(
      personDays(ctx, person),
      persona,
      ctx.window,
      ctx.calendar,
      method.eligibility.ramp_days,
    );
    const rowsOf = ctx.activity.get(person.person_id) ?? [];
    out.set(person.person_id, measureTarget(target, rowsOf, new Set(el.measure)));
  }
  return out;
}

function side(outcomes: number[]): WhatIfSide {
  return { people: outcomes.length, mean: outcomes.length > 0 ? mean(outcomes) : null };
}

function welchT(a: number[], b: number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const se = Math.sqrt(sampleVariance(a) / a.length + sampleVariance(b) / b.length);
  return se > 0 ? (mean(a) - mean(b)) / se : null;
}

function candidate(
  t: number,
  data: readonly Row[],
  rule: Rule,
  current: number | null,
  min: number,
): WhatIfCandidate {
  const adoptedOutcomes: number[] = [];
  const otherOutcomes: number[] = [];
  let adopted = 0;
  for (const r of data) {
    const meets = meetsTarget(r.value, t, r.days);
    const isAdopted = rule === "all" ? r.othersMet && meets : r.othersMet || meets;
    if (isAdopted) adopted++;
    if (r.outcome !== null) (isAdopted ? adoptedOutcomes : otherOutcomes).push(r.outcome);
  }
  const a = side(adoptedOutcomes);
  const b = side(otherOutcomes);
  return {
    per_day: t,
    current: t === current,
    best: false,
    evaluated: data.length,
    adopted,
    adoption_rate: data.length > 0 ? adopted / data.length : null,
    adopted_outcome: a,
    not_adopted_outcome: b,
    difference: a.mean !== null && b.mean !== null ? a.mean - b.mean : null,
    separation: welchT(adoptedOutcomes, otherOutcomes),
    qualifies: a.people >= min && b.people >= min,
  };
}

function pickBest(candidates: WhatIfCandidate[]): WhatIfCandidate | null {
  let best: WhatIfCandidate | null = null;
  for (const c of candidates) {
    if (!c.qualifies || c.difference === null || c.separation === null) continue;
    // Strictly larger: ties keep the lower target, candidates being ascending.
    if (best === null || c.separation > (best.separation as number)) best = c;
  }
  return best;
}

function noBestReason(withOutcome: number, evaluated: number, min: number): string {
  if (evaluated === 0) return "nobody in this persona was evaluated";
  if (withOutcome < 2 * min) {
    return `only ${withOutcome} evaluated people have an outcome; at least ${2 * min} are needed for ${min} on each side`;
  }
  return `no candidate leaves at least ${min} people with an outcome on each side`;
}

export function targetWhatIf(
  assessment: Assessment,
  method: MethodConfig,
  persona: string,
  opts: WhatIfOptions = {},
): WhatIf {
  const def = personaOf(method, persona);
  const activity = opts.activity ?? def.targets[0]?.activity;
  if (activity === undefined) {
    throw new UsageError(`Persona "${persona}" has no target: pass --activity`);
  }
  const target = def.targets.find((t) => t.activity === activity);
  checkActivity(method, activity);
  const evaluated = assessment.people.filter((p) => p.persona === persona && isEvaluated(p));
  const gap = assessment.gap.find((g) => g.persona === persona);
  const metric =
    gap?.metric ?? (evaluated.length > 0 ? resolveMetric(evaluated, method.gap.metric) : null);
  const data = rows(assessment, method, def, activity, metric, opts.input);
  const current = target?.per_day ?? null;
  const perDays = data.filter((r) => r.days > 0).map((r) => r.value / r.days);
  const base = current ?? (perDays.length > 0 ? median(perDays) : null);
  const min = Math.max(1, method.gap.min_group_size);
  const candidates = candidateTargets(base, current, opts).map((t) =>
    candidate(t, data, def.rule, current, min),
  );
  const best = pickBest(candidates);
  if (best) best.best = true;
  const withOutcome = data.filter((r) => r.outcome !== null).length;
  return {
    as_of: assessment.as_of,
    window: assessment.window,
    persona,
    label: def.label,
    activity,
    measure: target?.measure ?? "count",
    rule: def.rule,
    current_target: current,
    held_targets: target ? def.targets.filter((t) => t !== target).map((t) => t.activity) : [],
    metric,
    evaluated: evaluated.length,
    with_outcome: withOutcome,
    min_group_size: min,
    candidates,
    best: best
      ? {
          per_day: best.per_day,
          difference: best.difference as number,
          separation: best.separation as number,
          adopted: best.adopted_outcome.people,
          not_adopted: best.not_adopted_outcome.people,
          people: best.adopted_outcome.people + best.not_adopted_outcome.people,
        }
      : null,
    best_reason: best ? null : noBestReason(withOutcome, evaluated.length, min),
  };
}
