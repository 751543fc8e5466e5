import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { averageRanks, tieSizes } from "./ranks.js";

/**
 * Two-sided Mann-Whitney U p-value: normal approximation with tie correction and
 * continuity correction, the same as scipy.stats.mannwhitneyu(a, b,
 * alternative="two-sided", method="asymptotic", use_continuity=True).
 *
 * Degenerate cases: an empty group, or every value tied (variance of U is 0),
 * carries no evidence of a difference, so the p-value is 1. A |U - mean| within
 * the continuity correction also gives 1 (capped, as scipy does).
 */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return 1;
  const n = n1 + n2;
  const ranks = averageRanks([...a, ...b]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i] as number;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const mu = (n1 * n2) / 2;
  let tieTerm = 0;
  for (const t of tieSizes([...a, ...b])) tieTerm += t * t * t - t;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return 1;
  const z = (u - mu - 0.5) / Math.sqrt(variance);
  // cdf(-z) rather than 1 - cdf(z): keeps small p-values from rounding to 0.
  return Math.min(1, 2 * normalCdf(-z, 0, 1));
}
