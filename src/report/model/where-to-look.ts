// Where to look: two short lists for a conversation, not a verdict. People far
// above target with a weak outcome (is the activity the right kind?), and
// people just short of target (a little coaching goes a long way).

import type { Assessment, MethodConfig, PersonResult } from "../../core/types.js";
import { activityNoun } from "../../format/words.js";
import { decimal, floored, multiple, outcome, targetNumber } from "../html/format.js";
import { type Figure, figure, paths } from "./figure.js";
import { NO_TEAM } from "./persona-model.js";

/** "Within 20% of target": a score from 0.8 up to (not including) 1. */
export const NEAR_TARGET = 0.8;

export interface QualityRow {
  name: string;
  team: string;
  persona: string;
  score: Figure;
  outcome: Figure;
  median: Figure;
}

export interface NearRow {
  name: string;
  team: string;
  persona: string;
  score: Figure;
  /** The first target's per-day value against its target. */
  perDay: Figure;
  target: string;
  /** In words: how much more a day reaches the target. */
  shortfall: string;
}

export interface WhereToLook {
  quality: QualityRow[];
  near: NearRow[];
}

function personOf(a: Assessment, personId: string, persona: string): PersonResult | undefined {
  return a.people.find((p) => p.person_id === personId && p.persona === persona);
}

export function whereToLook(a: Assessment, method: MethodConfig): WhereToLook {
  const label = (id: string) => method.personas.find((p) => p.id === id)?.label ?? id;
  const quality = a.flags.map((f) => {
    const p = personOf(a, f.person_id, f.persona);
    const path = (field: string) => paths.flag(f.person_id, f.persona, field);
    return {
      name: p?.name ?? f.person_id,
      team: p?.team ?? NO_TEAM,
      persona: label(f.persona),
      score: figure(path("score"), f.score, multiple(f.score)),
      outcome: figure(path("outcome"), f.outcome, outcome(f.outcome, f.metric)),
      median: figure(path("persona_median"), f.persona_median, outcome(f.persona_median, f.metric)),
    };
  });
  const order = new Map(method.personas.map((p, i) => [p.id, i]));
  const near = a.people
    .filter((p) => p.status === "not_adopted" && p.score !== null && p.score >= NEAR_TARGET)
    .sort(
      (x, y) =>
        (order.get(x.persona) ?? 99) - (order.get(y.persona) ?? 99) ||
        (y.score as number) - (x.score as number) ||
        (x.person_id < y.person_id ? -1 : 1),
    )
    .map((p) => nearRow(p, label(p.persona)));
  return { quality, near };
}

function nearRow(p: PersonResult, persona: string): NearRow {
  const t = p.targets[0];
  const perDay = t?.per_day ?? null;
  const path = (field: string) => paths.person(p.person_id, p.persona, field);
  // Rounded up to a tenth: doing what it says reaches the target.
  const missing = t && perDay !== null ? Math.ceil(Math.max(0, t.target - perDay) * 10) / 10 : null;
  return {
    name: p.name,
    team: p.team ?? NO_TEAM,
    persona,
    score: figure(path("score"), p.score, multiple(p.score)),
    perDay: figure(path("targets[0].per_day"), perDay, floored(perDay)),
    target: t ? targetNumber(t.target) : "",
    shortfall:
      t && missing !== null && missing > 0
        ? `${decimal(missing)} more ${activityNoun(t.activity, missing !== 1)} a day`
        : "another target is short",
  };
}
