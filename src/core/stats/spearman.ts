import { averageRanks } from "./ranks.js";

/**
 * Spearman's rho: the Pearson correlation of the average ranks (so ties are
 * handled as scipy.stats.spearmanr does).
 *
 * Degenerate cases: fewer than two pairs, or all values of either side tied,
 * leave the correlation undefined (0/0), so it is null rather than 0: "no
 * association" would be a claim the data cannot support.
 */
export function spearmanRho(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new RangeError("spearman needs pairs of equal length");
  const n = x.length;
  if (n < 2) return null;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  // Mean of ranks 1..n is (n + 1) / 2 whatever the ties.
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - m;
    const dy = (ry[i] as number) - m;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Clamp: rounding can push a perfect correlation a hair past +-1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
