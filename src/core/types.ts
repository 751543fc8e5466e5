// Plain data that flows through the pure core. Days are ISO dates "YYYY-MM-DD"
// in the organisation's time zone: string comparison orders them correctly.

export type Day = string;

export const STANDARD_ACTIVITY_TYPES = [
  "email_sent",
  "call_logged",
  "lead_contacted",
  "forecast_updated",
  "recording_viewed",
  "account_touched",
  "meeting_held",
] as const;

export type Measure = "count" | "distinct_subjects";
export type Rule = "all" | "any";
export type GapMetric = "revenue" | "quota_attainment";

// ---- method configuration (the resolved, validated domain object) ----

export interface TargetDef {
  activity: string;
  /** Target per eligible day, > 0. May be fractional (2.5); compared exactly. */
  per_day: number;
  measure: Measure;
}

export interface PersonaDef {
  id: string;
  label: string;
  rule: Rule;
  targets: TargetDef[];
  /** Activity types that count as work for this persona (shown, not scored). */
  activities: string[];
}

export type WindowSpec =
  | { kind: "previous_quarter" }
  | { kind: "quarter_to_date" }
  | { kind: "trailing_days"; days: number }
  | { kind: "explicit"; from: Day; to: Day };

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface MethodConfig {
  timezone: string;
  fiscal_year_start_month: number;
  window: WindowSpec;
  calendar: {
    weekend: IsoWeekday[];
    holidays: { country: string | null; dates: Day[] };
  };
  eligibility: { ramp_days: number; min_eligible_days: number };
  personas: PersonaDef[];
  /** Declared custom activity types (lowercase snake_case), beyond the standard ones. */
  activity_types: string[];
  gap: { metric: "auto" | GapMetric; group_fraction: number; min_group_size: number };
  privacy: { min_group_size: number };
}

// ---- inputs: what the engine hands the core (aggregates, never raw events) ----

export interface PersonRecord {
  person_id: string;
  name: string;
  email: string | null;
  manager_id: string | null;
  team: string | null;
  start_date: Day | null;
  end_date: Day | null;
}

/** Effective-dated persona. Bounds are inclusive; null means open. */
export interface RoleRecord {
  person_id: string;
  persona: string;
  team: string | null;
  valid_from: Day | null;
  valid_to: Day | null;
}

export interface AbsenceRecord {
  person_id: string;
  from: Day;
  to: Day;
  kind: string;
}

/** One row of the daily rollup: (person, day, activity type). */
export interface DailyActivity {
  person_id: string;
  day: Day;
  activity_type: string;
  n: number;
  distinct_subjects: number;
}

/** A day on which the person logged in at least once. */
export interface LoginDay {
  person_id: string;
  day: Day;
}

/** Won opportunity amounts summed by owner and close day. */
export interface RevenueDay {
  person_id: string;
  day: Day;
  amount: number;
}

export interface QuotaRecord {
  person_id: string;
  from: Day;
  to: Day;
  amount: number;
}

export interface AssessInput {
  people: PersonRecord[];
  /** Already merged: a person without imported roles has one role from people.persona. */
  roles: RoleRecord[];
  absences: AbsenceRecord[];
  activity: DailyActivity[];
  logins: LoginDay[];
  revenue: RevenueDay[];
  quotas: QuotaRecord[];
}

// ---- outputs: the public result of `assess` (printed by `assess --json`) ----

export interface DayRange {
  from: Day;
  to: Day;
}

export type Status = "adopted" | "not_adopted" | "insufficient_days" | "no_definition";

export interface TargetResult {
  activity: string;
  measure: Measure;
  /** The measure over the window (count, or sum of daily distinct subjects). */
  value: number;
  /** value / eligible_days; null when there are no eligible days. */
  per_day: number | null;
  target: number;
  /** Exact comparison value >= target * eligible_days; null when not evaluated. */
  met: boolean | null;
}

export interface PersonResult {
  person_id: string;
  name: string;
  team: string | null;
  manager_id: string | null;
  persona: string;
  status: Status;
  eligible_days: number;
  /** min (rule all) or max (rule any) of per_day / target; null unless evaluated. */
  score: number | null;
  /** Eligible days with at least one login. */
  login_days: number;
  /** Logged in on at least half of the eligible days. */
  regular_user: boolean;
  targets: TargetResult[];
  /** Won revenue with close date in the window (whole window, all personas). */
  revenue: number;
  /** Prorated quota in the window; null when the person has no quota row overlapping it. */
  quota: number | null;
  /** revenue / quota when quota > 0, else null. */
  quota_attainment: number | null;
}

export interface GroupSummary {
  people: number;
  evaluated: number;
  adopted: number;
  /** adopted / evaluated; null when nobody is evaluated. */
  adoption_rate: number | null;
  /** Mean daily login rate over working days with at least one person present. */
  login_rate: number | null;
  /** Regular users who were evaluated and not adopted. */
  logged_in_not_adopted: number;
}

export interface PersonaSummary extends GroupSummary {
  persona: string;
  label: string;
}

export interface GapGroup {
  person_ids: string[];
  mean: number;
  median: number;
  /** Mean per-day value of the persona's first target over the group. */
  per_day: number;
}

export interface GapResult {
  persona: string;
  computed: boolean;
  /** People compared (evaluated, with an outcome). */
  n: number;
  k: number;
  reason?: string;
  metric: GapMetric | null;
  /** The activity of the persona's first target, which per_day refers to. */
  activity: string | null;
  top: GapGroup | null;
  bottom: GapGroup | null;
  /** mean(top) - mean(bottom) */
  difference: number | null;
  ci95: [number, number] | null;
  p_value: number | null;
  spearman_rho: number | null;
  /** k * (mean revenue of top - mean revenue of bottom) */
  revenue_opportunity: number | null;
}

export interface QualityFlag {
  person_id: string;
  persona: string;
  score: number;
  metric: GapMetric;
  outcome: number;
  persona_median: number;
}

export interface Assessment {
  as_of: Day;
  window: DayRange;
  timezone: string;
  overall: GroupSummary;
  personas: PersonaSummary[];
  people: PersonResult[];
  gap: GapResult[];
  flags: QualityFlag[];
}

// ---- explain: one person, every day accounted for ----

export type IneligibleReason =
  | "before_start"
  | "after_end"
  | "other_persona"
  | "weekend"
  | "holiday"
  | "ramp"
  | "absence";

export interface PersonaExplanation {
  persona: string;
  label: string;
  status: Status;
  eligible_days: number;
  /** Every day of the window that was not eligible, grouped by its (first) reason. */
  ineligible: Record<IneligibleReason, Day[]>;
  targets: TargetResult[];
  score: number | null;
  rule: "all" | "any";
  min_eligible_days: number;
  login_days: number;
  regular_user: boolean;
}

export interface Explanation {
  as_of: Day;
  window: DayRange;
  person: PersonRecord;
  personas: PersonaExplanation[];
}
