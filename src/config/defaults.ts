// The values uptake uses when uptake.yml leaves a key out. The schema applies
// them, the template writes them out, and the tests hold all three together.

import type { Measure, Rule } from "../core/types.js";

/** A persona as written in uptake.yml (label and activities may be left out). */
export interface PersonaSpecDefault {
  label: string;
  rule: Rule;
  targets: { activity: string; per_day: number; measure: Measure }[];
  activities: string[];
}

const SELLING = ["email_sent", "call_logged", "lead_contacted"];

/** The method's four personas, in the order reports list them. */
export function defaultPersonas(): Record<string, PersonaSpecDefault> {
  return {
    sdr: {
      label: "BDR/SDR",
      rule: "all",
      targets: [{ activity: "email_sent", per_day: 20, measure: "count" }],
      activities: [...SELLING],
    },
    ae: {
      label: "Account Executive",
      rule: "all",
      targets: [{ activity: "email_sent", per_day: 10, measure: "count" }],
      activities: [...SELLING],
    },
    manager: {
      label: "Sales Manager",
      rule: "all",
      targets: [{ activity: "recording_viewed", per_day: 3, measure: "count" }],
      activities: ["forecast_updated", "recording_viewed"],
    },
    csm: {
      label: "Customer Success Manager",
      rule: "all",
      targets: [{ activity: "account_touched", per_day: 5, measure: "distinct_subjects" }],
      activities: ["account_touched"],
    },
  };
}

export const DEFAULTS = {
  timezone: "UTC",
  fiscal_year_start_month: 1,
  window: "previous_quarter",
  weekend: ["sat", "sun"],
  ramp_days: 0,
  min_eligible_days: 10,
  gap_metric: "auto",
  gap_group_fraction: 0.25,
  gap_min_group_size: 3,
  privacy_min_group_size: 5,
  /** Beside the config file (or in the working directory when there is none). */
  database: "uptake.duckdb",
} as const;

/** The config file looked for when no path is given. */
export const DEFAULT_CONFIG_FILE = "uptake.yml";
