// A demo person as the generator sees them: day numbers rather than strings,
// role stints rather than rows, and the latent traits the files never show.

import type { Persona, Team } from "./teams.js";
import type { Traits } from "./traits.js";

/** A stretch of time in one persona and team; null bounds are open. */
export interface Stint {
  persona: Persona;
  team: Team;
  from: number | null;
  to: number | null;
}

export interface Member {
  index: number;
  id: string;
  name: string;
  email: string;
  /** Day numbers, inclusive; null start: the HR export does not say. */
  start: number | null;
  end: number | null;
  /** In time order, not overlapping: one, or two after a promotion. */
  stints: Stint[];
  traits: Traits;
}

/** The stint held on day n, or null when not employed then. */
export function stintOn(member: Member, n: number): Stint | null {
  if (member.start !== null && n < member.start) return null;
  if (member.end !== null && n > member.end) return null;
  for (const stint of member.stints) {
    if ((stint.from === null || n >= stint.from) && (stint.to === null || n <= stint.to)) {
      return stint;
    }
  }
  return null;
}

export function currentStint(member: Member): Stint {
  return member.stints[member.stints.length - 1] as Stint;
}

/** Days employed within [from, to], as an inclusive range, or null. */
export function employedWithin(member: Member, from: number, to: number): [number, number] | null {
  const lo = member.start === null ? from : Math.max(from, member.start);
  const hi = member.end === null ? to : Math.min(to, member.end);
  return lo <= hi ? [lo, hi] : null;
}
