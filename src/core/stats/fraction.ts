// k = floor(n * group_fraction) must be the floor a person computes by hand:
// in binary floating point 100 * 0.29 is 28.999999999999996 and would floor to
// 28. The fraction comes from a decimal config value, so it is read back as the
// shortest decimal that round-trips (String(f)) and the arithmetic is done on
// integers.

interface Ratio {
  num: bigint;
  den: bigint;
}

function decimalRatio(f: number): Ratio {
  if (!(f > 0) || !Number.isFinite(f)) throw new RangeError(`fraction must be > 0, got ${f}`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(f));
  if (!m) throw new RangeError(`cannot read ${f} as a decimal`);
  const frac = m[2] ?? "";
  const exp = Number(m[3] ?? "0") - frac.length;
  const digits = BigInt(`${m[1]}${frac}`);
  return exp >= 0
    ? { num: digits * 10n ** BigInt(exp), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exp) };
}

/** floor(n * f), exact for the decimal value of f. */
export function floorFraction(n: number, f: number): number {
  const { num, den } = decimalRatio(f);
  return Number((BigInt(n) * num) / den);
}

/** The smallest n with floor(n * f) >= k, i.e. ceil(k / f), exact. */
export function minCountForGroup(k: number, f: number): number {
  const { num, den } = decimalRatio(f);
  return Number((BigInt(k) * den + num - 1n) / num);
}
