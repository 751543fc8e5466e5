import { describe, expect, it } from "vitest";
import { assessCore } from "../../src/core/assess.js";
import { explainCore } from "../../src/core/explain.js";
import { UsageError } from "../../src/errors.js";
import { AS_OF, absence, act, daily, input, method, person, role, weekdays } from "./fixtures.js";

const W = { kind: "explicit", from: "2026-03-02", to: "2026-03-15" } as const;

// Starts Wed 03-04 with 2 ramp days, leaves Fri 03-13, SDR until Tue 03-10 then
// AE, off sick Mon 03-09, holiday Thu 03-12.
const data = input({
  people: [
    person("p1", {
      name: "Ada Lovelace",
      email: "ada@example.com",
      start_date: "2026-03-04",
      end_date: "2026-03-13",
    }),
    person("p2", { name: "Alan Turing" }),
  ],
  roles: [
    role("p1", "sdr", null, "2026-03-10"),
    role("p1", "ae", "2026-03-11", null),
    role("p2", "ae"),
  ],
  absences: [absence("p1", "2026-03-09", "2026-03-09")],
  activity: [
    ...daily(
      "p1",
      ["2026-03-04", "2026-03-06", "2026-03-07", "2026-03-09", "2026-03-10"],
      "email_sent",
      20,
    ),
    act("p1", "2026-03-12", "email_sent", 10),
    ...daily("p2", weekdays("2026-03-02", "2026-03-13"), "email_sent", 10),
  ],
  logins: [{ person_id: "p1", day: "2026-03-06" }],
});
const m = method({ window: W, ramp_days: 2, holidays: ["2026-03-12"], min_eligible_days: 2 });

describe("explainCore", () => {
  const e = explainCore(data, m, AS_OF, "p1");

  it("accounts for every day of the window, grouped by first reason", () => {
    expect(e.window).toEqual({ from: "2026-03-02", to: "2026-03-15" });
    expect(e.person.person_id).toBe("p1");
    expect(e.personas.map((p) => p.persona)).toEqual(["sdr", "ae"]);
    const [sdr, ae] = e.personas;
    expect(sdr?.ineligible).toEqual({
      before_start: ["2026-03-02", "2026-03-03"],
      after_end: ["2026-03-14", "2026-03-15"],
      other_persona: ["2026-03-11", "2026-03-12", "2026-03-13"],
      weekend: ["2026-03-07", "2026-03-08"],
      holiday: [],
      ramp: ["2026-03-04", "2026-03-05"],
      absence: ["2026-03-09"],
    });
    expect(ae?.ineligible).toEqual({
      before_start: ["2026-03-02", "2026-03-03"],
      after_end: ["2026-03-14", "2026-03-15"],
      other_persona: [
        "2026-03-04",
        "2026-03-05",
        "2026-03-06",
        "2026-03-07",
        "2026-03-08",
        "2026-03-09",
        "2026-03-10",
      ],
      weekend: [],
      holiday: ["2026-03-12"],
      ramp: [],
      absence: [],
    });
    for (const p of e.personas) {
      const ineligible = Object.values(p.ineligible).reduce((n, days) => n + days.length, 0);
      expect(ineligible + p.eligible_days).toBe(14);
    }
  });

  it("shows the measures and the comparison, matching assess", () => {
    const [sdr, ae] = e.personas;
    // SDR: 03-06 and 03-10 eligible; measure days 03-06..03-10 (ramp day 03-04 excluded).
    expect(sdr).toMatchObject({
      label: "BDR/SDR",
      status: "adopted",
      eligible_days: 2,
      score: 2,
      rule: "all",
      min_eligible_days: 2,
      login_days: 1,
      regular_user: true,
    });
    expect(sdr?.targets[0]).toMatchObject({ value: 80, per_day: 40, target: 20, met: true });
    // AE: 03-11 and 03-13 eligible; the holiday's 10 emails count.
    expect(ae).toMatchObject({
      status: "not_adopted",
      eligible_days: 2,
      score: 0.5,
      login_days: 0,
      regular_user: false,
    });
    const assessed = assessCore(data, m, AS_OF).people.filter((p) => p.person_id === "p1");
    expect(assessed.map((p) => [p.persona, p.score, p.eligible_days])).toEqual(
      e.personas.map((p) => [p.persona, p.score, p.eligible_days]),
    );
  });

  it("explains one persona on request, even one never held", () => {
    expect(explainCore(data, m, AS_OF, "p1", "ae").personas.map((p) => p.persona)).toEqual(["ae"]);
    const csm = explainCore(data, m, AS_OF, "p2", "csm").personas[0];
    expect(csm?.status).toBe("insufficient_days");
    expect(csm?.ineligible.other_persona).toHaveLength(14);
  });

  it("finds a person by email or name too", () => {
    expect(explainCore(data, m, AS_OF, "ada@example.com").person.person_id).toBe("p1");
    expect(explainCore(data, m, AS_OF, "alan turing").person.person_id).toBe("p2");
  });

  it("rejects an unknown person, suggesting close matches", () => {
    expect(() => explainCore(data, m, AS_OF, "p3")).toThrow(UsageError);
    expect(() => explainCore(data, m, AS_OF, "p3")).toThrow(
      /Did you mean: p1 \(Ada Lovelace\), p2 \(Alan Turing\)/,
    );
    expect(() => explainCore(data, m, AS_OF, "Ada Lovelac")).toThrow(
      /Did you mean: p1 \(Ada Lovelace\)\?/,
    );
    expect(() => explainCore(data, m, AS_OF, "zzzzzzzzzz")).toThrow(
      /"zzzzzzzzzz" is not a known person\.$/,
    );
    expect(() => explainCore(data, m, AS_OF, "p1", "bdr")).toThrow(
      /Configured personas: sdr, ae, manager, csm/,
    );
  });
});
