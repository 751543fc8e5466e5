import { describe, expect, it } from "vitest";
import { weeklyTrend, weeksOf } from "../../src/core/trend.js";
import type { PersonaDef } from "../../src/core/types.js";
import {
  absence,
  act,
  daily,
  input,
  method,
  PERSONAS,
  person,
  role,
  weekdays,
} from "../core/fixtures.js";

// Wednesday 2026-03-04 .. Tuesday 2026-03-17: W10 clipped to Wed-Sun, all of
// W11, W12 clipped to Mon-Tue. Monday 2026-03-16 is a holiday.
const RANGE = { from: "2026-03-04", to: "2026-03-17" };
const DAYS = weekdays(RANGE.from, RANGE.to);

function fixture() {
  return input({
    people: [person("a"), person("b"), person("c"), person("d")],
    roles: [
      role("a", "sdr"),
      role("b", "sdr"),
      role("c", "ae"),
      // Promoted on Wednesday of W11: the SDR weeks end there, the AE weeks start.
      role("d", "sdr", null, "2026-03-10"),
      role("d", "ae", "2026-03-11"),
    ],
    absences: [absence("b", "2026-03-09", "2026-03-10")],
    activity: [
      ...daily("a", DAYS, "email_sent", 20),
      // Weekend work counts toward the measure, not toward the eligible days.
      act("a", "2026-03-07", "email_sent", 10),
      ...daily(
        "b",
        DAYS.filter((d) => d !== "2026-03-09" && d !== "2026-03-10"),
        "email_sent",
        10,
      ),
      ...daily("c", DAYS, "email_sent", 5),
      ...daily("d", DAYS, "email_sent", 25),
      // Outside the range: ignored.
      act("a", "2026-03-03", "email_sent", 500),
    ],
  });
}

const m = method({ holidays: ["2026-03-16"] });

describe("weeksOf", () => {
  it("clips ISO weeks to the range", () => {
    expect(weeksOf(RANGE)).toEqual([
      { week: "2026-W10", from: "2026-03-04", to: "2026-03-08" },
      { week: "2026-W11", from: "2026-03-09", to: "2026-03-15" },
      { week: "2026-W12", from: "2026-03-16", to: "2026-03-17" },
    ]);
  });

  it("names weeks by their ISO year across New Year", () => {
    expect(weeksOf({ from: "2026-12-30", to: "2027-01-05" }).map((w) => w.week)).toEqual([
      "2026-W53",
      "2027-W01",
    ]);
  });
});

describe("weeklyTrend", () => {
  const points = weeklyTrend(fixture(), m, RANGE);
  const at = (persona: string, week: string) =>
    points.find((p) => p.persona === persona && p.week === `2026-W${week}`);

  it("gives every scored persona every week, in config order", () => {
    expect(points.map((p) => `${p.persona} ${p.week}`)).toEqual(
      ["sdr", "ae", "manager", "csm"].flatMap((p) => [
        `${p} 2026-W10`,
        `${p} 2026-W11`,
        `${p} 2026-W12`,
      ]),
    );
  });

  it("averages per-day values over the people eligible in a clipped week", () => {
    // a: (60 + 10 on Saturday) / 3 days; b: 30 / 3; d: 75 / 3.
    const w10 = at("sdr", "10");
    expect(w10).toMatchObject({ from: "2026-03-04", to: "2026-03-08", people: 3, at_target: 2 });
    expect(w10?.per_day).toBeCloseTo((70 / 3 + 10 + 25) / 3, 12);
    expect(w10?.share_at_target).toBeCloseTo(2 / 3, 12);
    expect(w10).toMatchObject({ activity: "email_sent", target: 20 });
  });

  it("leaves out absence days and days of another persona", () => {
    // a: 100 / 5 = 20 exactly on target; b: 30 / 3 (absent Mon-Tue); d: 50 / 2 as SDR.
    expect(at("sdr", "11")).toMatchObject({ people: 3, at_target: 2 });
    expect(at("sdr", "11")?.per_day).toBeCloseTo((20 + 10 + 25) / 3, 12);
    // c: 25 / 5; d: 75 / 3 as AE from Wednesday.
    expect(at("ae", "11")).toMatchObject({
      people: 2,
      per_day: 15,
      at_target: 1,
      share_at_target: 0.5,
    });
  });

  it("counts holiday work over the week's only eligible day", () => {
    // Monday is a holiday: a sends 40 over Mon-Tue against 1 eligible day, b 20.
    expect(at("sdr", "12")).toMatchObject({
      people: 2,
      per_day: 30,
      at_target: 2,
      share_at_target: 1,
    });
    // c: 10 / 1 is exactly the AE target of 10.
    expect(at("ae", "12")).toMatchObject({ people: 2, per_day: 30, at_target: 2 });
  });

  it("reports an empty week as null, not zero", () => {
    expect(at("manager", "11")).toMatchObject({
      people: 0,
      per_day: null,
      at_target: 0,
      share_at_target: null,
      activity: "recording_viewed",
      target: 3,
    });
  });

  it("applies the persona's whole rule for at target, the first target for per day", () => {
    const two: PersonaDef = {
      id: "sdr",
      label: "SDR",
      rule: "all",
      targets: [
        { activity: "email_sent", per_day: 20, measure: "count" },
        { activity: "call_logged", per_day: 2, measure: "count" },
      ],
      activities: ["email_sent", "call_logged"],
    };
    const week = { from: "2026-03-09", to: "2026-03-13" };
    const data = input({
      people: [person("a")],
      roles: [role("a", "sdr")],
      activity: [
        ...daily("a", weekdays(week.from, week.to), "email_sent", 30),
        ...daily("a", weekdays(week.from, week.to), "call_logged", 1),
      ],
    });
    const all = weeklyTrend(data, method({ personas: [two] }), week);
    expect(all).toMatchObject([{ per_day: 30, at_target: 0, target: 20 }]);
    const any = weeklyTrend(data, method({ personas: [{ ...two, rule: "any" }] }), week);
    expect(any).toMatchObject([{ per_day: 30, at_target: 1 }]);
  });

  it("skips personas without targets", () => {
    const none = PERSONAS.map((p) => (p.id === "sdr" ? p : { ...p, targets: [] }));
    const only = weeklyTrend(fixture(), method({ personas: none }), RANGE);
    expect(new Set(only.map((p) => p.persona))).toEqual(new Set(["sdr"]));
  });
});
