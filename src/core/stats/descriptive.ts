// Descriptive statistics. Empty input is a caller bug (the gap never asks for
// the mean of an empty group), so it throws instead of returning NaN that would
// silently reach a report.

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("mean of no values");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // Odd length: the middle value; even: the mean of the two middle values.
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Sample variance (denominator n - 1), as Welch's interval needs. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) throw new RangeError("sample variance needs at least two values");
  const m = mean(values);
  // Two-pass on deviations: stable for large amounts with small spread.
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss / (values.length - 1);
}
