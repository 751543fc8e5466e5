// Closed opportunities: for each quota period, won deals until the quarter's
// attainment is reached (the last one may slip), and lost deals by the person's
// win rate. CSMs close expansion deals without a quota. Deals close on working
// days, more of them as the quarter's end nears.

import { drawAttainment, winRate } from "./attainment.js";
import type { DemoCalendar } from "./calendar.js";
import type { Member } from "./member.js";
import type { Quota } from "./quotas.js";
import { stintWithin } from "./quotas.js";
import type { OpportunityRow } from "./records.js";
import { type Rng, rngFor } from "./rng.js";
import type { Segment } from "./teams.js";

/** Deal sizes, drawn log-uniform between the bounds. */
const DEAL_SIZE: Record<"sdr" | "csm" | Segment, [number, number]> = {
  sdr: [5_000, 30_000],
  csm: [5_000, 40_000],
  enterprise: [30_000, 120_000],
  mid_market: [12_000, 60_000],
  smb: [5_000, 25_000],
};
/** Expansion revenue a CSM is expected to bring in a full quarter. */
const CSM_EXPANSION = 40_000;

interface Target {
  member: Member;
  size: [number, number];
  from: number;
  to: number;
  /** Won revenue aimed at over the whole period. */
  amount: number;
}

function dealAmount(rng: Rng, [lo, hi]: [number, number]): number {
  const raw = rng.logUniform(lo, hi);
  const step = raw < 20_000 ? 100 : 500;
  return Math.min(hi, Math.max(lo, Math.round(raw / step) * step));
}

function targetsOf(cal: DemoCalendar, member: Member, quotas: Quota[], rng: Rng): Target[] {
  const targets: Target[] = quotas.map((q) => ({
    member,
    size: q.stint.persona === "sdr" ? DEAL_SIZE.sdr : DEAL_SIZE[q.stint.team.segment],
    from: q.from,
    to: q.to,
    amount: q.amount * drawAttainment(rng, member.traits, q.ramp),
  }));
  for (const quarter of cal.quarters) {
    for (const stint of member.stints) {
      if (stint.persona !== "csm") continue;
      const within = stintWithin(member, stint, quarter);
      if (!within) continue;
      const [from, to] = within;
      const ramp = member.start !== null && from - member.start < 60;
      const share = (to - from + 1) / (quarter.to - quarter.from + 1);
      const amount = CSM_EXPANSION * share * drawAttainment(rng, member.traits, ramp);
      targets.push({ member, size: DEAL_SIZE.csm, from, to, amount });
    }
  }
  return targets;
}

export function generateOpportunities(
  seed: number,
  cal: DemoCalendar,
  members: Member[],
  quotas: Quota[],
): OpportunityRow[] {
  const byMember = new Map<Member, Quota[]>();
  for (const q of quotas) byMember.set(q.member, [...(byMember.get(q.member) ?? []), q]);
  const rows: OpportunityRow[] = [];
  let seq = 0;
  for (const member of members) {
    const rng = rngFor(seed, "opportunities", member.id);
    for (const target of targetsOf(cal, member, byMember.get(member) ?? [], rng)) {
      const last = Math.min(target.to, cal.to);
      const days = cal.workingDays(target.from, last);
      if (days.length === 0) continue;
      // Only the part of the period already lived has closed deals.
      const wanted = (target.amount * (last - target.from + 1)) / (target.to - target.from + 1);
      const won: number[] = [];
      let sum = 0;
      while (sum < wanted) {
        const amount = dealAmount(rng, target.size);
        won.push(amount);
        sum += amount;
      }
      if (won.length > 0 && rng.chance(0.5)) won.pop(); // the one that slipped to next quarter
      const rate = winRate(member.traits);
      const lost = rng.poisson((Math.max(won.length, 1) * (1 - rate)) / rate);
      const deals = [
        ...won.map((amount) => ({ amount, isWon: true })),
        ...Array.from({ length: lost }, () => ({
          amount: dealAmount(rng, target.size),
          isWon: false,
        })),
      ];
      for (const deal of deals) {
        // u^0.6 leans towards the end of the period: the quarter-end rush.
        const day = days[Math.floor(days.length * rng.next() ** 0.6)] as number;
        seq++;
        rows.push({
          opportunity_id: `OPP-${String(seq).padStart(6, "0")}`,
          owner_id: member.id,
          amount: String(deal.amount),
          close_date: cal.day(day),
          is_won: deal.isWon ? "true" : "false",
        });
      }
    }
  }
  return rows;
}
