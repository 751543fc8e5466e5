import { describe, expect, it } from "vitest";
import { meetsTarget, targetRatio, toFraction } from "../../src/core/exact.js";

describe("toFraction", () => {
  it("reads the shortest decimal form exactly", () => {
    expect(toFraction(0.1)).toEqual({ num: 1n, den: 10n });
    expect(toFraction(2.5)).toEqual({ num: 25n, den: 10n });
    expect(toFraction(20)).toEqual({ num: 20n, den: 1n });
    expect(toFraction(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(toFraction(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(toFraction(-0.25)).toEqual({ num: -25n, den: 100n });
    expect(() => toFraction(Number.NaN)).toThrow(RangeError);
  });
});

describe("exact target comparison", () => {
  it("meets 1.1/day over 50 days with 55, where float multiplication says 55.00000000000001", () => {
    expect(1.1 * 50).toBeGreaterThan(55); // the drift this module exists for
    expect(meetsTarget(55, 1.1, 50)).toBe(true);
    expect(targetRatio(55, 1.1, 50)).toBe(1);
    expect(meetsTarget(54, 1.1, 50)).toBe(false);
    expect(2.2 * 100).toBeGreaterThan(220);
    expect(meetsTarget(220, 2.2, 100)).toBe(true);
  });

  it("handles 2.5 and 0.1 per day", () => {
    expect(meetsTarget(25, 2.5, 10)).toBe(true);
    expect(targetRatio(25, 2.5, 10)).toBe(1);
    expect(meetsTarget(24, 2.5, 10)).toBe(false);
    expect(targetRatio(24, 2.5, 10)).toBe(0.96);
    expect(meetsTarget(3, 0.1, 30)).toBe(true);
    expect(targetRatio(3, 0.1, 30)).toBe(1);
    expect(meetsTarget(2, 0.1, 30)).toBe(false);
    expect(targetRatio(2, 0.1, 30)).toBe(2 / 3);
    // 0.1 * 29 = 2.9: three activities are above target.
    expect(targetRatio(3, 0.1, 29)).toBe(30 / 29);
  });

  it("never lets the score and the comparison disagree", () => {
    for (const perDay of [0.1, 0.3, 0.7, 1.1, 2.2, 2.5, 3, 4.35, 20]) {
      for (let days = 1; days <= 120; days++) {
        const exact = Math.round(perDay * days * 100);
        for (const value of [
          Math.floor(exact / 100),
          Math.ceil(exact / 100),
          Math.ceil(exact / 100) - 1,
        ]) {
          expect(targetRatio(value, perDay, days) >= 1).toBe(meetsTarget(value, perDay, days));
        }
      }
    }
  });
});
