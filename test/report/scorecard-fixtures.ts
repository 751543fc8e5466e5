// 24 hand-built AEs with a real gap and real summaries, for scorecard tests.
import { summarize } from "../../src/core/assess.js";
import { computeGaps } from "../../src/core/gap.js";
import type { Assessment, MethodConfig, PersonResult } from "../../src/core/types.js";
import { AE, assessment, person } from "./what-if-fixtures.js";

/** A real gap and real summaries over hand-built people. */
export function assessed(people: PersonResult[], m: MethodConfig): Assessment {
  const a = assessment(people, computeGaps(people, m));
  a.personas = m.personas.map((p) => ({
    persona: p.id,
    label: p.label,
    ...summarize(
      people.filter((e) => e.persona === p.id),
      null,
    ),
  }));
  return a;
}

// 24 AEs over 20 days: person i sends 10*i emails (i/2 a day), sells 1000*i
// against a quota of 10000. Teams: West 14, East 6, Tiny 4.
export const TEAM = (i: number) => (i < 14 ? "West" : i < 20 ? "East" : "Tiny");
export const AES = Array.from({ length: 24 }, (_, i) => ({
  ...person(AE, {
    id: `ae${String(i).padStart(2, "0")}`,
    values: [10 * i],
    revenue: 1000 * i,
    quota: 10000,
  }),
  name: `Rep Number${i}`,
  team: TEAM(i),
  manager_id: i < 12 ? "m1" : i < 22 ? "m2" : null,
  score: (10 * i) / 20 / 10,
}));
