import { describe, expect, it } from "vitest";
import { targetWhatIf } from "../../src/core/what-if.js";
import { renderTargetsChart } from "../../src/report/charts/targets.js";
import { AE, assessment, method, SIX } from "./what-if-fixtures.js";

/** Marks ECharts draws for data, each tagged with its series. */
function marks(svg: string): number {
  return (svg.match(/ecmeta_series_index/g) ?? []).length;
}

describe("renderTargetsChart", () => {
  const whatIf = targetWhatIf(assessment(SIX), method([AE]), "ae");
  const svg = renderTargetsChart(whatIf);

  it("draws a bar and a point per candidate", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    // 18 candidates: 18 bars, 13 points with a difference, the line.
    expect(marks(svg)).toBeGreaterThanOrEqual(18 + 13);
    for (const label of ["3", "10", "20"]) expect(svg).toContain(`>${label}</text>`);
  });

  it("marks the current target and the best candidate", () => {
    expect(svg).toContain("current 10");
    expect(svg).toContain("best 11");
    expect(svg).toContain("per-day target");
  });

  it("labels differences in the outcome's unit", () => {
    expect(svg).toContain("difference in won revenue (adopted − not)");
    expect(svg).not.toContain("animation");
  });

  it("leaves out the best marker when there is none", () => {
    const none = renderTargetsChart(targetWhatIf(assessment(SIX), method([AE], 4), "ae"));
    expect(none).toContain("current 10");
    expect(none).not.toContain("best");
  });
});
