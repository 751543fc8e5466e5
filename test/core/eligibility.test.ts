import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/core/calendar.js";
import { eligibility } from "../../src/core/eligibility.js";
import { absence, person, role } from "./fixtures.js";

const window = { from: "2026-03-02", to: "2026-03-15" }; // Mon 2 .. Sun 15
const calendar = buildCalendar(
  { weekend: [6, 7], holidays: { country: null, dates: ["2026-03-12"] } },
  window,
);

// Starts Wed 03-04 with 2 ramp days, leaves Fri 03-13, SDR until Tue 03-10 then AE,
// off sick Mon 03-09, 03-12 is a holiday.
const p = {
  person: person("p1", { start_date: "2026-03-04", end_date: "2026-03-13" }),
  roles: [role("p1", "sdr", null, "2026-03-10"), role("p1", "ae", "2026-03-11", null)],
  absences: [absence("p1", "2026-03-09", "2026-03-09")],
};

describe("eligibility", () => {
  it("gives each day its first reason in priority order (SDR view)", () => {
    const el = eligibility(p, "sdr", window, calendar, 2);
    expect(Object.fromEntries(el.days.map((d) => [d.day.slice(8), d.reason]))).toEqual({
      "02": "before_start",
      "03": "before_start",
      "04": "ramp",
      "05": "ramp",
      "06": null,
      "07": "weekend",
      "08": "weekend",
      "09": "absence",
      "10": null,
      "11": "other_persona",
      "12": "other_persona", // a holiday, but not an SDR day at all
      "13": "other_persona",
      "14": "after_end",
      "15": "after_end",
    });
    expect(el.eligible).toEqual(["2026-03-06", "2026-03-10"]);
    // Work on the weekend and the sick day counts; ramp and AE days do not.
    expect(el.measure).toEqual([
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
  });

  it("classifies the same person's AE days", () => {
    const el = eligibility(p, "ae", window, calendar, 2);
    expect(el.days.filter((d) => d.reason === "other_persona").map((d) => d.day.slice(8))).toEqual([
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
    ]);
    expect(el.days.find((d) => d.day === "2026-03-12")?.reason).toBe("holiday");
    expect(el.eligible).toEqual(["2026-03-11", "2026-03-13"]);
    expect(el.measure).toEqual(["2026-03-11", "2026-03-12", "2026-03-13"]);
  });

  it("does not count a weekend inside ramp as a measure day", () => {
    // Starts Thu 03-05 with 5 ramp days: ramp ends before Tue 03-10.
    const q = {
      person: person("q", { start_date: "2026-03-05" }),
      roles: [role("q", "ae")],
      absences: [],
    };
    const el = eligibility(q, "ae", window, calendar, 5);
    expect(el.days.find((d) => d.day === "2026-03-07")?.reason).toBe("weekend");
    expect(el.days.find((d) => d.day === "2026-03-09")?.reason).toBe("ramp");
    expect(el.eligible).toEqual(["2026-03-10", "2026-03-11", "2026-03-13"]);
    expect(el.measure).toEqual([
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
      "2026-03-13",
      "2026-03-14",
      "2026-03-15",
    ]);
  });

  it("treats a day with no role at all as other_persona", () => {
    const r = { person: person("r"), roles: [role("r", "csm", "2026-03-09", null)], absences: [] };
    const el = eligibility(r, "csm", window, calendar, 0);
    expect(el.days.slice(0, 7).every((d) => d.reason === "other_persona")).toBe(true);
    expect(el.eligible).toEqual(["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-13"]);
  });
});
