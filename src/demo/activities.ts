// Activities, person by person and day by day: a Poisson count around the
// person's habit for each activity of their persona that day, each at a time in
// their region's working hours, written as a UTC instant.

import {
  ACTIVITY_MIX,
  CSM_TOUCH,
  EVENT_PREFIX,
  NO_SUBJECT_SHARE,
  NO_SUBJECT_SHARE_CSM,
} from "./activity-mix.js";
import type { DemoCalendar } from "./calendar.js";
import { utcInstant, workSecond } from "./clock.js";
import { dayLevel } from "./day-level.js";
import { type Member, type Stint, stintOn } from "./member.js";
import type { ActivityRow } from "./records.js";
import { type Rng, rngFor } from "./rng.js";
import { accountBook, subjectId } from "./subjects.js";
import { REGION_HOURS } from "./teams.js";

interface Work {
  second: number;
  type: string;
  source: string;
  subject: string | null;
}

export interface ActivityOutput {
  records: ActivityRow[];
  /** Per person (by index), per span day: 1 when they did any work in the tool. */
  activeDays: Uint8Array[];
}

function sellingWork(
  rng: Rng,
  member: Member,
  stint: Stint,
  level: number,
  weekday: number,
  people: number,
): Work[] {
  const mix = ACTIVITY_MIX[stint.persona as "sdr" | "ae" | "manager"];
  const p = member.traits.propensity;
  const hours = REGION_HOURS[stint.team.region];
  const work: Work[] = [];
  for (const entry of mix) {
    const habit = entry.primary ? p : Math.sqrt(Math.min(p, 2));
    const count = rng.poisson(entry.perDay * habit * level * (entry.weekday?.[weekday] ?? 1));
    for (let i = 0; i < count; i++) {
      const subject = rng.chance(NO_SUBJECT_SHARE)
        ? null
        : subjectId(rng, entry.subject, member, people);
      work.push({
        second: workSecond(rng, hours),
        type: entry.type,
        source: entry.source,
        subject,
      });
    }
  }
  return work;
}

function csmWork(rng: Rng, member: Member, stint: Stint, level: number, book: string[]): Work[] {
  const hours = REGION_HOURS[stint.team.region];
  const distinct = Math.min(
    book.length,
    rng.poisson(CSM_TOUCH.perDay * member.traits.propensity * level),
  );
  // A partial shuffle picks `distinct` different accounts of the book.
  for (let i = 0; i < distinct; i++) {
    const j = i + Math.floor(rng.next() * (book.length - i));
    const tmp = book[i] as string;
    book[i] = book[j] as string;
    book[j] = tmp;
  }
  const work: Work[] = [];
  for (let i = 0; i < distinct; i++) {
    const account = rng.chance(NO_SUBJECT_SHARE_CSM) ? null : (book[i] as string);
    const touches = rng.chance(CSM_TOUCH.secondTouch) ? 2 : 1;
    for (let t = 0; t < touches; t++) {
      work.push({
        second: workSecond(rng, hours),
        type: CSM_TOUCH.type,
        source: CSM_TOUCH.source,
        subject: account,
      });
    }
  }
  return work;
}

export function generateActivities(
  seed: number,
  cal: DemoCalendar,
  members: Member[],
  absent: Uint8Array[],
): ActivityOutput {
  const records: ActivityRow[] = [];
  const activeDays: Uint8Array[] = [];
  const length = cal.to - cal.from + 1;
  const mid = Math.floor((cal.from + cal.to) / 2);
  let seq = 0;
  for (const member of members) {
    const rng = rngFor(seed, "activities", member.id);
    const active = new Uint8Array(length);
    activeDays.push(active);
    const away = absent[member.index] as Uint8Array;
    const book = member.stints.some((s) => s.persona === "csm") ? accountBook(rng, member) : [];
    for (let n = cal.from; n <= cal.to; n++) {
      const stint = stintOn(member, n);
      if (!stint) continue;
      const level = dayLevel(rng, cal, member, n, away[n - cal.from] === 1, mid);
      if (level === 0) continue;
      const work =
        stint.persona === "csm"
          ? csmWork(rng, member, stint, level, book)
          : sellingWork(rng, member, stint, level, cal.weekday(n), members.length);
      if (work.length === 0) continue;
      active[n - cal.from] = 1;
      work.sort((a, b) => a.second - b.second);
      for (const w of work) {
        seq++;
        records.push({
          event_id: `${EVENT_PREFIX[w.source]}-${String(seq).padStart(8, "0")}`,
          source: w.source,
          person_id: member.id,
          activity_type: w.type,
          occurred_at: utcInstant(cal, n, w.second),
          subject_id: w.subject,
        });
      }
    }
  }
  return { records, activeDays };
}
