import { describe, expect, it } from "vitest";
import { Rng, rngFor } from "../../src/demo/rng.js";

const draws = (rng: Rng, n: number, f: (r: Rng) => number) =>
  Array.from({ length: n }, () => f(rng));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe("Rng", () => {
  it("gives the same pinned stream for a seed on every platform", () => {
    const r = new Rng(42);
    expect([r.uint32(), r.uint32(), r.uint32(), r.uint32()]).toEqual([
      2626566973, 1247484098, 2614520402, 2258495261,
    ]);
    const s = rngFor(42, "activities", "P0001");
    expect([s.next(), s.normal(), s.poisson(4), s.poisson(60), s.int(1, 6)]).toEqual([
      0.126275097951293, -0.18451482469356878, 2, 71, 1,
    ]);
  });

  it("repeats a stream for an equal seed and differs for another seed or label", () => {
    const a = draws(rngFor(7, "x"), 50, (r) => r.uint32());
    expect(draws(rngFor(7, "x"), 50, (r) => r.uint32())).toEqual(a);
    expect(draws(rngFor(8, "x"), 50, (r) => r.uint32())).not.toEqual(a);
    expect(draws(rngFor(7, "y"), 50, (r) => r.uint32())).not.toEqual(a);
  });

  it("draws uniforms in [0, 1) with mean one half", () => {
    const xs = draws(new Rng("u"), 100_000, (r) => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
  });

  it("draws integers over the whole inclusive range and nothing outside it", () => {
    const xs = draws(new Rng("int"), 6000, (r) => r.int(1, 6));
    expect([...new Set(xs)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (let face = 1; face <= 6; face++) {
      const share = xs.filter((x) => x === face).length / xs.length;
      expect(share).toBeGreaterThan(0.14);
      expect(share).toBeLessThan(0.195);
    }
  });

  it("draws standard normals with mean 0 and sd 1, and shifts them", () => {
    const xs = draws(new Rng("n"), 100_000, (r) => r.normal());
    expect(mean(xs)).toBeCloseTo(0, 1);
    expect(Math.sqrt(variance(xs))).toBeCloseTo(1, 1);
    const ys = draws(new Rng("n2"), 50_000, (r) => r.normal(10, 2));
    expect(mean(ys)).toBeGreaterThan(9.95);
    expect(mean(ys)).toBeLessThan(10.05);
  });

  it("draws Poisson counts with mean and variance lambda, small and large", () => {
    for (const lambda of [0.5, 3, 20, 45, 80]) {
      const xs = draws(new Rng(`p${lambda}`), 50_000, (r) => r.poisson(lambda));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      expect(Math.abs(mean(xs) - lambda)).toBeLessThan(0.03 * lambda + 0.02);
      expect(Math.abs(variance(xs) - lambda)).toBeLessThan(0.06 * lambda + 0.05);
    }
    expect(new Rng("z").poisson(0)).toBe(0);
  });

  it("shuffles into a permutation and picks only members", () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const shuffled = new Rng("s").shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    const rng = new Rng("pick");
    const picks = new Set(Array.from({ length: 200 }, () => rng.pick(["a", "b", "c"])));
    expect([...picks].sort()).toEqual(["a", "b", "c"]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
