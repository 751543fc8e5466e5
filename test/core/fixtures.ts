// Small hand-built inputs for the core tests: a base method with the four
// default personas and builders for people, roles and daily rows.

import { eachDay, isoWeekday } from "../../src/core/dates.js";
import type {
  AbsenceRecord,
  AssessInput,
  DailyActivity,
  Day,
  MethodConfig,
  PersonaDef,
  PersonRecord,
  QuotaRecord,
  RoleRecord,
} from "../../src/core/types.js";

export const PERSONAS: PersonaDef[] = [
  {
    id: "sdr",
    label: "BDR/SDR",
    rule: "all",
    targets: [{ activity: "email_sent", per_day: 20, measure: "count" }],
    activities: ["email_sent", "call_logged", "lead_contacted"],
  },
  {
    id: "ae",
    label: "Account Executive",
    rule: "all",
    targets: [{ activity: "email_sent", per_day: 10, measure: "count" }],
    activities: ["email_sent", "call_logged", "lead_contacted"],
  },
  {
    id: "manager",
    label: "Sales Manager",
    rule: "all",
    targets: [{ activity: "recording_viewed", per_day: 3, measure: "count" }],
    activities: ["forecast_updated", "recording_viewed"],
  },
  {
    id: "csm",
    label: "Customer Success Manager",
    rule: "all",
    targets: [{ activity: "account_touched", per_day: 5, measure: "distinct_subjects" }],
    activities: ["account_touched"],
  },
];

/** Two working weeks, Monday 2026-03-02 to Friday 2026-03-13 (10 weekdays). */
export const TWO_WEEKS = { kind: "explicit", from: "2026-03-02", to: "2026-03-13" } as const;

export interface MethodOverrides {
  window?: MethodConfig["window"];
  timezone?: string;
  fiscal_year_start_month?: number;
  weekend?: MethodConfig["calendar"]["weekend"];
  country?: string | null;
  holidays?: Day[];
  ramp_days?: number;
  min_eligible_days?: number;
  personas?: PersonaDef[];
  gap?: Partial<MethodConfig["gap"]>;
}

export function method(o: MethodOverrides = {}): MethodConfig {
  return {
    timezone: o.timezone ?? "UTC",
    fiscal_year_start_month: o.fiscal_year_start_month ?? 1,
    window: o.window ?? { ...TWO_WEEKS },
    calendar: {
      weekend: o.weekend ?? [6, 7],
      holidays: { country: o.country ?? null, dates: o.holidays ?? [] },
    },
    eligibility: { ramp_days: o.ramp_days ?? 0, min_eligible_days: o.min_eligible_days ?? 10 },
    personas: o.personas ?? PERSONAS,
    activity_types: [],
    gap: { metric: "auto", group_fraction: 0.25, min_group_size: 3, ...o.gap },
    privacy: { min_group_size: 5 },
  };
}

export function person(id: string, o: Partial<PersonRecord> = {}): PersonRecord {
  return {
    person_id: id,
    name: o.name ?? `Person ${id}`,
    email: o.email ?? `${id}@example.com`,
    manager_id: o.manager_id ?? null,
    team: o.team ?? "east",
    start_date: o.start_date ?? null,
    end_date: o.end_date ?? null,
  };
}

export function role(
  personId: string,
  persona: string,
  validFrom: Day | null = null,
  validTo: Day | null = null,
  team: string | null = null,
): RoleRecord {
  return { person_id: personId, persona, team, valid_from: validFrom, valid_to: validTo };
}

export function absence(personId: string, from: Day, to: Day): AbsenceRecord {
  return { person_id: personId, from, to, kind: "pto" };
}

export function quota(personId: string, from: Day, to: Day, amount: number): QuotaRecord {
  return { person_id: personId, from, to, amount };
}

export function act(
  personId: string,
  day: Day,
  type: string,
  n: number,
  distinctSubjects = n,
): DailyActivity {
  return { person_id: personId, day, activity_type: type, n, distinct_subjects: distinctSubjects };
}

/** Monday..Friday days of an inclusive range. */
export function weekdays(from: Day, to: Day): Day[] {
  return eachDay({ from, to }).filter((d) => isoWeekday(d) <= 5);
}

/** One row of `n` activities of `type` on each given day. */
export function daily(personId: string, days: Day[], type: string, n: number): DailyActivity[] {
  return days.map((d) => act(personId, d, type, n));
}

export function input(parts: Partial<AssessInput> = {}): AssessInput {
  return {
    people: parts.people ?? [],
    roles: parts.roles ?? [],
    absences: parts.absences ?? [],
    activity: parts.activity ?? [],
    logins: parts.logins ?? [],
    revenue: parts.revenue ?? [],
    quotas: parts.quotas ?? [],
  };
}

/** as_of for the fixtures' explicit windows: explicit windows ignore it. */
export const AS_OF = "2026-04-01";
