import { describe, expect, it } from "vitest";
import {
  averageRanks,
  floorFraction,
  mannWhitneyP,
  mean,
  median,
  minCountForGroup,
  sampleVariance,
  spearmanRho,
  tieSizes,
  welchCi95,
} from "../../src/core/stats.js";

// Reference values: scipy 1.17.1 / numpy 2.4.6 (test/core/scipy-reference.py), computed with the calls named in
// each comment and pasted here (repr, full precision).
const TOL = 1e-10;

function expectClose(actual: number | null, expected: number, tol = TOL): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThan(tol);
}

describe("descriptive", () => {
  const v = [4.0, 1.5, 9.25, 2.0, 7.5, 3.0];
  it("matches numpy mean, median, var(ddof=1)", () => {
    expectClose(mean(v), 4.541666666666667); // np.mean
    expect(median(v)).toBe(3.5); // np.median, even length
    expect(median(v.slice(0, 5))).toBe(4.0); // np.median, odd length
    expectClose(sampleVariance(v), 9.860416666666666); // np.var(v, ddof=1)
  });
  it("does not reorder its input", () => {
    const w = [3, 1, 2];
    median(w);
    expect(w).toEqual([3, 1, 2]);
  });
  it("refuses input it cannot summarise", () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
    expect(() => sampleVariance([1])).toThrow(RangeError);
  });
});

describe("averageRanks", () => {
  it("gives tied values the mean of their ranks", () => {
    // scipy.stats.rankdata([3.4, 1.2, 3.4, 0.5, 3.4, 2.0, 1.2])
    expect(averageRanks([3.4, 1.2, 3.4, 0.5, 3.4, 2.0, 1.2])).toEqual([6, 2.5, 6, 1, 6, 4, 2.5]);
  });
  it("counts tie groups", () => {
    expect(tieSizes([3.4, 1.2, 3.4, 0.5, 3.4, 2.0, 1.2]).sort()).toEqual([1, 1, 2, 3]);
  });
});

describe("welchCi95", () => {
  it("matches scipy for unequal variances", () => {
    // st.ttest_ind(a, b, equal_var=False).confidence_interval(0.95); df 6.291606738211062
    const ci = welchCi95([12.5, 15.1, 9.8, 20.3, 14.0], [8.2, 7.9, 11.4, 6.5]);
    expectClose(ci?.[0] ?? null, 0.9511246083317788);
    expectClose(ci?.[1] ?? null, 10.728875391668222);
  });
  it("matches scipy for small groups of three (fractional df 2.424524130097244)", () => {
    const ci = welchCi95([1.31, 0.92, 1.05], [0.48, 0.61, 0.55]);
    expectClose(ci?.[0] ?? null, 0.10563861064933405);
    expectClose(ci?.[1] ?? null, 0.9876947226839996);
  });
  it("uses the other group's df when one group has no variance", () => {
    // st.ttest_ind([3,3,3], [1,2,4,7], equal_var=False): df 3.0
    const ci = welchCi95([3, 3, 3], [1, 2, 4, 7]);
    expectClose(ci?.[0] ?? null, -4.709980742298516);
    expectClose(ci?.[1] ?? null, 3.709980742298516);
  });
  it("collapses to [d, d] when neither group varies", () => {
    expect(welchCi95([5, 5, 5], [2, 2])).toEqual([3, 3]);
  });
  it("has no interval for a group of one", () => {
    expect(welchCi95([5], [2, 3])).toBeNull();
  });
});

describe("mannWhitneyP", () => {
  // st.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic', use_continuity=True)
  it("matches scipy with ties across groups", () => {
    const p = mannWhitneyP([1.2, 3.4, 3.4, 5.0, 7.1, 2.2], [0.5, 3.4, 1.2, 2.0, 0.9]);
    expectClose(p, 0.06476896969888761, 1e-12);
  });
  it("is symmetric in its groups", () => {
    const p = mannWhitneyP([0.5, 3.4, 1.2, 2.0, 0.9], [1.2, 3.4, 3.4, 5.0, 7.1, 2.2]);
    expectClose(p, 0.06476896969888761, 1e-12);
  });
  it("keeps precision for small p-values (tie group of four)", () => {
    const top = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
    const bottom = [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9];
    expectClose(mannWhitneyP(top, bottom), 3.517874789070032e-5, 1e-15);
  });
  it("matches scipy for complete separation of three against three", () => {
    expectClose(mannWhitneyP([1.1, 0.9, 1.4], [0.2, 0.3, 0.1]), 0.08085559837005224, 1e-12);
  });
  it("caps at 1 when the groups are alike", () => {
    expect(mannWhitneyP([1, 2, 3], [1, 2, 3])).toBe(1); // scipy: 1.0
  });
  it("is 1 when every value is tied (no variance of U)", () => {
    expect(mannWhitneyP([0, 0, 0], [0, 0, 0])).toBe(1);
  });
});

describe("spearmanRho", () => {
  it("matches scipy with ties on both sides", () => {
    // st.spearmanr([1,2,2,3,4,4,4,5], [2.0,1.5,3.0,3.0,5.5,4.0,6.0,5.5]).statistic
    const rho = spearmanRho([1, 2, 2, 3, 4, 4, 4, 5], [2.0, 1.5, 3.0, 3.0, 5.5, 4.0, 6.0, 5.5]);
    expectClose(rho, 0.8510794409931051, 1e-12);
  });
  it("is -1 for a reversed order", () => {
    // scipy: -0.9999999999999999
    expectClose(spearmanRho([5, 4, 3, 2, 1], [1, 2, 3, 4, 5]), -1, 1e-12);
  });
  it("is null when one side is all tied or there is one pair", () => {
    expect(spearmanRho([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearmanRho([1], [2])).toBeNull();
  });
  it("refuses unpaired input", () => {
    expect(() => spearmanRho([1, 2], [1])).toThrow(RangeError);
  });
});

describe("floorFraction and minCountForGroup", () => {
  it("floors the decimal product, not the binary one", () => {
    expect(100 * 0.29).toBeLessThan(29); // the drift this guards against
    expect(floorFraction(100, 0.29)).toBe(29);
    expect(floorFraction(11, 0.25)).toBe(2);
    expect(floorFraction(12, 0.25)).toBe(3);
    expect(floorFraction(7, 1e-7)).toBe(0);
  });
  it("gives the smallest count whose groups reach a size", () => {
    expect(minCountForGroup(3, 0.25)).toBe(12);
    expect(minCountForGroup(3, 0.3)).toBe(10);
    expect(minCountForGroup(5, 0.29)).toBe(18); // floor(17*0.29)=4, floor(18*0.29)=5
  });
});
