// Per persona: its definition, the spread of per-day activity against the
// target, and adoption by team, all from the assessment's person results.

import type { Assessment, MethodConfig, PersonaDef, PersonResult } from "../../core/types.js";
import { type PersonaDefinition, perDayUnit, personaDefinition } from "./definition.js";

export const NO_TEAM = "No team";

export interface TeamRow {
  /** The team as shown. */
  team: string;
  /** The team as in the data (null: none), for the rows' people filters. */
  key: string | null;
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
      key: p.team,
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
    teams: teamRows(people),
    adoptionRate: a.personas.find((s) => s.persona === persona.id)?.adoption_rate ?? null,
    notEvaluated: people.filter((p) => p.status === "insufficient_days").length,
  };
}
