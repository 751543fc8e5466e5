// Quarterly quotas for SDRs (revenue they sourced) and AEs (revenue they closed),
// prorated over the part of the quarter a person held the role, halved in a
// new hire's first quarter. CSMs and managers carry none.

import type { DemoCalendar, Quarter } from "./calendar.js";
import type { Member, Stint } from "./member.js";
import type { QuotaRow } from "./records.js";
import { rngFor } from "./rng.js";
import type { Segment } from "./teams.js";

export interface Quota {
  member: Member;
  stint: Stint;
  quarter: Quarter;
  from: number;
  to: number;
  amount: number;
  /** The first quarter after starting: lower quota, lower attainment. */
  ramp: boolean;
}

const SDR_QUOTA = 90_000;
const AE_QUOTA: Record<Segment, number> = {
  enterprise: 450_000,
  mid_market: 300_000,
  smb: 180_000,
};
/** Quotas go up a little every quarter. */
const GROWTH = [0.95, 1, 1.05];
const RAMP_WINDOW = 60;

/** The part of a quarter in which the person held the stint, or null. */
export function stintWithin(member: Member, stint: Stint, q: Quarter): [number, number] | null {
  const bounds = [q.from, stint.from, member.start].filter((n): n is number => n !== null);
  const ends = [q.to, stint.to, member.end].filter((n): n is number => n !== null);
  const lo = Math.max(...bounds);
  const hi = Math.min(...ends);
  return lo <= hi ? [lo, hi] : null;
}

export function drawQuotas(seed: number, cal: DemoCalendar, members: Member[]): Quota[] {
  const quotas: Quota[] = [];
  for (const member of members) {
    const rng = rngFor(seed, "quotas", member.id);
    const personal = rng.uniform(0.9, 1.1);
    cal.quarters.forEach((quarter, qi) => {
      for (const stint of member.stints) {
        if (stint.persona !== "sdr" && stint.persona !== "ae") continue;
        const within = stintWithin(member, stint, quarter);
        if (!within) continue;
        const [from, to] = within;
        const ramp = member.start !== null && from - member.start < RAMP_WINDOW;
        const base = stint.persona === "sdr" ? SDR_QUOTA : AE_QUOTA[stint.team.segment];
        const share = (to - from + 1) / (quarter.to - quarter.from + 1);
        const amount =
          Math.round((base * personal * (GROWTH[qi] ?? 1) * share * (ramp ? 0.5 : 1)) / 1000) *
          1000;
        if (amount > 0) quotas.push({ member, stint, quarter, from, to, amount, ramp });
      }
    });
  }
  return quotas;
}

export function quotaRows(cal: DemoCalendar, quotas: Quota[]): QuotaRow[] {
  return quotas.map((q) => ({
    person_id: q.member.id,
    from: cal.day(q.from),
    to: cal.day(q.to),
    amount: String(q.amount),
  }));
}
