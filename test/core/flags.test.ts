import { describe, expect, it } from "vitest";
import { qualityFlags } from "../../src/core/flags.js";
import { computeGaps } from "../../src/core/gap.js";
import type { PersonResult } from "../../src/core/types.js";
import { AE, method, person, SDR } from "./gap-fixtures.js";

// AE, revenue, 5 compared: too few for a gap (k = 1) but enough for a median.
// Revenues 10k, 20k, 30k, 40k, 50k: median 30000.
const aes = [
  person({ id: "a1", persona: "ae", score: 3.5, revenue: 50000 }), // far above, above median
  person({ id: "a2", persona: "ae", score: 3.0, revenue: 20000 }), // exactly 3, below: flagged
  person({ id: "a3", persona: "ae", score: 4.2, revenue: 10000 }), // flagged, first
  person({ id: "a4", persona: "ae", score: 2.9, revenue: 40000 }),
  person({ id: "a5", persona: "ae", score: 3.1, revenue: 30000 }), // at the median: not below
  person({ id: "a6", persona: "ae", score: null, revenue: 0 }), // not evaluated
];

// SDR, quota attainment: 4 with a quota (attainment 0.5, 0.8, 1.0, 1.2; median
// 0.9); s5 has a huge score and no quota, so no outcome and no flag.
const sdrs = [
  person({ id: "s1", persona: "sdr", score: 3.3, revenue: 5000, quota: 10000 }),
  person({ id: "s2", persona: "sdr", score: 3.3, revenue: 8000, quota: 10000 }),
  person({ id: "s3", persona: "sdr", score: 1.0, revenue: 10000, quota: 10000 }),
  person({ id: "s4", persona: "sdr", score: 0.5, revenue: 12000, quota: 10000 }),
  person({ id: "s5", persona: "sdr", score: 9.0, revenue: 0, quota: null }),
];

function flagsFor(people: PersonResult[], m = method([SDR, AE])) {
  return qualityFlags(people, computeGaps(people, m), m);
}

describe("qualityFlags", () => {
  it("flags score >= 3 below the persona median, by persona in config order then score", () => {
    expect(flagsFor([...aes, ...sdrs])).toEqual([
      {
        person_id: "s1",
        persona: "sdr",
        score: 3.3,
        metric: "quota_attainment",
        outcome: 0.5,
        persona_median: 0.9,
      },
      {
        person_id: "s2",
        persona: "sdr",
        score: 3.3,
        metric: "quota_attainment",
        outcome: 0.8,
        persona_median: 0.9,
      },
      {
        person_id: "a3",
        persona: "ae",
        score: 4.2,
        metric: "revenue",
        outcome: 10000,
        persona_median: 30000,
      },
      {
        person_id: "a2",
        persona: "ae",
        score: 3.0,
        metric: "revenue",
        outcome: 20000,
        persona_median: 30000,
      },
    ]);
  });

  it("follows the config order of personas", () => {
    const m = method([AE, SDR]);
    expect(flagsFor([...aes, ...sdrs], m).map((f) => f.persona)).toEqual([
      "ae",
      "ae",
      "sdr",
      "sdr",
    ]);
  });

  it("needs at least min_group_size people compared", () => {
    // Two AEs: a3 is far above target and below the other one, but two people are no norm.
    const two = aes.filter((p) => p.person_id === "a3" || p.person_id === "a1");
    expect(flagsFor(two)).toEqual([]);
    // With a minimum of 2 the same pair is enough: median 30000.
    const m = method([AE], { min_group_size: 2 });
    expect(flagsFor(two, m)).toEqual([
      {
        person_id: "a3",
        persona: "ae",
        score: 4.2,
        metric: "revenue",
        outcome: 10000,
        persona_median: 30000,
      },
    ]);
  });

  it("flags nothing where the gap has no metric", () => {
    const gaps = computeGaps(aes, method([AE])).map((g) => ({ ...g, metric: null }));
    expect(qualityFlags(aes, gaps, method([AE]))).toEqual([]);
  });
});
