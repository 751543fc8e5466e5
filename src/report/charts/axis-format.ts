// Axis labels in the same units as the figures beside the chart.

import type { GapMetric } from "../../core/types.js";
import { amount, percent } from "../html/format.js";

export function outcomeAxisLabel(metric: GapMetric | null): (value: number) => string {
  return metric === "quota_attainment" ? (v) => percent(v) : (v) => amount(v);
}

export function outcomeName(metric: GapMetric | null): string {
  return metric === "quota_attainment" ? "quota attainment" : "won revenue";
}
