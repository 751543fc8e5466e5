// Plain-text number formatting for the terminal. Pure, so the output is golden-testable.

export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(digits)}%`;
}

export function num(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "–" : value.toFixed(digits);
}

/** 1234567 -> "1.2M", 45300 -> "45.3k": for sentences, not tables. */
export function money(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${sign}${(abs / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${sign}${(abs / 1e3).toFixed(1)}k`;
  return `${sign}${abs.toFixed(0)}`;
}

/** p-values the way a reader expects: small ones as an inequality. */
export function pValue(p: number | null): string {
  if (p === null) return "–";
  if (p < 0.001) return "p < 0.001";
  return `p = ${p.toFixed(3)}`;
}

/** A score as a share of target, rounded down: 99.6% of target must never read "100%". */
export function scorePct(score: number | null): string {
  return score === null ? "–" : `${Math.floor(score * 100)}%`;
}
