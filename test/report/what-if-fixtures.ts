// Hand-built assessments for the what-if tests: six AEs with round numbers.
import type {
  Assessment,
  GapResult,
  MethodConfig,
  PersonaDef,
  PersonResult,
  TargetResult,
} from "../../src/core/types.js";
import { method as baseMethod } from "../core/fixtures.js";

export const AE: PersonaDef = {
  id: "ae",
  label: "Account Executive",
  rule: "all",
  targets: [{ activity: "email_sent", per_day: 10, measure: "count" }],
  activities: ["email_sent", "call_logged"],
};

export function method(personas: PersonaDef[], minGroup = 2): MethodConfig {
  return baseMethod({
    personas,
    window: { kind: "explicit", from: "2024-01-01", to: "2024-01-14" },
    gap: { min_group_size: minGroup },
  });
}

export interface Spec {
  id: string;
  /** One value per target of the persona, over `days` eligible days. */
  values: number[];
  revenue: number;
  quota?: number | null;
  days?: number;
  status?: PersonResult["status"];
}

export function person(def: PersonaDef, s: Spec): PersonResult {
  const days = s.days ?? 20;
  const targets: TargetResult[] = def.targets.map((t, i) => {
    const value = s.values[i] ?? 0;
    return {
      activity: t.activity,
      measure: t.measure,
      value,
      per_day: value / days,
      target: t.per_day,
      met: value >= t.per_day * days,
    };
  });
  const met = def.rule === "all" ? targets.every((t) => t.met) : targets.some((t) => t.met);
  const quota = s.quota ?? null;
  return {
    person_id: s.id,
    name: s.id.toUpperCase(),
    team: null,
    manager_id: null,
    persona: def.id,
    status: s.status ?? (met ? "adopted" : "not_adopted"),
    eligible_days: days,
    score: 1,
    login_days: 0,
    regular_user: false,
    targets,
    revenue: s.revenue,
    quota,
    quota_attainment: quota ? s.revenue / quota : null,
  };
}

export function assessment(people: PersonResult[], gap: Partial<GapResult>[] = []): Assessment {
  return {
    as_of: "2024-02-01",
    window: { from: "2024-01-01", to: "2024-01-14" },
    timezone: "UTC",
    overall: {
      people: 0,
      evaluated: 0,
      adopted: 0,
      adoption_rate: null,
      login_rate: null,
      logged_in_not_adopted: 0,
    },
    personas: [],
    people,
    gap: gap as GapResult[],
    flags: [],
  };
}

// Six AEs over 20 eligible days, revenue as the outcome (nobody has a quota).
// Per day: 15, 12, 10, 7.5, 5, 2.
export const SIX = [
  { id: "p1", values: [300], revenue: 5000 },
  { id: "p2", values: [240], revenue: 4000 },
  { id: "p3", values: [200], revenue: 2500 },
  { id: "p4", values: [150], revenue: 1000 },
  { id: "p5", values: [100], revenue: 2000 },
  { id: "p6", values: [40], revenue: 0 },
].map((s) => person(AE, s));
