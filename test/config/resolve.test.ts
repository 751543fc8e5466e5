import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { configFromText, defaultConfig } from "../../src/config/load.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("defaults", () => {
  test("defaultConfig is the method's defaults with the database in baseDir", () => {
    expect(defaultConfig("/srv/sales")).toEqual({
      timezone: "UTC",
      fiscal_year_start_month: 1,
      window: { kind: "previous_quarter" },
      calendar: { weekend: [6, 7], holidays: { country: null, dates: [] } },
      eligibility: { ramp_days: 0, min_eligible_days: 10 },
      personas: [
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
      ],
      activity_types: [],
      gap: { metric: "auto", group_fraction: 0.25, min_group_size: 3 },
      privacy: { min_group_size: 5 },
      database: "/srv/sales/uptake.duckdb",
      source: {
        path: null,
        text: "",
        hash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      },
    });
  });

  test("each call gives its own objects", () => {
    const a = defaultConfig("/x");
    a.personas[0]?.targets.push({ activity: "call_logged", per_day: 1, measure: "count" });
    a.calendar.weekend.push(5);
    expect(defaultConfig("/x").personas[0]?.targets).toHaveLength(1);
    expect(defaultConfig("/x").calendar.weekend).toEqual([6, 7]);
  });
});

describe("every key parsed and resolved", () => {
  const text = `timezone: America/New_York
fiscal_year_start_month: 2
window: {from: 2025-02-01, to: 2025-04-30}
calendar:
  weekend: [sun, fri, sat, fri]
  holidays:
    country: de-by
    dates: [2025-12-31, 2025-12-24, 2025-12-31]
eligibility:
  ramp_days: 30
  min_eligible_days: 15
personas:
  bdr:
    label: Business Development
    rule: any
    targets:
      - {activity: call_logged, per_day: 12.5}
      - {activity: linkedin_message_sent, per_day: 4, measure: count}
      - {activity: lead_contacted, per_day: 8, measure: distinct_subjects}
    activities: [email_sent, call_logged]
  ae:
    targets:
      - {activity: meeting_held, per_day: 2}
  enablement:
    label: Enablement
    targets: []
activity_types: [linkedin_message_sent, email_sent, linkedin_message_sent]
gap:
  metric: quota_attainment
  group_fraction: 0.5
  min_group_size: 2
privacy:
  min_group_size: 1
database: data/sales.duckdb
`;

  test("into the Config the rest of uptake reads", () => {
    expect(configFromText(text, { path: "/srv/sales/config/uptake.yml" })).toEqual({
      timezone: "America/New_York",
      fiscal_year_start_month: 2,
      window: { kind: "explicit", from: "2025-02-01", to: "2025-04-30" },
      // Deduplicated and sorted: Friday, Saturday, Sunday.
      calendar: {
        weekend: [5, 6, 7],
        holidays: { country: "DE-BY", dates: ["2025-12-24", "2025-12-31"] },
      },
      eligibility: { ramp_days: 30, min_eligible_days: 15 },
      personas: [
        {
          id: "bdr",
          label: "Business Development",
          rule: "any",
          targets: [
            { activity: "call_logged", per_day: 12.5, measure: "count" },
            { activity: "linkedin_message_sent", per_day: 4, measure: "count" },
            { activity: "lead_contacted", per_day: 8, measure: "distinct_subjects" },
          ],
          // The explicit list first, then scored activities it left out.
          activities: ["email_sent", "call_logged", "linkedin_message_sent", "lead_contacted"],
        },
        {
          id: "ae",
          label: "ae",
          rule: "all",
          targets: [{ activity: "meeting_held", per_day: 2, measure: "count" }],
          activities: ["meeting_held"],
        },
        { id: "enablement", label: "Enablement", rule: "all", targets: [], activities: [] },
      ],
      // Standard types are not custom; duplicates collapse.
      activity_types: ["linkedin_message_sent"],
      gap: { metric: "quota_attainment", group_fraction: 0.5, min_group_size: 2 },
      privacy: { min_group_size: 1 },
      database: "/srv/sales/config/data/sales.duckdb",
      source: { path: "/srv/sales/config/uptake.yml", text, hash: sha256(text) },
    });
  });

  test("other window forms", () => {
    const window = (w: string) => configFromText(`window: ${w}`).window;
    expect(window("previous_quarter")).toEqual({ kind: "previous_quarter" });
    expect(window("quarter_to_date")).toEqual({ kind: "quarter_to_date" });
    expect(window("{trailing_days: 90}")).toEqual({ kind: "trailing_days", days: 90 });
  });

  test("an empty weekend list means a seven-day week", () => {
    expect(configFromText("calendar: {weekend: []}").calendar.weekend).toEqual([]);
    expect(configFromText("calendar: {weekend: [mon, wed]}").calendar.weekend).toEqual([1, 3]);
  });

  test("an explicit null country means no public holidays", () => {
    expect(
      configFromText("calendar: {holidays: {country: null}}").calendar.holidays.country,
    ).toBeNull();
  });
});

describe("database", () => {
  test("relative to the config file's folder, not the working directory", () => {
    const config = configFromText("database: ../shared/u.duckdb\n", {
      path: "/home/ana/team/uptake.yml",
    });
    expect(config.database).toBe("/home/ana/shared/u.duckdb");
  });

  test("beside the config file by default", () => {
    expect(configFromText("", { path: "/home/ana/team/uptake.yml" }).database).toBe(
      "/home/ana/team/uptake.duckdb",
    );
  });

  test("an absolute path is kept", () => {
    expect(
      configFromText("database: /var/lib/uptake/u.duckdb", { path: "/etc/uptake.yml" }).database,
    ).toBe("/var/lib/uptake/u.duckdb");
  });

  test("baseDir overrides the file's folder", () => {
    const config = configFromText("database: u.duckdb", { path: "/a/uptake.yml", baseDir: "/b" });
    expect(config.database).toBe("/b/u.duckdb");
    expect(config.source.path).toBe("/a/uptake.yml");
  });
});

test("problems name the config file", () => {
  expect(() => configFromText("timezone: Mars/Base", { path: "/srv/team.yml" })).toThrow(
    "team.yml has 1 problem",
  );
});

test("a byte order mark is ignored", () => {
  expect(configFromText("\uFEFFtimezone: Europe/Paris\n").timezone).toBe("Europe/Paris");
});
