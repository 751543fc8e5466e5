// Per persona: its definition, the spread of per-day activity against the
// target, and adoption by team, all from the assessment's person results.

import type { Assessment, MethodConfig, PersonaDef, PersonResult } from "../../core/types.js";
import { type PersonaDefinition, perDayUnit, personaDefinition } from "./definition.js";

export const NO_TEAM = "No team";

export interface TeamRow {
  /** The team as shown. */
  team: string;
  /** The teams as in the data (null: none) that the row covers, for its people filters. */
  keys: (string | null)[];
  evaluated: number;
  adopted: number;
}

export interface PersonaModel {
  persona: string;
  label: string;
  definition: PersonaDefinition;
  /** The first target: what the histogram shows. */
  target: number;
  unit: string;
  /** Per-day values of the first target, one per evaluated person. */
  perDay: number[];
  /** Several targets: the histogram shows the first only, and says so. */
  firstOfSeveral: boolean;
  teams: TeamRow[];
  /** People in teams too small to show, when even pooled they are too few. */
  withheld: number;
  adoptionRate: number | null;
  /** People holding the persona in the window who were not evaluated (too few eligible days). */
  notEvaluated: number;
}

export const isEvaluated = (p: PersonResult): boolean =>
  p.status === "adopted" || p.status === "not_adopted";

/** Teams by adoption rate, highest first, then by name: where adoption comes from. */
export function teamRows(people: readonly PersonResult[]): TeamRow[] {
  const byTeam = new Map<string, TeamRow>();
  for (const p of people) {
    if (!isEvaluated(p)) continue;
    // Keyed by the raw value: a team really named "No team" stays apart from none.
    const key = p.team === null ? "\u0000" : `=${p.team}`;
    const row = byTeam.get(key) ?? {
      team: p.team ?? NO_TEAM,
      keys: [p.team],
      evaluated: 0,
      adopted: 0,
    };
    row.evaluated += 1;
    if (p.status === "adopted") row.adopted += 1;
    byTeam.set(key, row);
  }
  return [...byTeam.values()].sort(
    (a, b) =>
      b.adopted / b.evaluated - a.adopted / a.evaluated ||
      (a.team < b.team ? -1 : a.team > b.team ? 1 : 0),
  );
}

/**
 * Teams smaller than the privacy minimum are not shown one by one (a team of
 * one would name its member's status): they are pooled into one row, itself
 * shown only when it reaches the minimum.
 */
export function poolSmallTeams(
  rows: readonly TeamRow[],
  minGroup: number,
): { teams: TeamRow[]; withheld: number } {
  const shown = rows.filter((t) => t.evaluated >= minGroup);
  const small = rows.filter((t) => t.evaluated < minGroup);
  if (small.length === 0) return { teams: shown, withheld: 0 };
  const pooled: TeamRow = {
    team: `${small.length} ${small.length === 1 ? "team" : "teams"} under ${minGroup}`,
    keys: small.flatMap((t) => t.keys),
    evaluated: small.reduce((s, t) => s + t.evaluated, 0),
    adopted: small.reduce((s, t) => s + t.adopted, 0),
  };
  if (pooled.evaluated < minGroup) return { teams: shown, withheld: pooled.evaluated };
  return { teams: [...shown, pooled], withheld: 0 };
}

export function personaModel(
  persona: PersonaDef,
  a: Assessment,
  method: MethodConfig,
  windowText: string,
): PersonaModel | null {
  const first = persona.targets[0];
  if (first === undefined) return null;
  const people = a.people.filter((p) => p.persona === persona.id);
  const evaluated = people.filter(isEvaluated);
  return {
    persona: persona.id,
    label: persona.label,
    definition: personaDefinition(persona, method, windowText),
    target: first.per_day,
    unit: perDayUnit(first),
    perDay: evaluated.map((p) => p.targets[0]?.per_day ?? 0),
    firstOfSeveral: persona.targets.length > 1,
    ...poolSmallTeams(teamRows(people), method.privacy.min_group_size),
    adoptionRate: a.personas.find((s) => s.persona === persona.id)?.adoption_rate ?? null,
    notEvaluated: people.filter((p) => p.status === "insufficient_days").length,
  };
}
