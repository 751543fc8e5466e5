// Score against outcome for everyone the gap compares: the picture behind
// Spearman's rho, with top and bottom adopters in the gap's colours.

import type { GapMetric } from "../../core/types.js";
import { outcomeAxisLabel, outcomeName } from "./axis-format.js";
import { COLORS, renderSvg, valueAxisStyle } from "./svg.js";

export interface ScatterPoint {
  score: number;
  outcome: number;
  group: "top" | "bottom" | "middle";
}

const GROUPS = [
  { key: "middle", name: "Others", color: COLORS.neutral },
  { key: "bottom", name: "Bottom adopters", color: COLORS.bottom },
  { key: "top", name: "Top adopters", color: COLORS.top },
] as const;

export function renderScoreScatter(
  points: readonly ScatterPoint[],
  metric: GapMetric | null,
  width = 460,
): string {
  return renderSvg(
    {
      grid: { left: 8, right: 24, top: 36, bottom: 44, containLabel: true },
      legend: {
        top: 0,
        right: 0,
        itemWidth: 10,
        itemHeight: 10,
        textStyle: { color: COLORS.muted },
        data: GROUPS.map((g) => g.name),
      },
      xAxis: {
        type: "value",
        min: 0,
        name: "score (per day ÷ target)",
        nameLocation: "middle",
        nameGap: 28,
        ...valueAxisStyle(),
        axisLabel: { color: COLORS.muted, formatter: "{value}×" },
      },
      yAxis: {
        type: "value",
        scale: true,
        name: outcomeName(metric),
        ...valueAxisStyle(),
        axisLabel: { color: COLORS.muted, formatter: outcomeAxisLabel(metric) },
      },
      series: GROUPS.map((g, i) => ({
        type: "scatter" as const,
        name: g.name,
        symbolSize: 7,
        itemStyle: { color: g.color, opacity: 0.85 },
        data: points.filter((p) => p.group === g.key).map((p) => [p.score, p.outcome]),
        markLine:
          i === 0
            ? {
                symbol: "none",
                silent: true,
                lineStyle: { color: COLORS.target, type: "dashed" as const },
                label: { formatter: "target", color: COLORS.ink },
                data: [{ xAxis: 1 }],
              }
            : undefined,
      })),
    },
    { width, height: 260 },
  );
}
