// Adoption by team: where the persona's rate comes from. Team names come from
// data, so they reach the SVG only as ECharts text, which it escapes.

import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "./svg.js";

export interface TeamBar {
  team: string;
  adopted: number;
  evaluated: number;
}

export function renderTeamAdoption(
  teams: readonly TeamBar[],
  overallRate: number | null,
  width = 460,
): string {
  // Top to bottom in the given order: a horizontal category axis lists bottom-up.
  const rows = [...teams].reverse();
  return renderSvg(
    {
      grid: { left: 8, right: 64, top: 16, bottom: 28, containLabel: true },
      xAxis: {
        type: "value",
        min: 0,
        max: 100,
        ...valueAxisStyle(),
        axisLabel: { formatter: "{value}%", color: COLORS.muted },
      },
      yAxis: {
        type: "category",
        data: rows.map((t) => t.team),
        ...categoryAxisStyle(),
        axisLabel: { color: COLORS.ink, width: 170, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 18,
          data: rows.map((t) => ({
            value: t.evaluated > 0 ? (100 * t.adopted) / t.evaluated : 0,
            itemStyle: { color: COLORS.adopted },
          })),
          label: {
            show: true,
            position: "right",
            color: COLORS.muted,
            formatter: (p: { dataIndex: number }) => {
              const t = rows[p.dataIndex] as TeamBar;
              return `${t.adopted}/${t.evaluated}`;
            },
          },
          markLine:
            overallRate === null
              ? undefined
              : {
                  symbol: "none",
                  silent: true,
                  lineStyle: { color: COLORS.target, type: "dashed" },
                  label: { formatter: "all teams", position: "end", color: COLORS.muted },
                  data: [{ xAxis: overallRate * 100 }],
                },
        },
      ],
    },
    { width, height: Math.max(120, 44 + rows.length * 30) },
  );
}
