// "Did you mean" for activity types: typos in exports are common and the fix
// is obvious to a person once the right name is shown.

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest known name within edit distance 2 (after normalising case and separators), or null. */
export function suggest(value: string, known: readonly string[]): string | null {
  const normal = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of known) {
    const distance = levenshtein(normal, name);
    if (distance < bestDistance && distance < name.length) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
