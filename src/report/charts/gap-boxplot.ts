// The Adoption Gap as two distributions: top and bottom adopters' outcomes.
// A box per group (quartiles, whiskers to the extremes) with the mean marked,
// because the gap is a difference of means but a reader should see the spread.

import type { GapMetric } from "../../core/types.js";
import { outcomeAxisLabel, outcomeName } from "./axis-format.js";
import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "./svg.js";

/** Linear-interpolation quantile (the common "type 7"), for drawing only. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (pos - lo);
}

/** [min, q1, median, q3, max] as ECharts' boxplot expects. */
export function fiveNumbers(values: readonly number[]): [number, number, number, number, number] {
  const s = [...values].sort((a, b) => a - b);
  return [
    s[0] as number,
    quantile(s, 0.25),
    quantile(s, 0.5),
    quantile(s, 0.75),
    s.at(-1) as number,
  ];
}

export interface GapBoxplotInput {
  metric: GapMetric | null;
  top: { values: readonly number[]; mean: number };
  bottom: { values: readonly number[]; mean: number };
}

export function renderGapBoxplot(input: GapBoxplotInput, width = 460): string {
  const label = outcomeAxisLabel(input.metric);
  const groups = [
    { name: "Bottom adopters", color: COLORS.bottom, ...input.bottom },
    { name: "Top adopters", color: COLORS.top, ...input.top },
  ];
  return renderSvg(
    {
      grid: { left: 8, right: 24, top: 16, bottom: 44, containLabel: true },
      xAxis: {
        type: "value",
        scale: true,
        name: outcomeName(input.metric),
        nameLocation: "middle",
        nameGap: 28,
        ...valueAxisStyle(),
        axisLabel: { color: COLORS.muted, formatter: label },
      },
      yAxis: {
        type: "category",
        data: groups.map((g) => g.name),
        ...categoryAxisStyle(),
        axisLabel: { color: COLORS.ink },
      },
      series: [
        {
          type: "boxplot",
          boxWidth: [18, 36],
          data: groups.map((g) => ({
            value: fiveNumbers(g.values),
            itemStyle: { color: `${g.color}33`, borderColor: g.color, borderWidth: 1.5 },
          })),
        },
        {
          type: "scatter",
          symbol: "diamond",
          symbolSize: 12,
          data: groups.map((g, i) => ({
            value: [g.mean, i],
            itemStyle: { color: g.color, borderColor: "#fff", borderWidth: 1 },
          })),
          label: {
            show: true,
            position: "top",
            // Above the box, not on it.
            distance: 20,
            color: COLORS.ink,
            fontWeight: "bold",
            formatter: (p: { dataIndex: number }) =>
              `mean ${label((groups[p.dataIndex] as (typeof groups)[number]).mean)}`,
          },
        },
      ],
    },
    { width, height: 220 },
  );
}
