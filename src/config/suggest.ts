// "Did you mean": the closest candidate by Levenshtein distance, so that a typo
// in uptake.yml is answered with the name that was probably meant.

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate `input` (case-insensitive) most likely meant: the one closest
 * by edit distance when it is at most a third of the input's length away (one
 * edit always allowed), or else the one candidate the input begins ("rev" for
 * "revenue"). Nothing when two candidates are equally likely: a wrong hint is
 * worse than none.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = levenshtein(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance && !best.includes(candidate)) best.push(candidate);
  }
  if (bestDistance <= limit) return best.length === 1 ? best[0] : undefined;
  if (needle.length < 3) return undefined;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(needle));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
