import { describe, expect, it } from "vitest";
import { assessCore } from "../../src/core/assess.js";
import { quotaAttainment, quotaIn, revenueIn } from "../../src/core/outcomes.js";
import { AS_OF, daily, input, method, person, quota, role, weekdays } from "./fixtures.js";

// 30 days: Tue 2026-03-17 .. Wed 2026-04-15, half in Q1 and half in Q2.
const W = { from: "2026-03-17", to: "2026-04-15" };

describe("quota proration", () => {
  it("prorates quarterly quotas by calendar days of overlap", () => {
    // Q1: 15 of 90 days; Q2: 15 of 91 days.
    expect(quotaIn([quota("p", "2026-01-01", "2026-03-31", 90_000)], W)).toBe(15_000);
    expect(quotaIn([quota("p", "2026-04-01", "2026-06-30", 91_000)], W)).toBe(15_000);
    expect(
      quotaIn(
        [
          quota("p", "2026-01-01", "2026-03-31", 90_000),
          quota("p", "2026-04-01", "2026-06-30", 91_000),
        ],
        W,
      ),
    ).toBe(30_000);
  });

  it("prorates a yearly quota", () => {
    expect(quotaIn([quota("p", "2026-01-01", "2026-12-31", 365_000)], W)).toBe(30_000);
    expect(
      quotaIn([quota("p", "2026-01-01", "2026-12-31", 100_000)], {
        from: "2026-01-01",
        to: "2026-03-31",
      }),
    ).toBeCloseTo((100_000 * 90) / 365, 9);
  });

  it("is null without an overlapping row, and attainment needs a quota above zero", () => {
    expect(quotaIn([quota("p", "2025-01-01", "2025-12-31", 365_000)], W)).toBeNull();
    expect(quotaIn([], W)).toBeNull();
    expect(quotaIn([quota("p", "2026-03-01", "2026-03-31", 0)], W)).toBe(0);
    expect(quotaAttainment(45_000, 30_000)).toBe(1.5);
    expect(quotaAttainment(45_000, 0)).toBeNull();
    expect(quotaAttainment(45_000, null)).toBeNull();
  });

  it("sums revenue closed inside the window only", () => {
    const rows = [
      { person_id: "p", day: "2026-03-16", amount: 1_000 },
      { person_id: "p", day: "2026-03-17", amount: 20_000 },
      { person_id: "p", day: "2026-04-15", amount: 25_000 },
      { person_id: "p", day: "2026-04-16", amount: 7_000 },
    ];
    expect(revenueIn(rows, W)).toBe(45_000);
  });
});

describe("outcomes in the assessment", () => {
  it("reports revenue, prorated quota and attainment per person", () => {
    const a = assessCore(
      input({
        people: [person("a1"), person("a2"), person("a3")],
        roles: [role("a1", "ae"), role("a2", "ae"), role("a3", "ae")],
        activity: daily("a1", weekdays(W.from, W.to), "email_sent", 10),
        revenue: [
          { person_id: "a1", day: "2026-03-20", amount: 20_000 },
          { person_id: "a1", day: "2026-04-10", amount: 25_000 },
          { person_id: "a3", day: "2026-03-01", amount: 50_000 },
        ],
        quotas: [
          quota("a1", "2026-01-01", "2026-03-31", 90_000),
          quota("a1", "2026-04-01", "2026-06-30", 91_000),
          quota("a2", "2026-01-01", "2026-12-31", 365_000),
        ],
      }),
      method({ window: { kind: "explicit", ...W } }),
      AS_OF,
    );
    const byId = Object.fromEntries(a.people.map((p) => [p.person_id, p]));
    expect(byId.a1).toMatchObject({
      revenue: 45_000,
      quota: 30_000,
      quota_attainment: 1.5,
      status: "adopted",
    });
    expect(byId.a2).toMatchObject({ revenue: 0, quota: 30_000, quota_attainment: 0 });
    expect(byId.a3).toMatchObject({ revenue: 0, quota: null, quota_attainment: null });
  });
});
