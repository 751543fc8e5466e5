import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  diffDays,
  eachDay,
  endOfMonth,
  fiscalQuarterLabel,
  fiscalQuarterOf,
  intersect,
  isDay,
  isoWeekday,
  isoWeekKey,
  isoWeekStart,
  monthKey,
  rangeLength,
  toDayNumber,
} from "../../src/core/dates.js";

describe("day arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30"); // a DST night in Europe changes nothing
  });

  it("counts days between and within ranges", () => {
    expect(diffDays("2026-01-01", "2026-12-31")).toBe(364);
    expect(diffDays("2026-03-10", "2026-03-01")).toBe(-9);
    expect(rangeLength({ from: "2026-01-01", to: "2026-03-31" })).toBe(90);
    expect(rangeLength({ from: "2026-03-02", to: "2026-03-01" })).toBe(0);
    expect(eachDay({ from: "2026-02-27", to: "2026-03-02" })).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });

  it("rejects days that do not exist", () => {
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("2026-2-3")).toBe(false);
    expect(isDay("2024-02-29")).toBe(true);
    expect(() => toDayNumber("2026-13-01")).toThrow(RangeError);
  });

  it("intersects ranges", () => {
    expect(
      intersect({ from: "2026-01-01", to: "2026-03-31" }, { from: "2026-03-17", to: "2026-04-15" }),
    ).toEqual({
      from: "2026-03-17",
      to: "2026-03-31",
    });
    expect(
      intersect({ from: "2026-01-01", to: "2026-01-31" }, { from: "2026-02-01", to: "2026-02-02" }),
    ).toBeNull();
  });
});

describe("weeks", () => {
  it("numbers weekdays the ISO way, Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-10")).toBe(2);
    expect(isoWeekday("2026-03-01")).toBe(7);
    expect(isoWeekday("1969-12-31")).toBe(3);
  });

  it("keys ISO weeks by the year of their Thursday", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
    expect(isoWeekKey("2026-01-29")).toBe("2026-W05");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekStart("2026-03-15")).toBe("2026-03-09");
  });
});

describe("months and fiscal quarters", () => {
  it("shifts months clamping the day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-01", 3)).toBe("2027-02-01");
    expect(addMonths("2026-02-01", -3)).toBe("2025-11-01");
    expect(monthKey("2026-03-10")).toBe("2026-03");
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
  });

  it("finds calendar quarters with a January start", () => {
    expect(fiscalQuarterOf("2026-08-15", 1)).toEqual({
      from: "2026-07-01",
      to: "2026-09-30",
      quarter: 3,
      fiscal_year: 2026,
    });
  });

  it("finds fiscal quarters with a February start, named by the year they end", () => {
    expect(fiscalQuarterOf("2026-03-10", 2)).toEqual({
      from: "2026-02-01",
      to: "2026-04-30",
      quarter: 1,
      fiscal_year: 2027,
    });
    expect(fiscalQuarterOf("2026-01-10", 2)).toEqual({
      from: "2025-11-01",
      to: "2026-01-31",
      quarter: 4,
      fiscal_year: 2026,
    });
    expect(fiscalQuarterLabel("2026-03-10", 2)).toBe("FY2027 Q1");
  });

  it("finds fiscal quarters with a November start across the new year", () => {
    expect(fiscalQuarterOf("2026-01-10", 11)).toEqual({
      from: "2025-11-01",
      to: "2026-01-31",
      quarter: 1,
      fiscal_year: 2026,
    });
    expect(fiscalQuarterOf("2026-10-31", 11)).toEqual({
      from: "2026-08-01",
      to: "2026-10-31",
      quarter: 4,
      fiscal_year: 2026,
    });
    expect(() => fiscalQuarterOf("2026-01-10", 13)).toThrow(RangeError);
  });
});
