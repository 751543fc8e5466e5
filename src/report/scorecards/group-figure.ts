// A figure about a group of people, shown to someone outside the group only
// when the group covers at least privacy.min_group_size people (DESIGN.md,
// "Carrot, not stick"). Otherwise the page says it is withheld and why, so a
// missing number never looks like a zero.

export type GroupFigure<T> =
  | { status: "shown"; people: number; value: T }
  /** Too few people to show without pointing at someone. */
  | { status: "withheld"; people: number; reason: string }
  /** The figure does not exist (no gap, no team): nothing to withhold. */
  | { status: "unavailable"; reason: string };

export function privacyFloor(minGroupSize: number): number {
  // A figure about nobody is not a figure: the floor is at least one person.
  return Math.max(1, minGroupSize);
}

export function guarded<T>(people: number, min: number, value: () => T): GroupFigure<T> {
  const floor = privacyFloor(min);
  if (people >= floor) return { status: "shown", people, value: value() };
  return { status: "withheld", people, reason: `fewer than ${floor} people` };
}

export function unavailable<T>(reason: string): GroupFigure<T> {
  return { status: "unavailable", reason };
}
