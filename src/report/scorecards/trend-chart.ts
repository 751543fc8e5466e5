// A rep's own weeks: one bar per week of their per-day number, green when that
// week met the target, the target as a dashed line, the window before the
// assessed one shaded. Their own numbers only, so no privacy floor applies.

import { niceStep } from "../../core/what-if-candidates.js";
import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "../charts/svg.js";
import { decimal, shortDay, targetNumber } from "../html/format.js";
import type { PersonaTrend } from "./scorecard-model.js";

const BELOW = "#f3c98b";
/** The scorecard's "on target" green, as on its headline panel. */
const MET = "#1f8a4c";

/** A top of the axis on a round step, about five ticks. */
export function roundAxis(values: readonly number[]): { max: number; step: number } {
  const top = Math.max(...values, 1);
  const step = niceStep(top / 5);
  return { max: Number((Math.ceil(top / step - 1e-9) * step).toPrecision(12)), step };
}

export function renderPersonTrend(trend: PersonaTrend, unit: string, width = 900): string {
  const weeks = trend.weeks;
  const firstCurrent = weeks.findIndex((w) => w.in_window);
  const hasPrevious = firstCurrent > 0;
  const axis = roundAxis([...weeks.map((w) => w.per_day ?? 0), trend.target * 1.2]);
  return renderSvg(
    {
      grid: { left: 8, right: 64, top: 28, bottom: 24, containLabel: true },
      xAxis: {
        type: "category",
        data: weeks.map((w) => shortDay(w.from)),
        ...categoryAxisStyle(),
        axisLabel: { color: COLORS.muted, interval: "auto", hideOverlap: true },
      },
      yAxis: {
        type: "value",
        min: 0,
        // Keep the target line in view for weeks far below it, on round ticks.
        max: axis.max,
        interval: axis.step,
        ...valueAxisStyle(),
      },
      series: [
        {
          type: "bar",
          name: `${unit} a day`,
          barWidth: "62%",
          data: weeks.map((w) => ({
            value: w.per_day === null ? null : Number(w.per_day.toFixed(6)),
            itemStyle: { color: w.at_target ? MET : BELOW, borderRadius: [3, 3, 0, 0] },
          })),
          label: {
            show: weeks.length <= 16,
            position: "top",
            color: COLORS.muted,
            fontSize: 10,
            formatter: (p: { dataIndex: number }) => {
              const v = weeks[p.dataIndex]?.per_day;
              return v == null ? "" : decimal(v);
            },
          },
          markArea: hasPrevious
            ? {
                silent: true,
                itemStyle: { color: COLORS.previous, opacity: 0.8 },
                label: { color: COLORS.muted, position: "insideTop", fontSize: 11 },
                data: [[{ name: "window before", xAxis: 0 }, { xAxis: firstCurrent - 1 }]],
              }
            : undefined,
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { color: COLORS.target, type: "dashed" },
            label: {
              formatter: `target ${targetNumber(trend.target)}`,
              position: "end",
              color: COLORS.ink,
            },
            data: [{ yAxis: trend.target }],
          },
        },
      ],
    },
    { width, height: 240 },
  );
}
