// Exact target comparison. 0.1 * 30 is 3.0000000000000004 in floating point, so
// someone with exactly 3 activities would miss a 0.1/day target. Instead a
// number becomes the fraction its shortest decimal form denotes (0.1 -> 1/10,
// the value a person typed in the config) and comparisons use BigInt.

export interface Fraction {
  num: bigint;
  den: bigint;
}

/** The exact fraction of a finite number's shortest decimal representation. */
export function toFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  // String() gives the shortest round-tripping decimal: "2.5", "0.1", "1e-7", "1.5e+21".
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`cannot read ${x} as a decimal`);
  const [, sign = "", whole = "0", frac = "", exp = "0"] = m;
  let num = BigInt(sign + whole + frac);
  let den = 1n;
  const shift = Number(exp) - frac.length;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  return { num, den };
}

/** value >= perDay * days, exactly. */
export function meetsTarget(value: number, perDay: number, days: number): boolean {
  const v = toFraction(value);
  const t = toFraction(perDay);
  const d = toFraction(days);
  // v.num/v.den >= t.num*d.num / (t.den*d.den), all denominators positive.
  return v.num * t.den * d.den >= t.num * d.num * v.den;
}

/**
 * (value / days) / perDay as ONE division of two exact integers, so a person
 * exactly on target scores exactly 1 and the score agrees with meetsTarget.
 */
export function targetRatio(value: number, perDay: number, days: number): number {
  if (perDay <= 0 || days <= 0) throw new RangeError("targetRatio needs perDay > 0 and days > 0");
  const v = toFraction(value);
  const t = toFraction(perDay);
  const d = toFraction(days);
  const a = v.num * t.den * d.den;
  const b = v.den * t.num * d.num;
  if (a === b) return 1;
  const ratio = Number(a) / Number(b);
  // Integers beyond 2^53 lose bits when converted; never let rounding cross 1.
  if (a < b && ratio >= 1) return 1 - Number.EPSILON / 2;
  if (a > b && ratio <= 1) return 1 + Number.EPSILON;
  return ratio;
}
