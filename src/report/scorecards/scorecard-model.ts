// What one person's scorecard shows, as plain data: their own numbers against
// target, how far they are from it, their weekly trend, and what people in
// their role achieve, in anonymous form. It holds no other person's name or id:
// the top and bottom groups are reduced to counts and means here, before any
// HTML is written.

import type {
  Assessment,
  Day,
  DayRange,
  GapMetric,
  GapResult,
  MethodConfig,
  PersonResult,
  Rule,
  Status,
  TargetResult,
} from "../../core/types.js";
import { type GroupFigure, guarded, unavailable } from "./group-figure.js";

export interface TargetLine extends TargetResult {
  /** More per day that reach the target, rounded up to 0.1; null when met or not evaluated. */
  more_per_day: number | null;
}

/** One ISO week of the person's trend, their per-day value over its eligible days. */
export interface TrendWeek {
  /** "2026-W05" */
  week: string;
  /** The week's days, clipped to the trend's range. */
  from: Day;
  to: Day;
  /** The persona's first target per eligible day; null when the week had no eligible day. */
  per_day: number | null;
  /** Whether that week's numbers met the persona's rule; null without an eligible day. */
  at_target: boolean | null;
  /** Whether the week overlaps the assessed window (else it is from the window before). */
  in_window: boolean;
}

export interface PersonaTrend {
  activity: string;
  target: number;
  weeks: TrendWeek[];
}

export interface GapFigures {
  metric: GapMetric;
  activity: string | null;
  /** People in each of the top and bottom groups. */
  k: number;
  /** People compared. */
  n: number;
  top: { per_day: number; mean: number };
  bottom: { per_day: number; mean: number };
}

export interface AdoptionFigures {
  adopted: number;
  evaluated: number;
  rate: number;
}

export interface PeerFigures {
  gap: GroupFigure<GapFigures>;
  persona_adoption: GroupFigure<AdoptionFigures>;
  team_adoption: GroupFigure<AdoptionFigures & { team: string }>;
}

export interface PersonaCard {
  persona: string;
  label: string;
  rule: Rule;
  status: Status;
  eligible_days: number;
  min_eligible_days: number;
  score: number | null;
  targets: TargetLine[];
  /** The metric the persona's gap uses, so the person's own outcome reads the same way. */
  metric: GapMetric | null;
  trend: PersonaTrend | null;
  peers: PeerFigures;
}

export interface ScorecardModel {
  person_id: string;
  name: string;
  team: string | null;
  as_of: Day;
  window: DayRange;
  revenue: number;
  quota: number | null;
  quota_attainment: number | null;
  cards: PersonaCard[];
}

export interface ScorecardSources {
  assessment: Assessment;
  method: MethodConfig;
  /** The person's weekly trend per persona (absent: no trend shown). */
  trends?: ReadonlyMap<string, PersonaTrend>;
}

/**
 * (target * days - value) / days, rounded up to one decimal: a rep who does
 * exactly the shown amount more reaches the target, never falls just short.
 */
export function morePerDay(t: TargetResult, eligibleDays: number): number | null {
  if (t.met !== false || eligibleDays <= 0) return null;
  const short = (t.target * eligibleDays - t.value) / eligibleDays;
  return Math.ceil(Number((short * 10).toPrecision(12))) / 10;
}

const evaluated = (p: PersonResult) => p.status === "adopted" || p.status === "not_adopted";

function adoption(people: readonly PersonResult[]): AdoptionFigures {
  const ev = people.filter(evaluated);
  const adopted = ev.filter((p) => p.status === "adopted").length;
  return { adopted, evaluated: ev.length, rate: ev.length > 0 ? adopted / ev.length : 0 };
}

function gapFigure(gap: GapResult | undefined, min: number): GroupFigure<GapFigures> {
  if (!gap) return unavailable("no Adoption Gap for this role");
  if (!gap.computed || !gap.top || !gap.bottom || gap.metric === null) {
    return unavailable(gap.reason ?? "the Adoption Gap could not be computed");
  }
  const { top, bottom, metric } = gap;
  return guarded(gap.k, min, () => ({
    metric,
    activity: gap.activity,
    k: gap.k,
    n: gap.n,
    top: { per_day: top.per_day, mean: top.mean },
    bottom: { per_day: bottom.per_day, mean: bottom.mean },
  }));
}

function peers(result: PersonResult, a: Assessment, min: number): PeerFigures {
  const role = a.people.filter((p) => p.persona === result.persona);
  const personaAdoption = adoption(role);
  const team = result.team;
  const teamRole = team === null ? [] : role.filter((p) => p.team === team);
  const teamAdoption = adoption(teamRole);
  return {
    gap: gapFigure(
      a.gap.find((g) => g.persona === result.persona),
      min,
    ),
    persona_adoption: guarded(personaAdoption.evaluated, min, () => personaAdoption),
    team_adoption:
      team === null
        ? unavailable("no team on record")
        : guarded(teamAdoption.evaluated, min, () => ({ ...teamAdoption, team })),
  };
}

function card(result: PersonResult, src: ScorecardSources): PersonaCard {
  const { assessment: a, method } = src;
  const def = method.personas.find((p) => p.id === result.persona);
  const summaryLabel = a.personas.find((p) => p.persona === result.persona)?.label;
  return {
    persona: result.persona,
    label: def?.label ?? summaryLabel ?? result.persona,
    rule: def?.rule ?? "all",
    status: result.status,
    eligible_days: result.eligible_days,
    min_eligible_days: method.eligibility.min_eligible_days,
    score: result.score,
    targets: result.targets.map((t) => ({
      ...t,
      more_per_day: morePerDay(t, result.eligible_days),
    })),
    metric: a.gap.find((g) => g.persona === result.persona)?.metric ?? null,
    trend: src.trends?.get(result.persona) ?? null,
    peers: peers(result, a, method.privacy.min_group_size),
  };
}

/** The scorecard of one person: every persona they held in the window, in assessment order. */
export function buildScorecard(personId: string, src: ScorecardSources): ScorecardModel {
  const results = src.assessment.people.filter((p) => p.person_id === personId);
  const first = results[0];
  if (first === undefined) throw new Error(`no assessment entry for person ${personId}`);
  return {
    person_id: personId,
    name: first.name,
    // Each persona entry carries its own team; the header shows the first known.
    team: results.find((r) => r.team !== null)?.team ?? null,
    as_of: src.assessment.as_of,
    window: src.assessment.window,
    // Outcomes are per person over the whole window, the same in every entry.
    revenue: first.revenue,
    quota: first.quota,
    quota_attainment: first.quota_attainment,
    cards: results.map((r) => card(r, src)),
  };
}
