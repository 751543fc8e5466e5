// People come, go and move up. The previous quarter (the default window) always
// gets a promotion (SDR to AE: two role rows), a new hire who ramps up and is
// still evaluated, one who starts too late to be, a leaver who leaves too early
// to be evaluated and one who leaves late in it.

import type { DemoCalendar, Quarter } from "./calendar.js";
import type { Member, Stint } from "./member.js";
import type { Org } from "./org.js";
import { type Rng, rngFor } from "./rng.js";
import type { Team } from "./teams.js";

function workingOnOrBefore(cal: DemoCalendar, n: number): number {
  let d = n;
  while (!cal.isWorking(d)) d--;
  return d;
}

/** The quarters other than the previous one that have enough days for a move to matter. */
function otherQuarters(cal: DemoCalendar): Quarter[] {
  return cal.quarters.filter((q) => q !== cal.previous && q.last - q.from >= 20);
}

/** New hires start on a Monday. */
function hire(cal: DemoCalendar, member: Member, day: number): void {
  member.start = Math.max(cal.from + 1, cal.mondayOnOrBefore(day));
}

function leave(cal: DemoCalendar, member: Member, day: number): void {
  member.end = workingOnOrBefore(cal, day);
}

function promote(rng: Rng, org: Org, member: Member, day: number): void {
  const sdrStint = member.stints[0] as Stint;
  const aeTeams = org.teams.filter((t) => t.function === "ae");
  const sameRegion = aeTeams.filter((t) => t.region === sdrStint.team.region);
  const team = rng.pick(sameRegion.length > 0 ? sameRegion : aeTeams) as Team;
  member.stints = [
    { ...sdrStint, to: day - 1 },
    { persona: "ae", team, from: day, to: null },
  ];
}

export function applyMovements(seed: number, cal: DemoCalendar, org: Org): void {
  const rng = rngFor(seed, "movements");
  const prev = cal.previous;
  const reps = org.members.filter((m) => m.stints[0]?.persona !== "manager" && m.start !== null);
  const pool = rng.shuffle([...reps]);
  const take = (predicate: (m: Member) => boolean): Member | null => {
    const i = pool.findIndex(predicate);
    return i < 0 ? null : (pool.splice(i, 1)[0] as Member);
  };

  // Promotions: good SDRs move up, one inside the previous quarter, more earlier.
  const sdrs = reps.filter((m) => m.stints[0]?.persona === "sdr").length;
  const promotions = Math.max(1, Math.round(sdrs / 35));
  for (let i = 0; i < promotions; i++) {
    const member =
      take(
        (m) =>
          m.stints[0]?.persona === "sdr" &&
          m.traits.archetype === "core" &&
          m.traits.propensity >= 0.95,
      ) ?? take((m) => m.stints[0]?.persona === "sdr");
    if (!member) break;
    const earlier = otherQuarters(cal)[0];
    const q = i === 0 || !earlier ? prev : earlier;
    promote(rng, org, member, cal.mondayOnOrBefore(rng.int(q.from + 25, q.to - 25)));
  }

  const ic = reps.length;
  const hiresPrev = Math.max(2, Math.round(ic * 0.035));
  for (let i = 0; i < hiresPrev; i++) {
    const member = take(() => true);
    if (!member) break;
    // First: starts so late that ramp leaves too few days; second: early enough to be evaluated.
    const day =
      i === 0
        ? rng.int(prev.to - 12, prev.to - 4)
        : i === 1
          ? rng.int(prev.from + 4, prev.from + 14)
          : rng.int(prev.from, prev.to - 10);
    hire(cal, member, day);
  }
  const leaversPrev = Math.max(2, Math.round(ic * 0.025));
  for (let i = 0; i < leaversPrev; i++) {
    const member = take((m) => m.stints.length === 1);
    if (!member) break;
    const day =
      i === 0
        ? rng.int(prev.from + 3, prev.from + 12)
        : i === 1
          ? rng.int(prev.to - 20, prev.to - 6)
          : rng.int(prev.from + 14, prev.to - 3);
    leave(cal, member, day);
  }

  const others = otherQuarters(cal);
  if (others.length === 0) return;
  for (let i = 0; i < Math.round(ic * 0.03); i++) {
    const member = take(() => true);
    const q = others[i % others.length] as Quarter;
    if (member) hire(cal, member, rng.int(q.from + 3, q.last - 10));
  }
  for (let i = 0; i < Math.round(ic * 0.02); i++) {
    const member = take((m) => m.stints.length === 1);
    const q = others[i % others.length] as Quarter;
    if (member) leave(cal, member, rng.int(q.from + 10, q.last - 1));
  }
}

/**
 * Close every person's stints on their employment: role rows carry start and
 * end dates. A role row needs a start even when the HR export has none: two
 * years before the span, as a role system would say.
 */
export function boundStints(cal: DemoCalendar, org: Org): void {
  for (const member of org.members) {
    const first = member.stints[0] as Stint;
    const last = member.stints[member.stints.length - 1] as Stint;
    first.from = member.start ?? cal.mondayOnOrBefore(cal.from - 730);
    last.to = member.end;
  }
}
