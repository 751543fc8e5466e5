// The candidate targets a what-if tries: round steps around the current target,
// on exact decimals so that a 0.1 step never drifts past a real target.

import { UsageError } from "../errors.js";
import { toFraction } from "./exact.js";

const MAX_CANDIDATES = 500;

/** The largest of 1, 2, 2.5 and 5 times a power of ten that is at most x. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`niceStep needs x > 0, got ${x}`);
  const e = Math.floor(Math.log10(x));
  const base = 10 ** e;
  const m = [5, 2.5, 2, 1].find((f) => f * base <= x * (1 + 1e-12)) ?? 1;
  return Number((m * base).toPrecision(12));
}

/** from, from + step, ... up to to, computed on exact decimals so 0.1 steps do not drift. */
export function candidateGrid(from: number, to: number, step: number): number[] {
  const f = toFraction(from);
  const s = toFraction(step);
  const out: number[] = [];
  for (let i = 0n; ; i++) {
    // from + i * step = (f.num * s.den + i * s.num * f.den) / (f.den * s.den)
    const num = f.num * s.den + i * s.num * f.den;
    const value = Number(num) / Number(f.den * s.den);
    if (value > to * (1 + 1e-12)) break;
    out.push(Number(value.toPrecision(12)));
    if (out.length > MAX_CANDIDATES) {
      throw new UsageError(
        `--from ${from} --to ${to} --step ${step} gives more than ${MAX_CANDIDATES} candidates`,
      );
    }
  }
  return out;
}

function checkPositive(name: string, v: number | undefined): void {
  if (v !== undefined && !(v > 0 && Number.isFinite(v))) {
    throw new UsageError(`--${name} must be a number > 0, got ${v}`);
  }
}

/**
 * The candidates: what was asked, or 25% to 200% of the base (the current
 * target, else the median per-day value) in round steps; the current target
 * is always among them.
 */
export function candidateTargets(
  base: number | null,
  current: number | null,
  opts: { from?: number; to?: number; step?: number },
): number[] {
  checkPositive("from", opts.from);
  checkPositive("to", opts.to);
  checkPositive("step", opts.step);
  if ((opts.from === undefined || opts.to === undefined) && !(base !== null && base > 0)) {
    throw new UsageError(
      "nobody has done this activity, so there is no default range: pass --from and --to",
    );
  }
  const b = base as number;
  const span =
    opts.from !== undefined && opts.to !== undefined ? (opts.to - opts.from) / 12 : b / 6;
  // A single candidate (--from equal to --to) needs no step; any positive one will do.
  const step = opts.step ?? (span > 0 ? niceStep(span) : 1);
  const from = opts.from ?? Math.ceil((b * 0.25) / step - 1e-9) * step;
  const to = opts.to ?? b * 2;
  if (from > to) throw new UsageError(`--from ${from} is above --to ${to}`);
  const grid = candidateGrid(from, to, step);
  if (current !== null && !grid.includes(current)) grid.push(current);
  return grid.sort((a, b) => a - b);
}
