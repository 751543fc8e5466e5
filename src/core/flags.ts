import { comparedPeople } from "./gap.js";
import { median } from "./stats.js";
import type { GapResult, MethodConfig, PersonResult, QualityFlag } from "./types.js";

/** Far above target: three times the daily target or more. */
const FAR_ABOVE_TARGET = 3;

/**
 * People far above target whose outcome is below their persona's median: too
 * much activity can be as telling as too little (DESIGN.md, "The Adoption Gap").
 *
 * The median is that of the n people the persona's gap compares, on the gap's
 * metric, so a flag and the gap never disagree about who is compared or how.
 * Flags need a known metric and at least gap.min_group_size people compared, but
 * not a computed gap: a team of 8 is too small to split into top and bottom
 * quarters, yet its median is still a fair yardstick. Below the minimum, the
 * "median" would be one or two named colleagues, not a norm.
 *
 * Sorted by persona (config order), then score descending, then person_id.
 */
export function qualityFlags(
  people: PersonResult[],
  gaps: GapResult[],
  method: MethodConfig,
): QualityFlag[] {
  const minPeople = Math.max(1, method.gap.min_group_size);
  const flags: QualityFlag[] = [];
  for (const persona of method.personas) {
    const gap = gaps.find((g) => g.persona === persona.id);
    if (!gap?.metric) continue;
    const metric = gap.metric;
    const compared = comparedPeople(people, persona.id, metric);
    if (compared.length < minPeople) continue;
    const personaMedian = median(compared.map((c) => c.outcome));
    // comparedPeople is already in score-descending, person_id-ascending order.
    for (const c of compared) {
      if (c.score >= FAR_ABOVE_TARGET && c.outcome < personaMedian) {
        flags.push({
          person_id: c.person.person_id,
          persona: persona.id,
          score: c.score,
          metric,
          outcome: c.outcome,
          persona_median: personaMedian,
        });
      }
    }
  }
  return flags;
}
