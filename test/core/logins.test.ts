import { describe, expect, it } from "vitest";
import { assessCore } from "../../src/core/assess.js";
import { isRegularUser, loginRate } from "../../src/core/logins.js";
import type { LoginDay } from "../../src/core/types.js";
import {
  AS_OF,
  absence,
  daily,
  input,
  method,
  person,
  role,
  TWO_WEEKS,
  weekdays,
} from "./fixtures.js";

const TEN = weekdays(TWO_WEEKS.from, TWO_WEEKS.to);
const logins = (id: string, days: string[]): LoginDay[] =>
  days.map((day) => ({ person_id: id, day }));

describe("regular users", () => {
  it("need logins on at least half of their eligible days", () => {
    expect(isRegularUser(5, 10)).toBe(true);
    expect(isRegularUser(4, 9)).toBe(false);
    expect(isRegularUser(5, 9)).toBe(true);
    expect(isRegularUser(0, 0)).toBe(false);
  });

  it("skips days with nobody present when averaging daily rates", () => {
    const rate = loginRate(
      ["d1", "d2", "d3"],
      (d) => (d === "d2" ? [] : ["a", "b"]),
      (id, d) => id === "a" || d === "d3",
    );
    expect(rate).toBe(0.75); // (1/2 + 2/2) / 2
    expect(
      loginRate(
        ["d1"],
        () => [],
        () => true,
      ),
    ).toBeNull();
  });
});

describe("login rates in the assessment", () => {
  // a1 logs in daily but does no work; a2 logs in the first week and works;
  // a3 logs in 3 days and is off the last two; m1 logs in daily and works.
  const result = assessCore(
    input({
      people: [person("a1"), person("a2"), person("a3"), person("m1")],
      roles: [role("a1", "ae"), role("a2", "ae"), role("a3", "ae"), role("m1", "manager")],
      absences: [absence("a3", "2026-03-12", "2026-03-13")],
      activity: [...daily("a2", TEN, "email_sent", 10), ...daily("m1", TEN, "recording_viewed", 3)],
      logins: [
        ...logins("a1", TEN),
        ...logins("a2", [...TEN.slice(0, 5), "2026-03-07"]),
        ...logins("a3", TEN.slice(0, 3)),
        ...logins("m1", TEN),
      ],
    }),
    method(),
    AS_OF,
  );
  const p = Object.fromEntries(result.people.map((r) => [r.person_id, r]));

  it("counts login days on eligible days only and finds regular users", () => {
    expect(p.a1).toMatchObject({ login_days: 10, regular_user: true, status: "not_adopted" });
    // The Saturday login is not an eligible day.
    expect(p.a2).toMatchObject({ login_days: 5, regular_user: true, status: "adopted" });
    expect(p.a3).toMatchObject({
      eligible_days: 8,
      login_days: 3,
      regular_user: false,
      status: "insufficient_days",
    });
  });

  it("computes the persona's mean daily login rate over working days", () => {
    // Present AE: 3 people, 2 on the last two days (a3 absent).
    // 03-02..04: 3/3; 03-05..06: 2/3; 03-09..11: 1/3; 03-12..13: 1/2.
    const ae = result.personas.find((s) => s.persona === "ae");
    expect(ae?.login_rate).toBeCloseTo((3 + 4 / 3 + 1 + 1) / 10, 12);
    expect(ae).toMatchObject({
      people: 3,
      evaluated: 2,
      adopted: 1,
      adoption_rate: 0.5,
      logged_in_not_adopted: 1,
    });
    expect(result.personas.find((s) => s.persona === "manager")?.login_rate).toBe(1);
    expect(result.personas.find((s) => s.persona === "sdr")?.login_rate).toBeNull();
  });

  it("computes the overall rate over everyone present, whatever their persona", () => {
    // 03-02..04: 4/4; 03-05..06: 3/4; 03-09..11: 2/4; 03-12..13: 2/3.
    expect(result.overall.login_rate).toBeCloseTo((3 + 1.5 + 1.5 + 4 / 3) / 10, 12);
    expect(result.overall).toMatchObject({
      people: 4,
      evaluated: 3,
      adopted: 2,
      logged_in_not_adopted: 1,
    });
  });
});
