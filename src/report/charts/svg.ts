// Charts are drawn on the server into inline SVG: the report stays one file
// that needs no script and makes no request. ECharts renders headless in
// SSR mode; each chart gets its own instance, disposed at once, because a
// live instance keeps a timer that would hold the process open.

import type { EChartsOption } from "echarts";
import * as echarts from "echarts";

export type { EChartsOption };

export interface ChartSize {
  width: number;
  height: number;
}

/** The report's palette: one meaning per colour across every chart. */
export const COLORS = {
  ink: "#1f2937",
  muted: "#6b7280",
  grid: "#e5e7eb",
  adopted: "#2f5fd0",
  below: "#d97706",
  neutral: "#9ca3af",
  previous: "#f3f4f6",
  top: "#2f5fd0",
  bottom: "#d97706",
  target: "#111827",
} as const;

// Single quotes only: ECharts writes the stack into a double-quoted style attribute.
export const FONT =
  "Inter, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** What every chart shares: no animation, the page's font, quiet axes. */
const BASE: EChartsOption = {
  animation: false,
  textStyle: { fontFamily: FONT, color: COLORS.ink, fontSize: 12 },
};

export function renderSvg(option: EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({ ...BASE, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Axis styling shared by the value axes. */
export function valueAxisStyle(): Record<string, unknown> {
  return {
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { lineStyle: { color: COLORS.grid } },
    axisLabel: { color: COLORS.muted },
    nameTextStyle: { color: COLORS.muted },
  };
}

export function categoryAxisStyle(): Record<string, unknown> {
  return {
    axisLine: { lineStyle: { color: COLORS.neutral } },
    axisTick: { show: false },
    axisLabel: { color: COLORS.muted },
    nameTextStyle: { color: COLORS.muted },
  };
}
