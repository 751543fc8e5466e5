// The link between using the tool and results: attainment rises with adoption
// propensity up to a point, is scaled by selling talent the tool does not give,
// and varies quarter to quarter. Spammers do a lot and sell little. The gap the
// demo shows is an association with plenty of noise, as in real life.

import type { Rng } from "./rng.js";
import type { Traits } from "./traits.js";

/** Expected share of quota won in a quarter, before the quarter's luck. */
export function expectedAttainment(traits: Traits): number {
  if (traits.archetype === "spammer") return 0.5 * traits.talent;
  return (0.4 + 0.55 * Math.min(traits.propensity, 1.6)) * traits.talent;
}

/** One quarter's attainment; a quarter right after starting is a ramp quarter. */
export function drawAttainment(rng: Rng, traits: Traits, ramp: boolean): number {
  return expectedAttainment(traits) * rng.lognormal(-0.02, 0.2) * (ramp ? 0.6 : 1);
}

/** Share of closed deals won: careful work converts better than volume. */
export function winRate(traits: Traits): number {
  if (traits.archetype === "spammer") return 0.12;
  return 0.18 + (0.14 * Math.min(traits.propensity, 1.5)) / 1.5;
}
