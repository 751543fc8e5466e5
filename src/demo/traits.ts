// Each person's latent habits. Propensity drives how much work they do in the
// tool; it is spread so that some people are far below target, many around it
// and a few far above, which puts the adoption rate near one half. Logging in
// is drawn independently of it: most low adopters still log in every day.

import type { Rng } from "./rng.js";
import type { Persona } from "./teams.js";

/**
 * resister: barely uses the tool; core: around target; power: well above it;
 * spammer: far above target with weak results (activity-quality flags).
 */
export type Archetype = "resister" | "core" | "power" | "spammer";

export interface Traits {
  archetype: Archetype;
  /** Expected daily work in the tool as a multiple of the persona's target. */
  propensity: number;
  /** Selling skill apart from the tool: multiplies quota attainment. */
  talent: number;
  /** Chance of logging in on a working day. */
  loginRate: number;
  /** Change of activity (log scale) per 90 days: some warm to the tool, some drift away. */
  trend: number;
  /** Chance of doing some work on a weekend day. */
  weekendRate: number;
}

const SHARES: Record<Exclude<Archetype, "core">, number> = {
  resister: 0.12,
  power: 0.06,
  spammer: 0.04,
};

function archetypes(persona: Persona, n: number): Archetype[] {
  const count = (a: Exclude<Archetype, "core">) => Math.round(SHARES[a] * n);
  // Reps with quotas always get a spammer or two: the flags need someone to show.
  const spammers =
    persona === "sdr" || persona === "ae"
      ? Math.max(n >= 10 ? 1 : 0, count("spammer"))
      : count("spammer");
  const list: Archetype[] = [
    ...Array<Archetype>(count("resister")).fill("resister"),
    ...Array<Archetype>(count("power")).fill("power"),
    ...Array<Archetype>(spammers).fill("spammer"),
  ];
  while (list.length < n) list.push("core");
  return list.slice(0, n);
}

function propensity(rng: Rng, archetype: Archetype): number {
  switch (archetype) {
    case "resister":
      return rng.uniform(0.05, 0.45);
    case "power":
      return rng.uniform(1.6, 2.5);
    case "spammer":
      return rng.uniform(3.3, 4.3);
    case "core":
      return Math.min(2.2, Math.max(0.3, rng.lognormal(Math.log(0.97), 0.28)));
  }
}

/** Traits for the `n` people of one persona, in their order. */
export function drawTraits(rng: Rng, persona: Persona, n: number): Traits[] {
  const kinds = rng.shuffle(archetypes(persona, n));
  return kinds.map((archetype) => {
    const talent = rng.lognormal(0, 0.25);
    return {
      archetype,
      propensity: propensity(rng, archetype),
      talent: archetype === "spammer" ? Math.min(talent, 0.9) : talent,
      loginRate: rng.chance(0.85) ? rng.uniform(0.85, 0.98) : rng.uniform(0.5, 0.85),
      trend: rng.normal(0, 0.15),
      weekendRate:
        archetype === "power" || archetype === "spammer" ? 0.25 : 0.05 * rng.lognormal(0, 0.5),
    };
  });
}
