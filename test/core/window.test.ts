import { describe, expect, it } from "vitest";
import { previousWindow, resolveWindow } from "../../src/core/window.js";
import { UsageError } from "../../src/errors.js";

const PQ = { kind: "previous_quarter" } as const;
const QTD = { kind: "quarter_to_date" } as const;

describe("resolveWindow", () => {
  it("previous_quarter with a January fiscal year is the last calendar quarter", () => {
    expect(resolveWindow(PQ, "2026-04-01", 1)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(resolveWindow(PQ, "2026-06-30", 1)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(resolveWindow(PQ, "2026-01-15", 1)).toEqual({ from: "2025-10-01", to: "2025-12-31" });
  });

  it("previous_quarter with a February fiscal year (quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan)", () => {
    expect(resolveWindow(PQ, "2026-03-10", 2)).toEqual({ from: "2025-11-01", to: "2026-01-31" });
    expect(resolveWindow(PQ, "2026-02-01", 2)).toEqual({ from: "2025-11-01", to: "2026-01-31" });
    expect(resolveWindow(PQ, "2026-01-31", 2)).toEqual({ from: "2025-08-01", to: "2025-10-31" });
  });

  it("previous_quarter with a November fiscal year, as_of on a quarter's first day", () => {
    // as_of opens Q1 (Nov-Jan): the last complete quarter is Aug-Oct.
    expect(resolveWindow(PQ, "2026-11-01", 11)).toEqual({ from: "2026-08-01", to: "2026-10-31" });
    expect(resolveWindow(PQ, "2026-01-10", 11)).toEqual({ from: "2025-08-01", to: "2025-10-31" });
  });

  it("quarter_to_date runs from the fiscal quarter's start to the day before as_of", () => {
    expect(resolveWindow(QTD, "2026-11-15", 11)).toEqual({ from: "2026-11-01", to: "2026-11-14" });
    expect(resolveWindow(QTD, "2026-01-10", 11)).toEqual({ from: "2025-11-01", to: "2026-01-09" });
    expect(resolveWindow(QTD, "2026-04-02", 1)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
  });

  it("quarter_to_date on a quarter's first day is empty and says so", () => {
    expect(() => resolveWindow(QTD, "2026-11-01", 11)).toThrow(UsageError);
    expect(() => resolveWindow(QTD, "2026-11-01", 11)).toThrow(/first day of its fiscal quarter/);
    expect(() => resolveWindow(QTD, "2026-02-01", 2)).toThrow(UsageError);
  });

  it("trailing_days N ends the day before as_of", () => {
    expect(resolveWindow({ kind: "trailing_days", days: 30 }, "2026-04-01", 1)).toEqual({
      from: "2026-03-02",
      to: "2026-03-31",
    });
    expect(resolveWindow({ kind: "trailing_days", days: 1 }, "2026-03-01", 1)).toEqual({
      from: "2026-02-28",
      to: "2026-02-28",
    });
    expect(() => resolveWindow({ kind: "trailing_days", days: 0 }, "2026-04-01", 1)).toThrow(
      UsageError,
    );
  });

  it("explicit windows are taken as given, but not backwards", () => {
    expect(
      resolveWindow({ kind: "explicit", from: "2026-03-02", to: "2026-03-13" }, "2026-01-01", 1),
    ).toEqual({
      from: "2026-03-02",
      to: "2026-03-13",
    });
    expect(() =>
      resolveWindow({ kind: "explicit", from: "2026-03-13", to: "2026-03-02" }, "2026-04-01", 1),
    ).toThrow(UsageError);
    expect(() =>
      resolveWindow({ kind: "explicit", from: "2026-02-30", to: "2026-03-02" }, "2026-04-01", 1),
    ).toThrow(UsageError);
  });

  it("rejects a bad as_of or fiscal start month", () => {
    expect(() => resolveWindow(PQ, "04/01/2026", 1)).toThrow(UsageError);
    expect(() => resolveWindow(PQ, "2026-04-01", 0)).toThrow(UsageError);
  });
});

describe("previousWindow", () => {
  it("a calendar quarter's predecessor is the quarter before, whatever its length", () => {
    expect(previousWindow({ from: "2026-04-01", to: "2026-06-30" }, PQ)).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    // Without a spec the whole-month shape is recognised too.
    expect(previousWindow({ from: "2026-04-01", to: "2026-06-30" })).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
  });

  it("a fiscal quarter (Nov-Jan) is preceded by Aug-Oct", () => {
    expect(previousWindow({ from: "2025-11-01", to: "2026-01-31" }, PQ)).toEqual({
      from: "2025-08-01",
      to: "2025-10-31",
    });
    expect(previousWindow({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    });
  });

  it("quarter_to_date compares with the same stretch of the previous quarter, clamped", () => {
    expect(previousWindow({ from: "2026-02-01", to: "2026-02-14" }, QTD)).toEqual({
      from: "2025-11-01",
      to: "2025-11-14",
    });
    // 91 days of May-Jul against Feb-Apr, which has only 89.
    expect(previousWindow({ from: "2026-05-01", to: "2026-07-30" }, QTD)).toEqual({
      from: "2026-02-01",
      to: "2026-04-30",
    });
  });

  it("other windows: the same number of days just before", () => {
    expect(
      previousWindow({ from: "2026-03-02", to: "2026-03-31" }, { kind: "trailing_days", days: 30 }),
    ).toEqual({
      from: "2026-01-31",
      to: "2026-03-01",
    });
    expect(previousWindow({ from: "2026-03-02", to: "2026-03-13" })).toEqual({
      from: "2026-02-18",
      to: "2026-03-01",
    });
  });
});
