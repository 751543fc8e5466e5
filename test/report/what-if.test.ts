import { describe, expect, it } from "vitest";
import { assessCore } from "../../src/core/assess.js";
import type { AssessInput, PersonaDef } from "../../src/core/types.js";
import { targetWhatIf } from "../../src/core/what-if.js";
import { candidateGrid, candidateTargets, niceStep } from "../../src/core/what-if-candidates.js";
import { UsageError } from "../../src/errors.js";
import { AE, assessment, method, person, SIX } from "./what-if-fixtures.js";

describe("candidate targets", () => {
  it("takes round steps", () => {
    expect(niceStep(10 / 6)).toBe(1);
    expect(niceStep(20 / 6)).toBe(2.5);
    expect(niceStep(0.5)).toBe(0.5);
    expect(niceStep(0.83)).toBe(0.5);
    expect(niceStep(2)).toBe(2);
    expect(niceStep(70)).toBe(50);
  });

  it("steps on exact decimals, without 0.30000000000000004", () => {
    expect(candidateGrid(0.1, 0.5, 0.1)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(candidateGrid(5, 40, 2.5)).toHaveLength(15);
  });

  it("spans 25% to 200% of the current target and always includes it", () => {
    expect(candidateTargets(20, 20, {})).toEqual([
      5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40,
    ]);
    const off = candidateTargets(7.5, 7.5, {});
    expect(off[0]).toBe(2);
    expect(off.at(-1)).toBe(15);
    expect(off).toContain(7.5);
  });

  it("honours --from/--to/--step and rejects nonsense", () => {
    expect(candidateTargets(10, 10, { from: 8, to: 12, step: 2 })).toEqual([8, 10, 12]);
    expect(candidateTargets(10, 10, { from: 11, to: 13, step: 1 })).toEqual([10, 11, 12, 13]);
    expect(() => candidateTargets(10, 10, { from: 5, to: 2 })).toThrow(UsageError);
    expect(() => candidateTargets(10, 10, { step: -1 })).toThrow(UsageError);
    expect(() => candidateTargets(10, 10, { from: 0.001, to: 100, step: 0.001 })).toThrow(
      /more than 500/,
    );
    expect(() => candidateTargets(null, null, {})).toThrow(/pass --from and --to/);
  });
});

describe("targetWhatIf", () => {
  const w = targetWhatIf(assessment(SIX), method([AE]), "ae");
  const at = (t: number) => w.candidates.find((c) => c.per_day === t);

  it("defaults to the first target with 3..20 per day in steps of 1", () => {
    expect(w.activity).toBe("email_sent");
    expect(w.current_target).toBe(10);
    expect(w.metric).toBe("revenue");
    expect(w.candidates.map((c) => c.per_day)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(w.candidates.filter((c) => c.current).map((c) => c.per_day)).toEqual([10]);
  });

  it("counts adoption and the outcome difference by hand", () => {
    // 10/day: p1 p2 p3 adopted; (5000+4000+2500)/3 - (1000+2000+0)/3
    expect(at(10)).toMatchObject({ evaluated: 6, adopted: 3, adoption_rate: 0.5 });
    expect(at(10)?.adopted_outcome).toEqual({ people: 3, mean: 11500 / 3 });
    expect(at(10)?.not_adopted_outcome).toEqual({ people: 3, mean: 1000 });
    expect(at(10)?.difference).toBeCloseTo(11500 / 3 - 1000, 9);
    // 7.5/day sits between 7 and 8: at 7 p4 (exactly 7.5) is adopted, at 8 not.
    expect(at(7)).toMatchObject({ adopted: 4, difference: 3125 - 1000 });
    expect(at(8)?.adopted).toBe(3);
    // 11/day: p1 p2 vs the other four: 4500 - 5500/4
    expect(at(11)).toMatchObject({ adopted: 2, difference: 4500 - 1375, qualifies: true });
    // 5/day leaves one person not adopted: below the minimum of 2 on a side.
    expect(at(5)).toMatchObject({ adopted: 5, qualifies: false });
    expect(at(20)).toMatchObject({ adopted: 0, difference: null, qualifies: false });
    expect(at(20)?.adopted_outcome).toEqual({ people: 0, mean: null });
  });

  it("marks the best separating candidate by Welch t, ties to the lower target", () => {
    // 11 and 12 give the same split: [5000, 4000] against [2500, 1000, 2000, 0],
    // t = 3125 / sqrt(500000/2 + (3687500/3)/4) = 4.19; 13 leaves one adopted person.
    // 8 to 10 split 3 against 3 (t = 2833 / 928 = 3.05); 7 splits 4 against 2 (t = 1.60).
    expect(w.best).toEqual({
      per_day: 11,
      difference: 3125,
      separation: 3125 / Math.sqrt(250000 + 3687500 / 12),
      adopted: 2,
      not_adopted: 4,
      people: 6,
    });
    expect(at(10)?.separation).toBeCloseTo(
      (11500 / 3 - 1000) / Math.sqrt((9500000 / 6 + 1e6) / 3),
      12,
    );
    expect(at(7)?.separation).toBeCloseTo(2125 / Math.sqrt(3062500 / 4 + 2e6 / 2), 12);
    expect(w.candidates.filter((c) => c.best).map((c) => c.per_day)).toEqual([11]);
    expect(w.best_reason).toBeNull();
  });

  it("prefers a steady difference over a larger one resting on a few outliers", () => {
    // At 5/day three scattered outliers (0, 1500, 0) stand against 27 people: the larger
    // difference (833 against 700), but t = 1.7 against 6.7 when 15 stand against 15 at 10/day.
    const crowd = [
      ...[0, 1500, 0].map((r, i) => person(AE, { id: `o${i}`, values: [80], revenue: r })),
      ...Array.from({ length: 12 }, (_, i) =>
        person(AE, { id: `l${i}`, values: [150], revenue: 900 + (i % 3) * 100 }),
      ),
      ...Array.from({ length: 15 }, (_, i) =>
        person(AE, { id: `h${i}`, values: [250], revenue: 1500 + (i % 3) * 100 }),
      ),
    ];
    const r = targetWhatIf(assessment(crowd), method([AE], 3), "ae", { from: 5, to: 10, step: 5 });
    const five = r.candidates.find((c) => c.per_day === 5);
    const ten = r.candidates.find((c) => c.per_day === 10);
    expect(five?.difference).toBeGreaterThan(ten?.difference ?? Number.POSITIVE_INFINITY);
    expect(r.best?.per_day).toBe(10);
  });

  it("says why there is no best candidate", () => {
    const strict = targetWhatIf(assessment(SIX), method([AE], 4), "ae");
    expect(strict.best).toBeNull();
    expect(strict.best_reason).toBe(
      "only 6 evaluated people have an outcome; at least 8 are needed for 4 on each side",
    );
    const none = targetWhatIf(assessment([]), method([AE]), "ae", { from: 1, to: 2 });
    expect(none.best_reason).toBe("nobody in this persona was evaluated");
    expect(none.candidates[0]).toMatchObject({ evaluated: 0, adoption_rate: null });
  });

  it("compares exactly: 3 in 30 days meets 0.1 a day", () => {
    const p = person(AE, { id: "x", values: [3], revenue: 0, days: 30 });
    const r = targetWhatIf(assessment([p]), method([AE]), "ae", { from: 0.1, to: 0.3, step: 0.1 });
    expect(r.candidates.map((c) => [c.per_day, c.adopted])).toEqual([
      [0.1, 1],
      [0.2, 0],
      [0.3, 0],
      [10, 0], // the current target is always a candidate
    ]);
  });

  it("leaves out people not evaluated, and people without a quota from the outcome", () => {
    const people = [
      person(AE, { id: "a", values: [300], revenue: 1200, quota: 1000 }),
      person(AE, { id: "b", values: [100], revenue: 500, quota: 1000 }),
      person(AE, { id: "c", values: [100], revenue: 900, quota: null }),
      person(AE, { id: "d", values: [0], revenue: 0, days: 4, status: "insufficient_days" }),
    ];
    const r = targetWhatIf(assessment(people), method([AE], 1), "ae", { from: 10, to: 10 });
    expect(r.metric).toBe("quota_attainment");
    expect(r.evaluated).toBe(3);
    expect(r.with_outcome).toBe(2);
    expect(r.candidates[0]).toMatchObject({ adopted: 1, difference: 1.2 - 0.5 });
    expect(r.candidates[0]?.adoption_rate).toBeCloseTo(1 / 3, 12);
  });

  it("uses the gap's metric when the assessment has one", () => {
    const people = [person(AE, { id: "a", values: [300], revenue: 1200, quota: 1000 })];
    const r = targetWhatIf(
      assessment(people, [{ persona: "ae", metric: "revenue" }]),
      method([AE]),
      "ae",
      {
        from: 10,
        to: 10,
      },
    );
    expect(r.metric).toBe("revenue");
    expect(r.candidates[0]?.adopted_outcome.mean).toBe(1200);
  });

  it("holds the other targets under rule all", () => {
    const TWO: PersonaDef = {
      ...AE,
      targets: [
        { activity: "email_sent", per_day: 10, measure: "count" },
        { activity: "call_logged", per_day: 5, measure: "count" },
      ],
    };
    const people = [
      person(TWO, { id: "a", values: [300, 100], revenue: 1 }),
      person(TWO, { id: "b", values: [300, 99], revenue: 1 }),
    ];
    const r = targetWhatIf(assessment(people), method([TWO]), "ae", { from: 1, to: 1 });
    expect(r.held_targets).toEqual(["call_logged"]);
    expect(r.candidates.find((c) => c.per_day === 1)?.adopted).toBe(1);
    const calls = targetWhatIf(assessment(people), method([TWO]), "ae", {
      activity: "call_logged",
      from: 4,
      to: 5,
      step: 1,
    });
    expect(calls.current_target).toBe(5);
    expect(calls.candidates.map((c) => [c.per_day, c.adopted])).toEqual([
      [4, 2],
      [5, 1],
    ]);
  });

  it("holds the other targets under rule any", () => {
    const ANY: PersonaDef = {
      ...AE,
      rule: "any",
      targets: [
        { activity: "email_sent", per_day: 10, measure: "count" },
        { activity: "call_logged", per_day: 5, measure: "count" },
      ],
    };
    const people = [
      person(ANY, { id: "a", values: [0, 100], revenue: 1 }),
      person(ANY, { id: "b", values: [60, 0], revenue: 1 }),
    ];
    const r = targetWhatIf(assessment(people), method([ANY]), "ae", { from: 3, to: 4, step: 1 });
    // a meets calls whatever the email target; b meets 3 emails a day, not 4.
    expect(r.candidates.map((c) => [c.per_day, c.adopted])).toEqual([
      [3, 2],
      [4, 1],
      [10, 1],
    ]);
  });

  it("rejects an unknown persona or activity", () => {
    expect(() => targetWhatIf(assessment(SIX), method([AE]), "cfo")).toThrow(UsageError);
    expect(() => targetWhatIf(assessment(SIX), method([AE]), "ae", { activity: "tweet" })).toThrow(
      /Unknown activity "tweet"/,
    );
  });
});

describe("targetWhatIf on an activity that is no target", () => {
  // Jan 1-14 2024: ten weekdays. Calls on a Saturday count (work done counts).
  const people = ["a", "b", "c"].map((id) => ({
    person_id: id,
    name: id,
    email: null,
    manager_id: null,
    team: null,
    start_date: null,
    end_date: null,
  }));
  const row = (person_id: string, day: string, activity_type: string, n: number) => ({
    person_id,
    day,
    activity_type,
    n,
    distinct_subjects: n,
  });
  const input: AssessInput = {
    people,
    roles: people.map((p) => ({
      person_id: p.person_id,
      persona: "ae",
      team: null,
      valid_from: null,
      valid_to: null,
    })),
    absences: [],
    activity: [
      row("a", "2024-01-02", "email_sent", 100),
      row("a", "2024-01-06", "call_logged", 30),
      row("b", "2024-01-03", "call_logged", 20),
      row("b", "2023-12-29", "call_logged", 500), // before the window
      row("c", "2024-01-03", "email_sent", 100),
    ],
    logins: [],
    revenue: [
      { person_id: "a", day: "2024-01-05", amount: 900 },
      { person_id: "b", day: "2024-01-05", amount: 300 },
    ],
    quotas: [],
  };
  const m = method([AE], 1);
  const a = assessCore(input, m, "2024-02-01");

  it("needs the input", () => {
    expect(() => targetWhatIf(a, m, "ae", { activity: "call_logged" })).toThrow(/pass the input/);
  });

  it("measures the activity as a count over the core's measure days, as the sole target", () => {
    const r = targetWhatIf(a, m, "ae", { activity: "call_logged", input, from: 2, to: 3, step: 1 });
    expect(r.current_target).toBeNull();
    expect(r.held_targets).toEqual([]);
    expect(r.measure).toBe("count");
    // a: 30 calls / 10 days = 3; b: 2; c: 0.
    expect(r.candidates.map((c) => [c.per_day, c.adopted])).toEqual([
      [2, 2],
      [3, 1],
    ]);
    expect(r.candidates[1]).toMatchObject({ difference: 900 - 150 });
  });

  it("takes its default range from the median per-day value", () => {
    const r = targetWhatIf(a, m, "ae", { activity: "call_logged", input });
    // median 2 -> step niceStep(2/6) = 0.25, from 0.5 to 4
    expect(r.candidates[0]?.per_day).toBe(0.5);
    expect(r.candidates[1]?.per_day).toBe(0.75);
    expect(r.candidates.at(-1)?.per_day).toBe(4);
  });

  it("reproduces assess at the current target", () => {
    const r = targetWhatIf(a, m, "ae", { from: 10, to: 10 });
    const summary = a.personas.find((p) => p.persona === "ae");
    expect(r.candidates[0]?.adoption_rate).toBe(summary?.adoption_rate);
    expect(r.candidates[0]?.adopted).toBe(summary?.adopted);
    expect(r.candidates[0]?.adopted).toBe(2);
  });
});
