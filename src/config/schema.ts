// The shape of uptake.yml as a zod schema: the one source for validation,
// defaults and the JSON Schema that editors use. Every message is the
// "expected ..." half of a problem; validate.ts adds what came instead.
// Checks that need the whole file (activity names, holiday regions) live in
// checks.ts, so that they run even when other parts of the file are wrong.

import * as z from "zod";
import { DEFAULTS, defaultPersonas } from "./defaults.js";
import { isTimeZone } from "./timezone.js";

export const SNAKE_CASE = /^[a-z][a-z0-9_]*$/;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const WINDOW_KEYWORDS = ["previous_quarter", "quarter_to_date"] as const;
/** ISO 3166 country code, optionally with a state and region: US, GB, DE-BY, DE-BY-A. */
export const COUNTRY_CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3}){0,2}$/;

export const MESSAGES = {
  activity: "expected an activity type in lowercase snake_case such as email_sent",
  date: "expected a real date YYYY-MM-DD",
  weekday: `expected a day name: ${WEEKDAYS.join(", ")}`,
  window:
    "expected previous_quarter, quarter_to_date, {trailing_days: N} or {from: YYYY-MM-DD, to: YYYY-MM-DD}",
  personaId: "expected a persona id in lowercase snake_case such as sdr or account_exec",
} as const;

const expected = (message: string) => ({ error: message });

function integer(min: number, max?: number) {
  const message =
    max === undefined
      ? `expected an integer >= ${min}`
      : `expected an integer from ${min} to ${max}`;
  const atLeast = z.int(expected(message)).min(min, expected(message));
  return max === undefined ? atLeast : atLeast.max(max, expected(message));
}

const mapping = (keys: string) => expected(`expected a mapping with the keys ${keys}`);
const isDate = (value: unknown) => z.iso.date().safeParse(value).success;

const date = z.iso.date(expected(MESSAGES.date));
const activity = z
  .string(expected(MESSAGES.activity))
  .regex(SNAKE_CASE, expected(MESSAGES.activity));

const windowSchema = z
  .union(
    [
      z.enum(WINDOW_KEYWORDS, expected(MESSAGES.window)),
      z.strictObject({ trailing_days: integer(1) }),
      z
        .strictObject({ from: date, to: date })
        .refine((w) => !isDate(w.from) || !isDate(w.to) || w.from <= w.to, {
          path: ["to"],
          error: "expected a date on or after window.from",
        }),
    ],
    expected(MESSAGES.window),
  )
  .default(DEFAULTS.window)
  .describe(
    "The days assessed: the last complete fiscal quarter, the current quarter so far, the N days before as_of, or explicit dates.",
  );

const calendarSchema = z
  .strictObject(
    {
      weekend: z
        .array(
          z.enum(WEEKDAYS, expected(MESSAGES.weekday)),
          expected("expected a list of day names such as [sat, sun]"),
        )
        .refine((days) => new Set(days).size < 7, {
          error: "expected at most 6 weekend days, so that the week keeps a working day",
        })
        .default(() => [...DEFAULTS.weekend])
        .describe("Days of the week that are not working days."),
      holidays: z
        .strictObject(
          {
            country: z
              .string(expected("expected a country code such as US, GB or DE-BY"))
              .regex(COUNTRY_CODE, expected("expected a country code such as US, GB or DE-BY"))
              .nullable()
              .optional()
              .describe(
                "ISO country code with an optional state and region (US, GB, DE-BY, DE-BY-A): its public holidays.",
              ),
            dates: z
              .array(date, expected("expected a list of dates YYYY-MM-DD"))
              .default(() => [])
              .describe("Further non-working days, YYYY-MM-DD."),
          },
          mapping("country, dates"),
        )
        .prefault({}),
    },
    mapping("weekend, holidays"),
  )
  .prefault({});

const eligibilitySchema = z
  .strictObject(
    {
      ramp_days: integer(0)
        .default(DEFAULTS.ramp_days)
        .describe("Days after a person's start date before their days count."),
      min_eligible_days: integer(1)
        .default(DEFAULTS.min_eligible_days)
        .describe("Eligible days a person needs in the window to be evaluated."),
    },
    mapping("ramp_days, min_eligible_days"),
  )
  .prefault({});

const perDay = "expected a number > 0";

const targetSchema = z.strictObject(
  {
    activity: activity.describe("The activity type counted."),
    per_day: z
      .number(expected(perDay))
      .gt(0, expected(perDay))
      .describe("Target per eligible day; may be fractional."),
    measure: z
      .enum(["count", "distinct_subjects"], expected("expected count or distinct_subjects"))
      .default("count")
      .describe("count: activities; distinct_subjects: distinct leads/accounts per day, summed."),
  },
  mapping("activity, per_day, measure"),
);

const personaSchema = z.strictObject(
  {
    label: z
      .string(expected("expected a label text"))
      .min(1, expected("expected a label text"))
      .optional()
      .describe("Name shown in reports (default: the id)."),
    rule: z
      .enum(["all", "any"], expected("expected all or any"))
      .default("all")
      .describe("all: every target must be met; any: one is enough."),
    targets: z
      .array(targetSchema, expected("expected a list of targets {activity, per_day, measure}"))
      .default(() => [])
      .describe("Daily targets. None: the persona is shown but not scored (no_definition)."),
    activities: z
      .array(activity, expected("expected a list of activity types"))
      .optional()
      .describe(
        "Activity types that count as work for the persona, shown not scored (default: the targets' activities).",
      ),
  },
  mapping("label, rule, targets, activities"),
);

const personasSchema = z
  .record(
    z.string().regex(SNAKE_CASE, expected(MESSAGES.personaId)),
    personaSchema,
    expected("expected a mapping of persona id to persona"),
  )
  .refine((personas) => Object.keys(personas).length > 0, {
    error: "expected at least one persona",
  })
  .default(defaultPersonas)
  .describe("User groups, each with its own adoption definition, in report order.");

const gapSchema = z
  .strictObject(
    {
      metric: z
        .enum(
          ["auto", "revenue", "quota_attainment"],
          expected("expected auto, revenue or quota_attainment"),
        )
        .default(DEFAULTS.gap_metric)
        .describe("Outcome compared; auto: quota_attainment where quotas exist, else revenue."),
      group_fraction: z
        .number(expected("expected a number > 0 and <= 0.5"))
        .gt(0, expected("expected a number > 0 and <= 0.5"))
        .max(0.5, expected("expected a number > 0 and <= 0.5"))
        .default(DEFAULTS.gap_group_fraction)
        .describe("Share of people in each of the top and bottom groups."),
      min_group_size: integer(2)
        .default(DEFAULTS.gap_min_group_size)
        .describe("Smallest group for which the gap is computed."),
    },
    mapping("metric, group_fraction, min_group_size"),
  )
  .prefault({});

const privacySchema = z
  .strictObject(
    {
      min_group_size: integer(1)
        .default(DEFAULTS.privacy_min_group_size)
        .describe("Smallest group a figure may cover when shown to someone outside it."),
    },
    mapping("min_group_size"),
  )
  .prefault({});

export const specSchema = z.strictObject(
  {
    timezone: z
      .string(expected("expected an IANA time zone name such as Europe/Berlin or UTC"))
      .refine(isTimeZone, {
        error: "expected an IANA time zone name such as Europe/Berlin or UTC",
        params: { suggest: "timezone" },
      })
      .default(DEFAULTS.timezone)
      .describe("The organisation's time zone: instants become days in it."),
    fiscal_year_start_month: integer(1, 12)
      .default(DEFAULTS.fiscal_year_start_month)
      .describe("Month (1-12) in which the fiscal year starts."),
    window: windowSchema,
    calendar: calendarSchema,
    eligibility: eligibilitySchema,
    personas: personasSchema,
    activity_types: z
      .array(activity, expected("expected a list of activity types"))
      .default(() => [])
      .describe("Custom activity types, beyond the standard ones, that targets may name."),
    gap: gapSchema,
    privacy: privacySchema,
    database: z
      .string(expected("expected a file path such as uptake.duckdb"))
      .min(1, expected("expected a file path such as uptake.duckdb"))
      .optional()
      .describe("The DuckDB file, relative to this file's folder (default: uptake.duckdb)."),
  },
  expected("expected a mapping of settings such as timezone: UTC"),
);

/** uptake.yml as written. */
export type SpecInput = z.input<typeof specSchema>;
/** uptake.yml validated, with defaults filled in. */
export type Spec = z.output<typeof specSchema>;
