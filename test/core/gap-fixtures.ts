// Hand-built PersonResult and MethodConfig fixtures for the gap and flag tests.
import type {
  MethodConfig,
  PersonaDef,
  PersonResult,
  Status,
  TargetResult,
} from "../../src/core/types.js";
import { method as baseMethod } from "./fixtures.js";

export const AE: PersonaDef = {
  id: "ae",
  label: "Account Executive",
  rule: "all",
  targets: [{ activity: "email_sent", per_day: 10, measure: "count" }],
  activities: ["email_sent", "call_logged", "lead_contacted"],
};

export const SDR: PersonaDef = {
  id: "sdr",
  label: "BDR/SDR",
  rule: "all",
  targets: [
    { activity: "email_sent", per_day: 20, measure: "count" },
    { activity: "call_logged", per_day: 5, measure: "count" },
  ],
  activities: ["email_sent", "call_logged", "lead_contacted"],
};

export const NO_TARGETS: PersonaDef = {
  id: "partner",
  label: "Partner manager",
  rule: "all",
  targets: [],
  activities: [],
};

export function method(
  personas: PersonaDef[],
  gap: Partial<MethodConfig["gap"]> = {},
): MethodConfig {
  return baseMethod({ personas, gap, window: { kind: "previous_quarter" } });
}

export interface PersonSpec {
  id: string;
  persona: string;
  score: number | null;
  revenue?: number;
  quota?: number | null;
  /** per_day of each target, in the persona's target order. */
  perDay?: number[];
  status?: Status;
}

export function person(s: PersonSpec): PersonResult {
  const quota = s.quota ?? null;
  const revenue = s.revenue ?? 0;
  const status: Status =
    s.status ?? (s.score === null ? "insufficient_days" : s.score >= 1 ? "adopted" : "not_adopted");
  const activities = ["email_sent", "call_logged"];
  const targets: TargetResult[] = (s.perDay ?? []).map((pd, i) => ({
    activity: activities[i] as string,
    measure: "count",
    value: pd * 60,
    per_day: pd,
    target: i === 0 ? 10 : 5,
    met: status === "adopted",
  }));
  return {
    person_id: s.id,
    name: s.id.toUpperCase(),
    team: null,
    manager_id: null,
    persona: s.persona,
    status,
    eligible_days: 60,
    score: s.score,
    login_days: 40,
    regular_user: true,
    targets,
    revenue,
    quota,
    quota_attainment: quota !== null && quota > 0 ? revenue / quota : null,
  };
}
