import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/core/calendar.js";
import { holidaysIn } from "../../src/core/holidays.js";
import { UsageError } from "../../src/errors.js";

const sorted = (s: Set<string>) => [...s].sort();

describe("holidaysIn", () => {
  it("takes US public holidays from date-holidays, including the observed Independence Day", () => {
    // 2026-07-04 is a Saturday: the library observes it on Friday 2026-07-03.
    expect(sorted(holidaysIn({ from: "2026-07-01", to: "2026-07-10" }, "US", []))).toEqual([
      "2026-07-03",
      "2026-07-04",
    ]);
    expect(sorted(holidaysIn({ from: "2026-11-01", to: "2026-11-30" }, "US", []))).toEqual([
      "2026-11-11",
      "2026-11-26",
    ]);
  });

  it("keeps only public holidays: Bavaria has Corpus Christi, Germany as a whole does not", () => {
    const june = { from: "2026-06-01", to: "2026-06-30" };
    expect(sorted(holidaysIn(june, "DE-BY", []))).toEqual(["2026-06-04"]);
    expect(sorted(holidaysIn(june, "DE", []))).toEqual([]);
    // Valentine's Day and Rose Monday are observances, not days off.
    expect(sorted(holidaysIn({ from: "2026-02-01", to: "2026-02-28" }, "DE-BY", []))).toEqual([]);
    // A region: Augsburg's Peace Festival.
    expect(
      holidaysIn({ from: "2026-08-01", to: "2026-08-31" }, "de-by-a", []).has("2026-08-08"),
    ).toBe(true);
    expect(
      holidaysIn({ from: "2026-08-01", to: "2026-08-31" }, "DE-BY", []).has("2026-08-08"),
    ).toBe(false);
  });

  it("spreads multi-day holidays over each of their days", () => {
    expect(sorted(holidaysIn({ from: "2026-03-18", to: "2026-03-24" }, "AE", []))).toEqual([
      "2026-03-20",
      "2026-03-21",
      "2026-03-22",
    ]);
  });

  it("adds explicit dates inside the range only", () => {
    const range = { from: "2026-03-02", to: "2026-03-13" };
    expect(sorted(holidaysIn(range, null, ["2026-03-05", "2026-04-01"]))).toEqual(["2026-03-05"]);
    expect(
      sorted(holidaysIn({ from: "2026-12-20", to: "2026-12-31" }, "GB", ["2026-12-24"])),
    ).toEqual(["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-28"]);
  });

  it("rejects unknown codes with a helpful message", () => {
    const range = { from: "2026-01-01", to: "2026-01-31" };
    expect(() => holidaysIn(range, "XX", [])).toThrow(UsageError);
    expect(() => holidaysIn(range, "UK", [])).toThrow(/"GB"/);
    expect(() => holidaysIn(range, "DE-ZZ", [])).toThrow(/Known states: .*BY/);
    expect(() => holidaysIn(range, "DE-BY-QQ", [])).toThrow(/Known regions: .*A/);
  });
});

describe("WorkCalendar", () => {
  it("tells weekends, holidays and working days apart", () => {
    const cal = buildCalendar(
      { weekend: [6, 7], holidays: { country: "US", dates: ["2026-07-06"] } },
      { from: "2026-07-01", to: "2026-07-10" },
    );
    expect(cal.isWeekend("2026-07-04")).toBe(true);
    expect(cal.isHoliday("2026-07-04")).toBe(true);
    expect(cal.isWorkingDay("2026-07-02")).toBe(true);
    expect(cal.isWorkingDay("2026-07-03")).toBe(false);
    expect(cal.isWorkingDay("2026-07-06")).toBe(false);
    expect(cal.isWorkingDay("2026-07-07")).toBe(true);
    // Outside the range it still answers (Thanksgiving).
    expect(cal.isHoliday("2026-11-26")).toBe(true);
  });

  it("supports a Friday-Saturday weekend", () => {
    const cal = buildCalendar(
      { weekend: [5, 6], holidays: { country: null, dates: [] } },
      {
        from: "2026-03-01",
        to: "2026-03-07",
      },
    );
    expect(
      ["2026-03-01", "2026-03-05", "2026-03-06", "2026-03-07"].map((d) => cal.isWorkingDay(d)),
    ).toEqual([true, true, false, false]);
  });
});
