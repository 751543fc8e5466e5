import { describe, expect, it } from "vitest";
import * as f from "../../src/report/html/format.js";
import { expectGolden } from "../golden.js";

// One line per input: the golden file is the table a reviewer reads.
const VALUES = [0, 0.004, 0.005, 0.4123, 0.995, 1, 1.125, -0.0004, -0.25, 12.5, 999.5, 1234.5];
const AMOUNTS = [
  0, 12, 9999, 10_000, 45_300, 999_949, 999_999, 999_994_999, 1_234_567, -2_500_000, 3.2e9,
];

function table(): string {
  const lines = [
    "value | percent | percent(1) | decimal | floored | count | coefficient | multiple",
  ];
  for (const v of VALUES) {
    lines.push(
      [
        v,
        f.percent(v),
        f.percent(v, 1),
        f.decimal(v),
        f.floored(v),
        f.count(v),
        f.coefficient(v),
        f.multiple(v),
      ].join(" | "),
    );
  }
  lines.push("", "amount | amount | outcome(revenue) | difference(revenue)");
  for (const a of AMOUNTS) {
    lines.push(
      [a, f.amount(a), f.outcome(a, "revenue"), f.outcomeDifference(a, "revenue")].join(" | "),
    );
  }
  lines.push("", "attainment | outcome | difference");
  for (const v of [0, 0.61, 1.12, -0.51, 0.514, -0.004]) {
    lines.push(
      [v, f.outcome(v, "quota_attainment"), f.outcomeDifference(v, "quota_attainment")].join(" | "),
    );
  }
  lines.push("", "intervals");
  lines.push(f.interval([0.12, 0.9], "quota_attainment"));
  lines.push(f.interval([-0.05, 0.4], "quota_attainment"));
  lines.push(f.interval([-12_000, 90_500], "revenue"));
  lines.push("", "p-values");
  for (const p of [0, 0.0004, 0.001, 0.0432, 0.5, 1]) lines.push(f.pValue(p));
  lines.push("", "days");
  lines.push(f.day("2026-03-01"), f.shortDay("2026-12-25"));
  lines.push(f.dayRange({ from: "2026-01-01", to: "2026-03-31" }));
  lines.push(f.dayRange({ from: "2025-12-15", to: "2026-01-14" }));
  lines.push(f.dayRange({ from: "2026-02-02", to: "2026-02-02" }));
  lines.push("", "words");
  lines.push(f.people(1), f.people(1234), f.plural(1, "day"), f.plural(0, "day"));
  return `${lines.join("\n")}\n`;
}

describe("report formatting", () => {
  it("matches the golden table", () => {
    expectGolden("report/format.txt", table());
  });

  it("prints nulls as a dash, never as 0 or NaN", () => {
    for (const text of [
      f.percent(null),
      f.decimal(null),
      f.count(null),
      f.amount(null),
      f.outcome(null, "revenue"),
      f.outcomeDifference(null, "quota_attainment"),
      f.interval(null, "revenue"),
      f.coefficient(null),
      f.pValue(null),
      f.multiple(null),
    ]) {
      expect(text).toBe("–");
    }
  });

  it("writes the headline contrast the way a reader says it", () => {
    expect(f.percent(0.92)).toBe("92%");
    expect(f.percent(0.41)).toBe("41%");
    expect(f.outcomeDifference(0.51, "quota_attainment")).toBe("+51 pts");
    expect(f.outcomeDifference(-0.51, "quota_attainment")).toBe("−51 pts");
    expect(f.amount(1_234_567)).toBe("1.23M");
    expect(f.targetNumber(2.5)).toBe("2.5");
  });

  it("rounds down where rounding up would claim a target that was missed", () => {
    expect(f.floored(9.996)).toBe("9.9");
    expect(f.multiple(0.9996)).toBe("0.99×");
    expect(f.floored(0.29, 2)).toBe("0.29");
    expect(f.multiple(3.914)).toBe("3.91×");
  });

  it("does not print a sign on a value that rounds to zero", () => {
    expect(f.percent(-0.0004)).toBe("0%");
    expect(f.outcomeDifference(0.001, "quota_attainment")).toBe("0 pts");
    expect(f.coefficient(-0.001)).toBe("0.00");
  });
});
