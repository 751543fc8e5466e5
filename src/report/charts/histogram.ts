// The distribution of per-day activity against the target line: shows whether
// a persona misses its target by a little (coaching) or by a lot (a definition
// or tooling problem), which an adoption rate alone cannot tell.

import { COLORS, categoryAxisStyle, renderSvg, valueAxisStyle } from "./svg.js";

export interface Bin {
  from: number;
  to: number;
  count: number;
  /** The last bin gathers every value at or beyond `from`. */
  open: boolean;
}

/** Divisions of the target tried, largest first: the target is always a bin edge. */
const DIVISIONS = [10, 5, 4, 2, 1];
const MAX_BINS = 24;
/** Beyond this multiple of the target values gather in one open bin. */
const CAP = 3;

export function histogramBins(values: readonly number[], target: number): Bin[] {
  if (!(target > 0)) throw new RangeError("histogram needs a target > 0");
  const top = Math.max(...values, target * 1.5);
  const extent = Math.min(top, target * CAP);
  const k = DIVISIONS.find((d) => Math.floor((extent * d) / target) + 1 <= MAX_BINS) ?? 1;
  const width = target / k;
  const closed = Math.ceil((extent * k) / target - 1e-9);
  const overflow = top > target * CAP;
  const bins: Bin[] = Array.from({ length: closed + (overflow ? 1 : 0) }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count: 0,
    open: false,
  }));
  if (overflow) (bins.at(-1) as Bin).open = true;
  for (const v of values) {
    // In units of the bin width, so a value exactly on the target starts the target's bin.
    const i = Math.floor((v * k) / target + 1e-9);
    (bins[Math.min(Math.max(i, 0), bins.length - 1)] as Bin).count += 1;
  }
  return bins;
}

export interface HistogramInput {
  values: readonly number[];
  target: number;
  /** Axis name, e.g. "emails per eligible day". */
  unit: string;
}

export function renderHistogram(input: HistogramInput, size = { width: 460, height: 250 }): string {
  const bins = histogramBins(input.values, input.target);
  const width = (bins[0] as Bin).to - (bins[0] as Bin).from;
  const max = (bins.at(-1) as Bin).to;
  return renderSvg(
    {
      grid: { left: 44, right: 16, top: 28, bottom: 44 },
      xAxis: {
        type: "value",
        min: 0,
        max,
        name: input.unit,
        nameLocation: "middle",
        nameGap: 26,
        // Labels every half target: round numbers whatever the bin width.
        interval: input.target / 2,
        ...categoryAxisStyle(),
        axisLabel: { color: COLORS.muted, showMaxLabel: false },
        splitLine: { show: false },
      },
      yAxis: { type: "value", name: "people", minInterval: 1, ...valueAxisStyle() },
      series: [
        {
          type: "bar",
          barWidth: "96%",
          data: bins.map((b) => ({
            value: [b.from + width / 2, b.count],
            itemStyle: { color: b.from >= input.target ? COLORS.adopted : COLORS.below },
          })),
          markLine: {
            symbol: "none",
            silent: true,
            lineStyle: { color: COLORS.target, type: "dashed", width: 1.5 },
            label: { formatter: `target ${input.target}`, color: COLORS.ink },
            data: [{ xAxis: input.target }],
          },
        },
      ],
    },
    size,
  );
}
