import {
  floorFraction,
  mannWhitneyP,
  mean,
  median,
  minCountForGroup,
  spearmanRho,
  welchCi95,
} from "./stats.js";
import type {
  GapGroup,
  GapMetric,
  GapResult,
  MethodConfig,
  PersonaDef,
  PersonResult,
} from "./types.js";

// The Adoption Gap (DESIGN.md section 1, "The Adoption Gap"). It is an
// association between use and outcome, not proof of cause: whoever shows it says so.

/** One person in a persona's comparison: evaluated, with an outcome. */
export interface Compared {
  person: PersonResult;
  score: number;
  outcome: number;
}

function evaluatedOf(people: readonly PersonResult[], persona: string): PersonResult[] {
  return people.filter(
    (p) =>
      p.persona === persona &&
      (p.status === "adopted" || p.status === "not_adopted") &&
      p.score !== null,
  );
}

const hasQuota = (p: PersonResult): boolean => p.quota !== null && p.quota > 0;

/** "auto" is quota attainment as soon as one evaluated person of the persona has a quota. */
export function resolveMetric(
  evaluated: readonly PersonResult[],
  configured: MethodConfig["gap"]["metric"],
): GapMetric {
  if (configured !== "auto") return configured;
  return evaluated.some(hasQuota) ? "quota_attainment" : "revenue";
}

function outcomeOf(p: PersonResult, metric: GapMetric): number | null {
  // Revenue is already 0 for someone without a won deal: no deal is an outcome.
  if (metric === "revenue") return p.revenue;
  if (!hasQuota(p)) return null;
  return p.quota_attainment ?? p.revenue / (p.quota as number);
}

/**
 * The n people a persona's gap compares, sorted by score descending, ties by
 * person_id ascending (code-unit order, so the order does not depend on a locale).
 */
export function comparedPeople(
  people: readonly PersonResult[],
  persona: string,
  metric: GapMetric,
): Compared[] {
  const out: Compared[] = [];
  for (const p of evaluatedOf(people, persona)) {
    const outcome = outcomeOf(p, metric);
    if (outcome !== null) out.push({ person: p, score: p.score as number, outcome });
  }
  return out.sort(
    (a, b) => b.score - a.score || codeUnitOrder(a.person.person_id, b.person.person_id),
  );
}

function codeUnitOrder(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function firstTargetPerDay(p: PersonResult, persona: PersonaDef): number {
  const def = persona.targets[0];
  const t =
    p.targets.find((r) => r.activity === def?.activity && r.measure === def?.measure) ??
    p.targets[0];
  // Evaluated people have eligible days, hence a per_day: a null is a bug upstream.
  if (t?.per_day == null) {
    throw new Error(`evaluated person ${p.person_id} has no per_day for ${def?.activity}`);
  }
  return t.per_day;
}

function group(members: readonly Compared[], persona: PersonaDef): GapGroup {
  const outcomes = members.map((c) => c.outcome);
  return {
    person_ids: members.map((c) => c.person.person_id),
    mean: mean(outcomes),
    median: median(outcomes),
    per_day: mean(members.map((c) => firstTargetPerDay(c.person, persona))),
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function tooFewReason(n: number, k: number, min: number, metric: GapMetric, f: number): string {
  const who =
    metric === "quota_attainment"
      ? plural(n, "evaluated person with a quota", "evaluated people with a quota")
      : plural(n, "evaluated person", "evaluated people");
  const percent = `${+(f * 100).toFixed(4)}%`;
  return (
    `only ${who}: groups of ${percent} would hold ${k}, fewer than the minimum of ${min}; ` +
    `at least ${minCountForGroup(min, f)} are needed`
  );
}

function notComputed(
  persona: PersonaDef,
  fields: { n: number; k: number; metric: GapMetric | null; reason: string },
): GapResult {
  return {
    persona: persona.id,
    computed: false,
    ...fields,
    activity: persona.targets[0]?.activity ?? null,
    top: null,
    bottom: null,
    difference: null,
    ci95: null,
    p_value: null,
    spearman_rho: null,
    revenue_opportunity: null,
  };
}

function gapFor(
  people: readonly PersonResult[],
  persona: PersonaDef,
  method: MethodConfig,
): GapResult {
  const { group_fraction: f } = method.gap;
  // A group of 0 has no mean: whatever the config says, a group needs one person.
  const minGroup = Math.max(1, method.gap.min_group_size);
  if (persona.targets.length === 0) {
    return notComputed(persona, {
      n: 0,
      k: 0,
      metric: null,
      reason: "this persona has no adoption target, so nobody can be ranked by use",
    });
  }
  const evaluated = evaluatedOf(people, persona.id);
  if (evaluated.length === 0) {
    const held = people.filter((p) => p.persona === persona.id).length;
    const reason =
      held === 0
        ? "nobody held this persona in the window"
        : `none of the ${plural(held, "person", "people")} had the ${method.eligibility.min_eligible_days} eligible days needed to be evaluated`;
    return notComputed(persona, { n: 0, k: 0, metric: null, reason });
  }
  const metric = resolveMetric(evaluated, method.gap.metric);
  const compared = comparedPeople(people, persona.id, metric);
  const n = compared.length;
  const k = floorFraction(n, f);
  if (n === 0) {
    const reason = `none of the ${plural(evaluated.length, "evaluated person", "evaluated people")} had a quota in the window`;
    return notComputed(persona, { n, k, metric, reason });
  }
  if (k < minGroup) {
    return notComputed(persona, { n, k, metric, reason: tooFewReason(n, k, minGroup, metric, f) });
  }
  // Personas that carry no revenue of their own (managers, often) would show a
  // gap of 0 against 0: no evidence either way, so it is withheld and said why.
  if (metric === "revenue" && compared.every((c) => c.outcome === 0)) {
    const reason = `none of the ${plural(n, "evaluated person", "evaluated people")} won revenue in the window, so there is no outcome to compare`;
    return notComputed(persona, { n, k, metric, reason });
  }
  const top = compared.slice(0, k);
  const bottom = compared.slice(n - k);
  const topOutcomes = top.map((c) => c.outcome);
  const bottomOutcomes = bottom.map((c) => c.outcome);
  const topGroup = group(top, persona);
  const bottomGroup = group(bottom, persona);
  const revenueOf = (cs: readonly Compared[]) => mean(cs.map((c) => c.person.revenue));
  return {
    persona: persona.id,
    computed: true,
    n,
    k,
    metric,
    activity: persona.targets[0]?.activity ?? null,
    top: topGroup,
    bottom: bottomGroup,
    difference: topGroup.mean - bottomGroup.mean,
    ci95: welchCi95(topOutcomes, bottomOutcomes),
    p_value: mannWhitneyP(topOutcomes, bottomOutcomes),
    spearman_rho: spearmanRho(
      compared.map((c) => c.score),
      compared.map((c) => c.outcome),
    ),
    // In money even when the metric is attainment: what closing the gap is worth.
    revenue_opportunity: k * (revenueOf(top) - revenueOf(bottom)),
  };
}

/** One gap per persona of the method, in config order. */
export function computeGaps(people: PersonResult[], method: MethodConfig): GapResult[] {
  return method.personas.map((persona) => gapFor(people, persona, method));
}
