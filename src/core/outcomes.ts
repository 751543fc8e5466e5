// Outcomes in the window: won revenue and the quota prorated to the window, so
// that a quarterly quota and a yearly one are both compared with W's share.

import { intersect, rangeLength } from "./dates.js";
import type { DayRange, QuotaRecord, RevenueDay } from "./types.js";

/** Won revenue with close day in W (one person's rows). */
export function revenueIn(revenue: readonly RevenueDay[], window: DayRange): number {
  let total = 0;
  for (const r of revenue) if (r.day >= window.from && r.day <= window.to) total += r.amount;
  return total;
}

/**
 * Sum of amount * overlap_days / period_days over one person's quota rows, in
 * calendar days with inclusive bounds; null when no row overlaps W. A row
 * whose from is after its to has no period and is ignored.
 */
export function quotaIn(quotas: readonly QuotaRecord[], window: DayRange): number | null {
  let total: number | null = null;
  for (const q of quotas) {
    const period = rangeLength(q);
    if (period === 0) continue;
    const overlap = intersect(q, window);
    if (overlap === null) continue;
    // Multiply first: a whole-period overlap then returns the amount unchanged.
    total = (total ?? 0) + (q.amount * rangeLength(overlap)) / period;
  }
  return total;
}

export function quotaAttainment(revenue: number, quota: number | null): number | null {
  return quota !== null && quota > 0 ? revenue / quota : null;
}
