// The demo's output: canonical records in exactly the importer's columns, every
// value a string (or null for an empty field) ready for CSV.

import type { Day, DayRange } from "../core/types.js";
import type { Archetype } from "./traits.js";

export const DEMO_COLUMNS = {
  people: ["person_id", "name", "email", "manager_id", "team", "persona", "start_date", "end_date"],
  roles: ["person_id", "persona", "team", "valid_from", "valid_to"],
  activities: ["event_id", "source", "person_id", "activity_type", "occurred_at", "subject_id"],
  logins: ["person_id", "occurred_at", "source"],
  absences: ["person_id", "from", "to", "kind"],
  opportunities: ["opportunity_id", "owner_id", "amount", "close_date", "is_won"],
  quotas: ["person_id", "from", "to", "amount"],
} as const;

export type DemoKind = keyof typeof DEMO_COLUMNS;

export const DEMO_KINDS = Object.keys(DEMO_COLUMNS) as DemoKind[];

export type DemoRow<K extends DemoKind> = {
  [C in (typeof DEMO_COLUMNS)[K][number]]: string | null;
};

export type PersonRow = DemoRow<"people">;
export type RoleRow = DemoRow<"roles">;
export type ActivityRow = DemoRow<"activities">;
export type LoginRow = DemoRow<"logins">;
export type AbsenceRow = DemoRow<"absences">;
export type OpportunityRow = DemoRow<"opportunities">;
export type QuotaRow = DemoRow<"quotas">;

export type DemoTables = { [K in DemoKind]: DemoRow<K>[] };

/** What the files never show: each person's latent habits, for tests and explanations. */
export interface DemoTruth {
  person_id: string;
  archetype: Archetype;
  /** Expected daily work in the tool as a multiple of the persona's target. */
  propensity: number;
  /** Selling skill apart from the tool (multiplies attainment). */
  talent: number;
  /** Chance of logging in on a working day. */
  login_rate: number;
}

export interface DemoMeta {
  seed: number;
  as_of: Day;
  timezone: string;
  holiday_country: string;
  /** First to last generated day (the day before as_of). */
  span: DayRange;
  /** The quarters covered, oldest first; the last may be the current quarter to date. */
  quarters: DayRange[];
  previous_quarter: DayRange;
  /** Every holiday in the span: US public holidays plus the company's own days. */
  holidays: Day[];
  /** The company's own days off, written to uptake.yml as calendar.holidays.dates. */
  company_holidays: Day[];
  truth: DemoTruth[];
}

export interface DemoData extends DemoTables {
  meta: DemoMeta;
}
