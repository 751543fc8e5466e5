// People, role and absence rows from the generator's members: the people file
// shows each person's current team, persona and manager; the roles file their
// history, one row per stint.

import type { Absence } from "./absences.js";
import type { DemoCalendar } from "./calendar.js";
import { currentStint, type Member } from "./member.js";
import { managerIdOf, type Org } from "./org.js";
import type { AbsenceRow, PersonRow, RoleRow } from "./records.js";

function day(cal: DemoCalendar, n: number | null): string | null {
  return n === null ? null : cal.day(n);
}

export function peopleRows(cal: DemoCalendar, org: Org): PersonRow[] {
  return org.members.map((m) => {
    const stint = currentStint(m);
    return {
      person_id: m.id,
      name: m.name,
      email: m.email,
      manager_id: managerIdOf(m, stint.team, org.vp),
      team: stint.team.name,
      persona: stint.persona,
      start_date: day(cal, m.start),
      end_date: day(cal, m.end),
    };
  });
}

export function roleRows(cal: DemoCalendar, members: Member[]): RoleRow[] {
  return members.flatMap((m) =>
    m.stints.map((s) => ({
      person_id: m.id,
      persona: s.persona,
      team: s.team.name,
      valid_from: day(cal, s.from),
      valid_to: day(cal, s.to),
    })),
  );
}

export function absenceRows(cal: DemoCalendar, absences: Absence[]): AbsenceRow[] {
  return absences.map((a) => ({
    person_id: a.member.id,
    from: cal.day(a.from),
    to: cal.day(a.to),
    kind: a.kind,
  }));
}

/** Per person (by index), per span day: 1 when absent. */
export function absenceMask(
  cal: DemoCalendar,
  members: Member[],
  absences: Absence[],
): Uint8Array[] {
  const masks = members.map(() => new Uint8Array(cal.to - cal.from + 1));
  for (const a of absences) {
    const mask = masks[a.member.index] as Uint8Array;
    for (let n = a.from; n <= a.to; n++) mask[n - cal.from] = 1;
  }
  return masks;
}
