// Adoption week by week across the window and the one before it: the per-day
// average against the target line, and the share of people at target.

import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "./svg.js";

export interface TrendWeek {
  /** Axis label, e.g. "5 Jan". */
  label: string;
  per_day: number | null;
  share_at_target: number | null;
  /** True for weeks of the window before the assessed one. */
  previous: boolean;
}

/** The next "nice" number (1, 2, 2.5, 5 times a power of ten) at or above x. */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= x - 1e-9) as number;
  return step * power;
}

export function renderTrendChart(
  weeks: readonly TrendWeek[],
  target: number,
  unit: string,
  width = 940,
): string {
  const firstCurrent = weeks.findIndex((w) => !w.previous);
  const previousLast = firstCurrent > 0 ? firstCurrent - 1 : weeks.length - 1;
  const hasPrevious = weeks.some((w) => w.previous);
  const below = weeks.every((w) => w.per_day === null || w.per_day < target * 1.05);
  return renderSvg(
    {
      grid: { left: 8, right: 8, top: 32, bottom: 28, containLabel: true },
      legend: {
        top: 0,
        left: "center",
        itemWidth: 14,
        itemHeight: 8,
        textStyle: { color: COLORS.muted },
        data: [`${unit} (mean)`, "share at target"],
      },
      xAxis: {
        type: "category",
        data: weeks.map((w) => w.label),
        ...categoryAxisStyle(),
        axisLabel: { color: COLORS.muted, interval: "auto", hideOverlap: true },
      },
      yAxis: [
        {
          type: "value",
          min: 0,
          // Keep the target line in view when everyone is below it; else ECharts' own nice max.
          max: below ? niceCeil(target * 1.2) : undefined,
          ...valueAxisStyle(),
        },
        {
          type: "value",
          min: 0,
          max: 100,
          ...valueAxisStyle(),
          splitLine: { show: false },
          axisLabel: { color: COLORS.muted, formatter: "{value}%" },
        },
      ],
      series: [
        {
          type: "bar",
          name: "share at target",
          yAxisIndex: 1,
          barWidth: "60%",
          itemStyle: { color: "#c7d4f5" },
          data: weeks.map((w) => (w.share_at_target === null ? null : w.share_at_target * 100)),
          markArea: hasPrevious
            ? {
                silent: true,
                itemStyle: { color: COLORS.previous, opacity: 0.7 },
                label: { color: COLORS.muted, position: "insideTop" },
                data: [[{ name: "previous window", xAxis: 0 }, { xAxis: previousLast }]],
              }
            : undefined,
        },
        {
          type: "line",
          name: `${unit} (mean)`,
          yAxisIndex: 0,
          symbol: "circle",
          symbolSize: 5,
          connectNulls: false,
          lineStyle: { color: COLORS.adopted, width: 2 },
          itemStyle: { color: COLORS.adopted },
          data: weeks.map((w) => w.per_day),
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { color: COLORS.target, type: "dashed" },
            label: { formatter: `target ${target}`, position: "insideEndTop", color: COLORS.ink },
            data: [{ yAxis: target }],
          },
        },
      ],
    },
    { width, height: 260 },
  );
}
