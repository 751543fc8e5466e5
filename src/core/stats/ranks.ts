// Ranks shared by Mann-Whitney and Spearman. Ties are exact equality, as in
// scipy.stats.rankdata: two outcomes are tied only when they are the same number.

/** 1-based ranks; tied values share the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number])
      j++;
    // Positions i..j (0-based) hold ranks i+1..j+1; their mean is (i+j)/2 + 1.
    const rank = (i + j) / 2 + 1;
    for (let p = i; p <= j; p++) ranks[order[p] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Sizes of the groups of tied values (groups of one included). */
export function tieSizes(values: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.values()];
}
