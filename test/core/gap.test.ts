import { describe, expect, it } from "vitest";
import { computeGaps } from "../../src/core/gap.js";
import { AE, method, NO_TARGETS, person, SDR } from "./gap-fixtures.js";

// Reference statistics: scipy 1.17.1 on the sorted groups (test/core/scipy-reference.py,
// cases A and B): st.ttest_ind(top, bottom,
// equal_var=False).confidence_interval(0.95), st.mannwhitneyu(top, bottom,
// alternative='two-sided', method='asymptotic', use_continuity=True).pvalue,
// st.spearmanr(scores, outcomes).statistic.
const TOL = 1e-9;

// AE, revenue (nobody has a quota). Given out of order on purpose. Sorted by
// score: a07 2.4, a02 1.8, a05 1.2, a11 1.2, a01 1.0, a09 0.9, a03 0.8, a12 0.7,
// a04 0.3, a06 0.3, a10 0.3, a08 0.1. Ties at both group boundaries: a05 beats
// a11 into the top, a04 stays out of the bottom, by person_id.
const aes = [
  person({ id: "a11", persona: "ae", score: 1.2, revenue: 52000, perDay: [12] }),
  person({ id: "a10", persona: "ae", score: 0.3, revenue: 0, perDay: [3] }),
  person({ id: "a09", persona: "ae", score: 0.9, revenue: 0, perDay: [9] }),
  person({ id: "a08", persona: "ae", score: 0.1, revenue: 9000, perDay: [1] }),
  person({ id: "a07", persona: "ae", score: 2.4, revenue: 61000, perDay: [24] }),
  person({ id: "a06", persona: "ae", score: 0.3, revenue: 15000, perDay: [3] }),
  person({ id: "a05", persona: "ae", score: 1.2, revenue: 45000, perDay: [12] }),
  person({ id: "a04", persona: "ae", score: 0.3, revenue: 12000, perDay: [3] }),
  person({ id: "a03", persona: "ae", score: 0.8, revenue: 27000, perDay: [8] }),
  person({ id: "a02", persona: "ae", score: 1.8, revenue: 38000, perDay: [18] }),
  person({ id: "a01", persona: "ae", score: 1.0, revenue: 30000, perDay: [10] }),
  person({ id: "a12", persona: "ae", score: 0.7, revenue: 33000, perDay: [7] }),
  // Not compared: not evaluated, or evaluated for another persona.
  person({ id: "a00", persona: "ae", score: null, revenue: 990000 }),
  person({ id: "a13", persona: "ae", score: null, revenue: 5, status: "no_definition" }),
];

// SDR, quota attainment (auto: some have a quota). s09 (no quota row) and s13
// (quota 0) are evaluated but have no attainment, so are not compared. Sorted:
// s03 2.1, s11 1.9, s01 1.6, s07 1.3, s14 1.3, s05 1.1, s04 0.9, s08 0.7,
// s10 0.6, s12 0.5, s02 0.4, s06 0.2.
const sdrs = [
  person({ id: "s01", persona: "sdr", score: 1.6, revenue: 18000, quota: 20000, perDay: [32, 8] }),
  person({ id: "s02", persona: "sdr", score: 0.4, revenue: 6000, quota: 20000, perDay: [8, 4] }),
  person({ id: "s03", persona: "sdr", score: 2.1, revenue: 30000, quota: 25000, perDay: [42, 11] }),
  person({ id: "s04", persona: "sdr", score: 0.9, revenue: 15000, quota: 20000, perDay: [18, 5] }),
  person({ id: "s05", persona: "sdr", score: 1.1, revenue: 22000, quota: 20000, perDay: [22, 6] }),
  person({ id: "s06", persona: "sdr", score: 0.2, revenue: 2000, quota: 10000, perDay: [4, 1] }),
  person({ id: "s07", persona: "sdr", score: 1.3, revenue: 9000, quota: 15000, perDay: [26, 7] }),
  person({ id: "s08", persona: "sdr", score: 0.7, revenue: 20000, quota: 25000, perDay: [14, 4] }),
  person({ id: "s09", persona: "sdr", score: 3.5, revenue: 40000, quota: null, perDay: [70, 20] }),
  person({ id: "s10", persona: "sdr", score: 0.6, revenue: 0, quota: 20000, perDay: [12, 3] }),
  person({ id: "s11", persona: "sdr", score: 1.9, revenue: 36000, quota: 30000, perDay: [38, 10] }),
  person({ id: "s12", persona: "sdr", score: 0.5, revenue: 7000, quota: 10000, perDay: [10, 3] }),
  person({ id: "s13", persona: "sdr", score: 1.0, revenue: 12000, quota: 0, perDay: [20, 5] }),
  person({ id: "s14", persona: "sdr", score: 1.3, revenue: 26000, quota: 20000, perDay: [26, 9] }),
];

/** n people of a persona with distinct scores and revenue. */
function crowd(n: number, persona = "ae") {
  return Array.from({ length: n }, (_, i) =>
    person({
      id: `c${String(i).padStart(2, "0")}`,
      persona,
      score: 2 - i / 10,
      revenue: 1000 * (n - i),
      perDay: [20 - i],
    }),
  );
}

describe("computeGaps: revenue", () => {
  const [gap] = computeGaps([...aes, ...sdrs], method([AE]));

  it("compares every evaluated person of the persona, revenue 0 included", () => {
    expect(gap?.computed).toBe(true);
    expect(gap?.metric).toBe("revenue");
    expect(gap?.n).toBe(12);
    expect(gap?.k).toBe(3); // floor(12 * 0.25)
    expect(gap?.reason).toBeUndefined();
  });

  it("orders by score descending, ties by person_id ascending", () => {
    expect(gap?.top?.person_ids).toEqual(["a07", "a02", "a05"]);
    expect(gap?.bottom?.person_ids).toEqual(["a06", "a10", "a08"]);
  });

  it("reports means, medians and the first target's per-day of each group", () => {
    expect(gap?.activity).toBe("email_sent");
    expect(gap?.top).toMatchObject({ mean: 48000, median: 45000, per_day: 18 });
    expect(gap?.bottom?.mean).toBe(8000);
    expect(gap?.bottom?.median).toBe(9000);
    expect(gap?.bottom?.per_day).toBeCloseTo(7 / 3, 12);
    expect(gap?.difference).toBe(40000);
    expect(gap?.revenue_opportunity).toBe(120000); // 3 * (48000 - 8000)
  });

  it("matches scipy for the interval, p-value and rho", () => {
    const [lo, hi] = gap?.ci95 ?? [Number.NaN, Number.NaN];
    expect(Math.abs(lo - 15920.919188042579)).toBeLessThan(TOL);
    expect(Math.abs(hi - 64079.08081195742)).toBeLessThan(TOL);
    expect(Math.abs((gap?.p_value ?? -1) - 0.08085559837005224)).toBeLessThan(TOL);
    expect(Math.abs((gap?.spearman_rho ?? -1) - 0.7950728585145559)).toBeLessThan(TOL);
  });
});

describe("computeGaps: quota attainment", () => {
  const [gap] = computeGaps([...aes, ...sdrs], method([SDR]));

  it("chooses quota attainment when someone has a quota, comparing only people with quota > 0", () => {
    expect(gap?.metric).toBe("quota_attainment");
    expect(gap?.n).toBe(12);
    expect(gap?.top?.person_ids).toEqual(["s03", "s11", "s01"]);
    expect(gap?.bottom?.person_ids).toEqual(["s12", "s02", "s06"]);
  });

  it("reports attainment and the first target's per-day, not the second's", () => {
    // np.mean / np.median of [1.2, 1.2, 0.9] and [0.7, 0.3, 0.2]
    expect(Math.abs((gap?.top?.mean ?? 0) - 1.0999999999999999)).toBeLessThan(1e-12);
    expect(gap?.top?.median).toBe(1.2);
    expect(Math.abs((gap?.bottom?.mean ?? 0) - 0.39999999999999997)).toBeLessThan(1e-12);
    expect(gap?.bottom?.median).toBe(0.3);
    expect(gap?.activity).toBe("email_sent");
    expect(gap?.top?.per_day).toBeCloseTo(112 / 3, 12); // (42 + 38 + 32) / 3
    expect(gap?.bottom?.per_day).toBeCloseTo(22 / 3, 12); // (10 + 8 + 4) / 3
  });

  it("matches scipy and counts the opportunity in revenue", () => {
    expect(Math.abs((gap?.difference ?? 0) - 0.7)).toBeLessThan(1e-12);
    const [lo, hi] = gap?.ci95 ?? [Number.NaN, Number.NaN];
    expect(Math.abs(lo - 0.15944704307904856)).toBeLessThan(TOL);
    expect(Math.abs(hi - 1.2405529569209515)).toBeLessThan(TOL);
    expect(Math.abs((gap?.p_value ?? -1) - 0.07652250047505922)).toBeLessThan(TOL);
    expect(Math.abs((gap?.spearman_rho ?? -1) - 0.7824561403508773)).toBeLessThan(TOL);
    expect(gap?.revenue_opportunity).toBe(69000); // 3 * (28000 - 5000)
  });

  it("uses revenue for everyone when the metric is set to revenue", () => {
    const [g] = computeGaps(sdrs, method([SDR], { metric: "revenue" }));
    expect(g?.metric).toBe("revenue");
    expect(g?.n).toBe(14);
    expect(g?.top?.person_ids).toEqual(["s09", "s03", "s11"]);
  });
});

describe("computeGaps: group size", () => {
  it("takes k = floor(n * group_fraction)", () => {
    expect(computeGaps(crowd(15), method([AE]))[0]?.k).toBe(3);
    const [g16] = computeGaps(crowd(16), method([AE]));
    expect(g16?.k).toBe(4);
    expect(g16?.top?.person_ids).toEqual(["c00", "c01", "c02", "c03"]);
    expect(g16?.bottom?.person_ids).toEqual(["c12", "c13", "c14", "c15"]);
    expect(computeGaps(crowd(10), method([AE], { group_fraction: 0.3 }))[0]?.k).toBe(3);
  });

  it("does not compute a gap whose groups would be below the minimum, and says why", () => {
    const [g] = computeGaps(crowd(11), method([AE]));
    expect(g).toEqual({
      persona: "ae",
      computed: false,
      n: 11,
      k: 2,
      metric: "revenue",
      reason:
        "only 11 evaluated people: groups of 25% would hold 2, fewer than the minimum of 3; at least 12 are needed",
      activity: "email_sent",
      top: null,
      bottom: null,
      difference: null,
      ci95: null,
      p_value: null,
      spearman_rho: null,
      revenue_opportunity: null,
    });
  });

  it("counts only people with a quota in the reason for quota attainment", () => {
    const few = sdrs.filter((p) => !["s01", "s02", "s03"].includes(p.person_id));
    const [g] = computeGaps(few, method([SDR]));
    expect(g?.computed).toBe(false);
    expect(g?.n).toBe(9);
    expect(g?.reason).toBe(
      "only 9 evaluated people with a quota: groups of 25% would hold 2, fewer than the minimum of 3; at least 12 are needed",
    );
  });

  it("honours a different minimum group size", () => {
    const [g] = computeGaps(crowd(12), method([AE], { min_group_size: 4 }));
    expect(g?.computed).toBe(false);
    expect(g?.reason).toBe(
      "only 12 evaluated people: groups of 25% would hold 3, fewer than the minimum of 4; at least 16 are needed",
    );
  });
});

describe("computeGaps: personas", () => {
  it("returns one gap per persona in config order, with reasons for the empty ones", () => {
    const gaps = computeGaps([...aes, ...sdrs], method([NO_TARGETS, SDR, AE]));
    expect(gaps.map((g) => g.persona)).toEqual(["partner", "sdr", "ae"]);
    expect(gaps[0]).toMatchObject({
      computed: false,
      n: 0,
      metric: null,
      activity: null,
      reason: "this persona has no adoption target, so nobody can be ranked by use",
    });
  });

  it("says when nobody holds the persona or nobody was evaluated", () => {
    const notEvaluated = [
      person({ id: "x1", persona: "ae", score: null }),
      person({ id: "x2", persona: "ae", score: null }),
    ];
    expect(computeGaps(notEvaluated, method([AE]))[0]?.reason).toBe(
      "none of the 2 people had the 10 eligible days needed to be evaluated",
    );
    expect(computeGaps([], method([AE]))[0]?.reason).toBe("nobody held this persona in the window");
  });

  it("says when quota attainment is asked for and nobody has a quota", () => {
    const [g] = computeGaps(aes, method([AE], { metric: "quota_attainment" }));
    expect(g).toMatchObject({
      computed: false,
      n: 0,
      metric: "quota_attainment",
      reason: "none of the 12 evaluated people had a quota in the window",
    });
  });
});

describe("computeGaps: a persona without revenue of its own", () => {
  it("withholds a 0-against-0 revenue gap and says why", () => {
    const managers = crowd(12, "ae").map((p) => ({ ...p, revenue: 0 }));
    const [gap] = computeGaps(managers, method([AE]));
    expect(gap?.computed).toBe(false);
    expect(gap?.n).toBe(12);
    expect(gap?.k).toBe(3);
    expect(gap?.metric).toBe("revenue");
    expect(gap?.reason).toBe(
      "none of the 12 evaluated people won revenue in the window, so there is no outcome to compare",
    );
    expect(gap?.difference).toBeNull();
  });

  it("still computes when one person of the persona won something", () => {
    const managers = crowd(12, "ae").map((p, i) => ({ ...p, revenue: i === 11 ? 500 : 0 }));
    const [gap] = computeGaps(managers, method([AE]));
    expect(gap?.computed).toBe(true);
    expect(gap?.bottom?.mean).toBeCloseTo(500 / 3, 12);
  });
});
