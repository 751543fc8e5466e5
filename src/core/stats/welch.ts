import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mean, sampleVariance } from "./descriptive.js";

/**
 * Welch's 95% confidence interval for mean(a) - mean(b), with
 * Welch-Satterthwaite degrees of freedom.
 *
 * Degenerate cases:
 * - fewer than two values in a group: no variance can be estimated, so there is
 *   no interval (null) rather than a made-up one;
 * - zero variance in both groups: the difference is known without sampling
 *   error and the degrees of freedom are 0/0, so the interval collapses to
 *   [d, d]. (One zero variance is fine: df falls back to the other group's n - 1.)
 */
export function welchCi95(a: readonly number[], b: readonly number[]): [number, number] | null {
  if (a.length < 2 || b.length < 2) return null;
  const d = mean(a) - mean(b);
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  const se2 = va + vb;
  if (se2 === 0) return [d, d];
  const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const half = tQuantile(0.975, df) * Math.sqrt(se2);
  return [d - half, d + half];
}
