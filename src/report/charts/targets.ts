// The target what-if as a chart: for each candidate per-day target, how many
// would be adopted (bars) and how far apart the outcomes of adopted and not
// adopted people lie (line). The current target and the best separating
// candidate are marked; a difference that rests on a side smaller than the
// minimum group is drawn hollow, so a spike of one outlier does not read as a finding.

import type { WhatIf } from "../../core/what-if.js";
import { outcomeDifference, targetNumber } from "../html/format.js";
import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "./svg.js";

function differenceName(w: WhatIf): string {
  return w.metric === "quota_attainment"
    ? "difference in quota attainment (adopted − not)"
    : "difference in won revenue (adopted − not)";
}

function marker(w: WhatIf, per_day: number | null, name: string, color: string) {
  if (per_day === null) return [];
  const index = w.candidates.findIndex((c) => c.per_day === per_day);
  if (index < 0) return [];
  return [{ xAxis: index, name, lineStyle: { color }, label: { formatter: name, color } }];
}

export function renderTargetsChart(whatIf: WhatIf, width = 940): string {
  const w = whatIf;
  const labels = w.candidates.map((c) => targetNumber(c.per_day));
  const diffName = differenceName(w);
  return renderSvg(
    {
      grid: { left: 8, right: 8, top: 40, bottom: 36, containLabel: true },
      legend: {
        top: 0,
        left: "center",
        itemWidth: 14,
        itemHeight: 8,
        textStyle: { color: COLORS.muted },
        data: ["adoption rate", diffName],
      },
      xAxis: {
        type: "category",
        name: "per-day target",
        nameLocation: "middle",
        nameGap: 24,
        data: labels,
        ...categoryAxisStyle(),
      },
      yAxis: [
        {
          type: "value",
          min: 0,
          max: 100,
          ...valueAxisStyle(),
          splitLine: { show: false },
          axisLabel: { color: COLORS.muted, formatter: "{value}%" },
        },
        {
          type: "value",
          ...valueAxisStyle(),
          axisLabel: {
            color: COLORS.muted,
            formatter: (v: number) => outcomeDifference(v, w.metric),
          },
        },
      ],
      series: [
        {
          type: "bar",
          name: "adoption rate",
          yAxisIndex: 0,
          barWidth: "60%",
          itemStyle: { color: "#c7d4f5" },
          data: w.candidates.map((c) =>
            c.adoption_rate === null ? null : Number((c.adoption_rate * 100).toFixed(6)),
          ),
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { type: "dashed", width: 1.5 },
            label: { position: "end" },
            data: [
              ...marker(
                w,
                w.current_target,
                `current ${labels[w.candidates.findIndex((c) => c.current)] ?? ""}`,
                COLORS.target,
              ),
              ...marker(
                w,
                w.best?.per_day ?? null,
                `best ${w.best ? targetNumber(w.best.per_day) : ""}`,
                COLORS.below,
              ),
            ],
          },
        },
        {
          type: "line",
          name: diffName,
          yAxisIndex: 1,
          symbol: "circle",
          symbolSize: 7,
          connectNulls: false,
          lineStyle: { color: COLORS.adopted, width: 2 },
          itemStyle: { color: COLORS.adopted },
          data: w.candidates.map((c) => ({
            value: c.difference,
            itemStyle: c.qualifies
              ? { color: COLORS.adopted }
              : { color: "#ffffff", borderColor: COLORS.adopted, borderWidth: 1.5 },
          })),
        },
      ],
    },
    { width, height: 300 },
  );
}
