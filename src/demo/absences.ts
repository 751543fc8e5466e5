// Time off: paid time off for most people (a few days to two weeks), the odd
// sick day, and a parental leave or two long enough to cost a whole quarter.

import type { DemoCalendar } from "./calendar.js";
import { employedWithin, type Member } from "./member.js";
import { type Rng, rngFor } from "./rng.js";

export type AbsenceKind = "pto" | "sick" | "parental_leave";

export interface Absence {
  member: Member;
  from: number;
  to: number;
  kind: AbsenceKind;
}

/** The range covering `workdays` working days from the first working day on or after `from`. */
function block(cal: DemoCalendar, from: number, workdays: number, hi: number): [number, number] {
  let start = from;
  while (start <= hi && !cal.isWorking(start)) start++;
  let end = start;
  let left = workdays - 1;
  while (left > 0 && end < hi) {
    end++;
    if (cal.isWorking(end)) left--;
  }
  return [start, Math.min(end, hi)];
}

function ptoLength(rng: Rng): number {
  const r = rng.next();
  if (r < 0.55) return rng.int(1, 3);
  if (r < 0.85) return 5;
  return 10;
}

function drawFor(rng: Rng, cal: DemoCalendar, member: Member, parental: boolean): Absence[] {
  const span = employedWithin(member, cal.from, cal.to);
  if (!span) return [];
  const [lo, hi] = span;
  const share = (hi - lo + 1) / (cal.to - cal.from + 1);
  const taken: Absence[] = [];
  const tryAdd = (kind: AbsenceKind, start: number, workdays: number): void => {
    const [from, to] = block(cal, start, workdays, hi);
    if (from > hi) return;
    // Keep a day between absences so that they read as separate requests.
    if (taken.some((a) => from <= a.to + 1 && to >= a.from - 1)) return;
    taken.push({ member, from, to, kind });
  };
  if (parental) {
    const start = rng.int(lo, Math.max(lo, Math.min(hi, cal.previous.to - 30)));
    tryAdd("parental_leave", start, rng.int(30, 60));
  }
  const ptos = rng.poisson(1.8 * share);
  for (let i = 0; i < ptos; i++) {
    const length = ptoLength(rng);
    let start = rng.int(lo, hi);
    // A week or two off starts on a Monday.
    if (length >= 5) start -= cal.weekday(start) - 1;
    tryAdd("pto", Math.max(lo, start), length);
  }
  const sick = rng.poisson(0.8 * share);
  for (let i = 0; i < sick; i++) tryAdd("sick", rng.int(lo, hi), rng.int(1, 2));
  return taken.sort((a, b) => a.from - b.from);
}

export function drawAbsences(seed: number, cal: DemoCalendar, members: Member[]): Absence[] {
  // Parental leave goes to people here the whole time, so that it spans a quarter.
  const reps = members.filter(
    (m) =>
      m.stints[0]?.persona !== "manager" &&
      m.start !== null &&
      m.start < cal.from &&
      m.end === null,
  );
  const pick = rngFor(seed, "parental").shuffle([...reps]);
  const parental = new Set(pick.slice(0, Math.max(1, Math.round(members.length / 100))));
  return members.flatMap((m) => drawFor(rngFor(seed, "absences", m.id), cal, m, parental.has(m)));
}
