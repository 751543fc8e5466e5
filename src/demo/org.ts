// The organisation: a VP, one manager per team, and the reps spread over SDR, AE
// and CS teams. Everyone starts as a veteran here; movements.ts then turns some
// into new hires, leavers and promotions.

import type { DemoCalendar } from "./calendar.js";
import type { Member } from "./member.js";
import { drawNames } from "./names.js";
import { rngFor } from "./rng.js";
import {
  LEADERSHIP_TEAM,
  type Persona,
  type Team,
  type TeamFunction,
  teamCounts,
  teamSpec,
} from "./teams.js";
import { drawTraits, type Traits } from "./traits.js";

export const MIN_PEOPLE = 20;

export interface Org {
  members: Member[];
  teams: Team[];
  vp: Member;
}

/** sdr ~35%, ae ~35%, manager ~10% (a VP plus one per team, at least four), csm ~20%. */
export function headcounts(people: number): Record<Persona, number> {
  const manager = Math.max(4, Math.round(people * 0.1));
  const csm = Math.round(people * 0.2);
  const sdr = Math.round(people * 0.35);
  return { sdr, ae: people - manager - csm - sdr, manager, csm };
}

export function buildOrg(seed: number, people: number, cal: DemoCalendar): Org {
  const heads = headcounts(people);
  const rng = rngFor(seed, "org");
  const names = drawNames(rngFor(seed, "names"), people);
  const width = Math.max(4, String(people).length);
  const traits: Record<Persona, Traits[]> = {
    sdr: drawTraits(rngFor(seed, "traits", "sdr"), "sdr", heads.sdr),
    ae: drawTraits(rngFor(seed, "traits", "ae"), "ae", heads.ae),
    manager: drawTraits(rngFor(seed, "traits", "manager"), "manager", heads.manager),
    csm: drawTraits(rngFor(seed, "traits", "csm"), "csm", heads.csm),
  };
  const used: Record<Persona, number> = { sdr: 0, ae: 0, manager: 0, csm: 0 };
  const members: Member[] = [];
  const add = (persona: Persona, team: Team): Member => {
    const index = members.length;
    const { name, email } = names[index] as { name: string; email: string };
    // Most have been here a while; fewer the longer ago.
    const tenure = Math.floor(20 + 1800 * rng.next() ** 1.6);
    const member: Member = {
      index,
      id: `P${String(index + 1).padStart(width, "0")}`,
      name,
      email,
      start:
        persona !== "manager" && rng.chance(0.04) ? null : cal.mondayOnOrBefore(cal.from - tenure),
      end: null,
      stints: [{ persona, team, from: null, to: null }],
      traits: traits[persona][used[persona]++] as Traits,
    };
    members.push(member);
    return member;
  };

  const leadership: Team = {
    name: LEADERSHIP_TEAM,
    region: "na_east",
    segment: "enterprise",
    function: "leadership",
    managerId: null,
  };
  const vp = add("manager", leadership);
  leadership.managerId = vp.id;

  const counts = teamCounts(heads.manager - 1, { sdr: heads.sdr, ae: heads.ae, csm: heads.csm });
  const teams: Team[] = [leadership];
  const byFunction: Record<TeamFunction, Team[]> = { sdr: [], ae: [], csm: [] };
  for (const fn of ["sdr", "ae", "csm"] as const) {
    for (let i = 0; i < counts[fn]; i++) {
      const team: Team = { ...teamSpec(fn, i), function: fn, managerId: null };
      team.managerId = add("manager", team).id;
      teams.push(team);
      byFunction[fn].push(team);
    }
  }

  // Reps in a shuffled order, so that ids do not group by persona.
  const reps = rng.shuffle([
    ...Array<TeamFunction>(heads.sdr).fill("sdr"),
    ...Array<TeamFunction>(heads.ae).fill("ae"),
    ...Array<TeamFunction>(heads.csm).fill("csm"),
  ]);
  const seats: Record<TeamFunction, number> = { sdr: 0, ae: 0, csm: 0 };
  for (const fn of reps) {
    const list = byFunction[fn];
    add(fn, list[seats[fn]++ % list.length] as Team);
  }
  // Everyone gets stint bounds from their employment once movements are known.
  return { members, teams, vp };
}

/** A person's manager: their team's manager; a team manager's is the VP; the VP has none. */
export function managerIdOf(member: Member, team: Team, vp: Member): string | null {
  if (member.id === vp.id) return null;
  return team.managerId === member.id ? vp.id : team.managerId;
}
