import { describe, expect, it } from "vitest";
import { fiveNumbers, quantile, renderGapBoxplot } from "../../src/report/charts/gap-boxplot.js";
import { histogramBins, renderHistogram } from "../../src/report/charts/histogram.js";
import { renderScoreScatter } from "../../src/report/charts/score-scatter.js";
import { renderTeamAdoption } from "../../src/report/charts/team-adoption.js";
import { niceCeil, renderTrendChart } from "../../src/report/charts/trend-chart.js";

const HOSTILE = "<script>alert(1)</script>";

/** Marks ECharts draws for data: bars and boxes as paths. */
function marks(svg: string): number {
  return (svg.match(/ecmeta_series_index/g) ?? []).length;
}

describe("histogramBins", () => {
  it("puts the target on a bin edge and a value on the target into the target's bin", () => {
    // Target 20, values up to 30 (= 1.5 x target): 10 divisions, 15 bins of 2 from 0 to 30.
    const bins = histogramBins([0, 19.99, 20, 29, 30], 20);
    expect(bins).toHaveLength(15);
    expect(bins[0]).toEqual({ from: 0, to: 2, count: 1, open: false });
    expect(bins[9]).toMatchObject({ from: 18, to: 20, count: 1 });
    expect(bins[10]).toMatchObject({ from: 20, to: 22, count: 1 });
    // 30 is the end of the range: it stays in the last bin.
    expect(bins[14]).toMatchObject({ from: 28, to: 30, count: 2 });
  });

  it("gathers values beyond three times the target in one open bin", () => {
    const bins = histogramBins([1, 2.9, 7, 100], 3);
    // Capped at 3 x 3 = 9: 10 divisions would need 31 bins (> 24), 5 divisions give
    // 15 closed bins of 0.6, then the open one.
    expect(bins).toHaveLength(16);
    expect(bins[0]).toMatchObject({ from: 0, count: 0 });
    expect(bins.at(-1)).toMatchObject({ open: true, count: 1 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(4);
    expect(bins.find((b) => b.from <= 2.9 && 2.9 < b.to)?.count).toBe(1);
  });

  it("refuses a target that is not positive", () => {
    expect(() => histogramBins([1], 0)).toThrow(RangeError);
  });
});

describe("fiveNumbers", () => {
  it("uses linear interpolation between order statistics", () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(fiveNumbers([4, 1, 3, 2])).toEqual([1, 1.75, 2.5, 3.25, 4]);
    expect(fiveNumbers([7])).toEqual([7, 7, 7, 7, 7]);
  });
});

describe("niceCeil", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([niceCeil(24), niceCeil(3.6), niceCeil(12), niceCeil(10), niceCeil(0.3)]).toEqual([
      25, 5, 20, 10, 0.5,
    ]);
  });
});

describe("charts", () => {
  it("draws the histogram with one mark per bin plus the target line", () => {
    const svg = renderHistogram({ values: [5, 10, 25], target: 20, unit: "emails per day" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(marks(svg)).toBeGreaterThanOrEqual(15);
    expect(svg).toContain("target 20");
    expect(svg).not.toContain("animation");
  });

  it("escapes a hostile team name in the SVG text", () => {
    const svg = renderTeamAdoption(
      [
        { team: HOSTILE, adopted: 1, evaluated: 4 },
        { team: "West & Co", adopted: 3, evaluated: 4 },
      ],
      0.5,
    );
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("West &amp; Co");
    expect(svg).toContain("3/4");
  });

  it("draws both gap groups with their means", () => {
    const svg = renderGapBoxplot({
      metric: "quota_attainment",
      top: { values: [1, 1.2, 1.4], mean: 1.2 },
      bottom: { values: [0.4, 0.5, 0.9], mean: 0.6 },
    });
    expect(svg).toContain("mean 120%");
    expect(svg).toContain("mean 60%");
    expect(marks(svg)).toBeGreaterThanOrEqual(4);
  });

  it("draws a point per person in the scatter", () => {
    const svg = renderScoreScatter(
      [
        { score: 1.5, outcome: 100, group: "top" },
        { score: 1, outcome: 50, group: "middle" },
        { score: 0.2, outcome: 10, group: "bottom" },
      ],
      "revenue",
    );
    expect(svg).toContain("Top adopters");
    expect(marks(svg)).toBeGreaterThanOrEqual(3);
  });

  it("draws the weekly trend with the previous window shaded", () => {
    const svg = renderTrendChart(
      [
        { label: "5 Jan", per_day: 10, share_at_target: 0.2, previous: true },
        { label: "12 Jan", per_day: null, share_at_target: null, previous: false },
        { label: "19 Jan", per_day: 22, share_at_target: 0.6, previous: false },
      ],
      20,
      "emails per day",
    );
    expect(svg).toContain("previous window");
    expect(svg).toContain("target 20");
    expect(svg).toContain("19 Jan");
  });
});
