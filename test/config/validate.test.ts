import { describe, expect, test } from "vitest";
import { checkSpec, formatProblems, validateSpec } from "../../src/config/validate.js";
import { InputError } from "../../src/errors.js";

/** The InputError that validating `text` throws (fails the test if none). */
function problemsOf(text: string, file?: string): InputError {
  try {
    validateSpec(text, file);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected the config to be rejected");
}

const lines = (text: string, file?: string) =>
  formatProblems(problemsOf(text, file).problems).split("\n");

describe("validateSpec reports every problem at once", () => {
  const text = `timezon: UTC
timezone: Mars/Base
fiscal_year_start_month: 13
window: last_quarter
calendar:
  weekend: [satuday, sun]
eligibility:
  ramp_days: -3
personas:
  sdr:
    targets:
      - activity: email_snt
        per_day: twenty
`;

  test("with exact paths, expected and received values, suggestions and lines", () => {
    const error = problemsOf(text);
    expect(error.message).toBe("uptake.yml has 8 problems");
    expect(error.exitCode).toBe(2);
    expect(error.total).toBe(8);
    expect(error.problems).toEqual([
      { location: "timezon", message: 'unknown key; did you mean "timezone"? (line 1)' },
      {
        location: "timezone",
        message:
          'expected an IANA time zone name such as Europe/Berlin or UTC, got "Mars/Base" (line 2)',
      },
      {
        location: "fiscal_year_start_month",
        message: "expected an integer from 1 to 12, got 13 (line 3)",
      },
      {
        location: "window",
        message:
          'expected previous_quarter, quarter_to_date, {trailing_days: N} or {from: YYYY-MM-DD, to: YYYY-MM-DD}, got "last_quarter" (line 4)',
      },
      {
        location: "calendar.weekend[0]",
        message:
          'expected a day name: mon, tue, wed, thu, fri, sat, sun, got "satuday"; did you mean "sat"? (line 6)',
      },
      { location: "eligibility.ramp_days", message: "expected an integer >= 0, got -3 (line 8)" },
      {
        location: "personas.sdr.targets[0].activity",
        message:
          'expected a standard activity type or one declared in activity_types, got "email_snt"; did you mean "email_sent"? (line 12)',
      },
      {
        location: "personas.sdr.targets[0].per_day",
        message: 'expected a number > 0, got "twenty" (line 13)',
      },
    ]);
  });

  test("formatProblems prints them as path: message", () => {
    expect(lines(text)[7]).toBe(
      'personas.sdr.targets[0].per_day: expected a number > 0, got "twenty" (line 13)',
    );
  });

  test("names the file it was given", () => {
    expect(problemsOf("fiscal_year_start_month: 0\n", "team.yml").message).toBe(
      "team.yml has 1 problem",
    );
  });

  test("checkSpec gives the same problems without lines, and no spec", () => {
    const { spec, problems } = checkSpec({
      gap: { group_fraction: 0.6 },
      privacy: { min_group_size: 0 },
    });
    expect(spec).toBeNull();
    expect(problems).toEqual([
      { path: ["gap", "group_fraction"], message: "expected a number > 0 and <= 0.5, got 0.6" },
      { path: ["privacy", "min_group_size"], message: "expected an integer >= 1, got 0" },
    ]);
  });
});

describe("YAML syntax", () => {
  test("errors are located at file:line:col", () => {
    const error = problemsOf("timezone: UTC\nwindow: [1, 2\ngap: {}\n");
    expect(error.message).toBe("uptake.yml is not valid YAML (1 problem)");
    expect(error.problems).toEqual([
      {
        location: "uptake.yml:3:1",
        message: "Flow sequence in block collection must be sufficiently indented and end with a ]",
      },
    ]);
  });

  test("a duplicated key is a syntax error at its second occurrence", () => {
    expect(problemsOf("timezone: UTC\n\ntimezone: Europe/Paris\n", "a.yml").problems).toEqual([
      { location: "a.yml:3:1", message: "Map keys must be unique" },
    ]);
  });

  test("a second document is refused", () => {
    expect(problemsOf("timezone: UTC\n---\ntimezone: UTC\n").problems).toEqual([
      { location: "uptake.yml:2:1", message: "expected one YAML document, got a second one (---)" },
    ]);
  });

  test("an alias without its anchor is reported, not thrown raw", () => {
    const error = problemsOf("timezone: *zone\n");
    expect(error.problems[0]?.location).toBe("uptake.yml");
    expect(error.problems[0]?.message).toMatch(/Unresolved alias/);
  });

  test("the file must be a mapping", () => {
    expect(lines("- timezone: UTC\n")).toEqual([
      'uptake.yml: expected a mapping of settings such as timezone: UTC, got [{"timezone":"UTC"}] (line 1)',
    ]);
  });
});

describe("window", () => {
  const cases: [string, string][] = [
    [
      "window: {trailing_days: 0}",
      "window.trailing_days: expected an integer >= 1, got 0 (line 1)",
    ],
    [
      "window: {trailing_days: 7.5}",
      "window.trailing_days: expected an integer >= 1, got 7.5 (line 1)",
    ],
    [
      "window: {trailing_day: 30}",
      'window: expected previous_quarter, quarter_to_date, {trailing_days: N} or {from: YYYY-MM-DD, to: YYYY-MM-DD}, got {"trailing_day":30}; did you mean "trailing_days"? (line 1)',
    ],
    [
      "window: previous_quater",
      'window: expected previous_quarter, quarter_to_date, {trailing_days: N} or {from: YYYY-MM-DD, to: YYYY-MM-DD}, got "previous_quater"; did you mean "previous_quarter"? (line 1)',
    ],
    [
      "window: {from: 2025-03-01, to: 2025-01-31}",
      'window.to: expected a date on or after window.from, got "2025-01-31" (line 1)',
    ],
    [
      "window:\n  from: 2025-02-29\n  to: 2025-03-31",
      'window.from: expected a real date YYYY-MM-DD, got "2025-02-29" (line 2)',
    ],
    [
      "window: {from: 2025-01-01}",
      "window.to: expected a real date YYYY-MM-DD, but it is missing (line 1)",
    ],
  ];
  test.each(cases)("%s", (text, problem) => {
    expect(lines(text)).toEqual([problem]);
  });

  test("valid forms", () => {
    expect(validateSpec("window: quarter_to_date").window).toBe("quarter_to_date");
    expect(validateSpec("window: {trailing_days: 30}").window).toEqual({ trailing_days: 30 });
    expect(validateSpec("window: {from: 2024-02-29, to: 2024-02-29}").window).toEqual({
      from: "2024-02-29",
      to: "2024-02-29",
    });
  });
});

describe("unknown keys", () => {
  test("a close key is suggested at any depth", () => {
    expect(lines("personas:\n  sdr:\n    target: []\ngap: {metrc: revenue}\n")).toEqual([
      'personas.sdr.target: unknown key; did you mean "targets"? (line 3)',
      'gap.metrc: unknown key; did you mean "metric"? (line 4)',
    ]);
  });

  test("a key at the wrong level is pointed to where it belongs", () => {
    expect(lines("weekend: [sat]\n")).toEqual([
      'weekend: unknown key; did you mean "calendar.weekend"? (line 1)',
    ]);
  });

  test("without a close key, the allowed keys are listed", () => {
    expect(lines("eligibility:\n  tenure: 3\n")).toEqual([
      "eligibility.tenure: unknown key; expected one of ramp_days, min_eligible_days (line 2)",
    ]);
  });
});

describe("personas", () => {
  test("ids must be lowercase snake_case", () => {
    expect(lines("personas:\n  sdr: {}\n  SDR Team: {}\n")).toEqual([
      'personas["SDR Team"]: expected a persona id in lowercase snake_case such as sdr or account_exec, got "SDR Team"; did you mean "sdr_team"? (line 3)',
    ]);
  });

  test("at least one persona; an empty mapping or nothing is refused", () => {
    expect(lines("personas: {}")).toEqual([
      "personas: expected at least one persona, got {} (line 1)",
    ]);
    expect(lines("personas:\n")).toEqual([
      "personas: expected a mapping of persona id to persona, got null (line 1)",
    ]);
  });

  test("a persona without targets is allowed", () => {
    const spec = validateSpec("personas:\n  observer: {label: Observer}\n  admin: {targets: []}\n");
    expect(spec.personas).toEqual({
      observer: { label: "Observer", rule: "all", targets: [] },
      admin: { rule: "all", targets: [] },
    });
  });

  test("target fields: missing activity, bad measure and rule, infinite per_day", () => {
    const text = `personas:
  sdr:
    rule: most
    targets:
      - per_day: .inf
      - {activity: call_logged, per_day: 2, measure: distinct}
`;
    expect(lines(text)).toEqual([
      'personas.sdr.rule: expected all or any, got "most" (line 3)',
      "personas.sdr.targets[0].activity: expected an activity type in lowercase snake_case such as email_sent, but it is missing (line 5)",
      "personas.sdr.targets[0].per_day: expected a number > 0, got Infinity (line 5)",
      'personas.sdr.targets[1].measure: expected count or distinct_subjects, got "distinct"; did you mean "distinct_subjects"? (line 6)',
    ]);
  });

  test("one target per activity and measure", () => {
    const text = `personas:
  sdr:
    targets:
      - {activity: email_sent, per_day: 20}
      - {activity: email_sent, per_day: 5, measure: distinct_subjects}
      - {activity: email_sent, per_day: 10, measure: count}
`;
    expect(lines(text)).toEqual([
      "personas.sdr.targets[2]: expected one target per activity and measure, got a second email_sent (count) target; the first is targets[0] (line 6)",
    ]);
  });
});

describe("activity types", () => {
  const persona = (activity: string) =>
    `personas:\n  sdr:\n    targets: [{activity: ${activity}, per_day: 1}]\n    activities: [${activity}, meeting_held]\n`;

  test("a declared custom type may be targeted and listed", () => {
    const spec = validateSpec(
      `activity_types: [linkedin_message_sent]\n${persona("linkedin_message_sent")}`,
    );
    expect(spec.personas.sdr?.targets).toEqual([
      { activity: "linkedin_message_sent", per_day: 1, measure: "count" },
    ]);
  });

  test("an undeclared one is a problem in targets and in activities", () => {
    const expected = "expected a standard activity type or one declared in activity_types";
    expect(lines(persona("linkedin_message_sent"))).toEqual([
      `personas.sdr.targets[0].activity: ${expected}, got "linkedin_message_sent" (line 3)`,
      `personas.sdr.activities[0]: ${expected}, got "linkedin_message_sent" (line 4)`,
    ]);
  });

  test("a close declared type is suggested too", () => {
    expect(lines(`activity_types: [demo_booked]\n${persona("demo_boked")}`)[0]).toBe(
      'personas.sdr.targets[0].activity: expected a standard activity type or one declared in activity_types, got "demo_boked"; did you mean "demo_booked"? (line 4)',
    );
  });

  test("custom names must be snake_case", () => {
    expect(lines("activity_types: [Demo Booked]\n")).toEqual([
      'activity_types[0]: expected an activity type in lowercase snake_case such as email_sent, got "Demo Booked" (line 1)',
    ]);
  });
});

describe("calendar", () => {
  test("the week keeps a working day", () => {
    expect(lines("calendar: {weekend: [mon, tue, wed, thu, fri, sat, sun]}")).toEqual([
      'calendar.weekend: expected at most 6 weekend days, so that the week keeps a working day, got ["mon","tue","wed","thu","fri","sat","sun"] (line 1)',
    ]);
  });

  test("holiday countries and regions are checked against the holiday calendar", () => {
    expect(lines("calendar:\n  holidays:\n    country: UK\n")).toEqual([
      'calendar.holidays.country: expected a country code the holiday calendar knows, such as US, GB or DE-BY, got "UK"; did you mean "GB"? (line 3)',
    ]);
    expect(lines("calendar: {holidays: {country: DE-BZ}}")).toEqual([
      'calendar.holidays.country: expected a subdivision of DE the holiday calendar knows (BB, BE, BW, BY, HB, HE, HH, MV, NI, NW, RP, SH, SL, SN, ST, TH), got "DE-BZ" (line 1)',
    ]);
    expect(lines("calendar: {holidays: {country: United States}}")).toEqual([
      'calendar.holidays.country: expected a country code such as US, GB or DE-BY, got "United States" (line 1)',
    ]);
    expect(validateSpec("calendar: {holidays: {country: GB-SCT}}").calendar.holidays.country).toBe(
      "GB-SCT",
    );
  });

  test("holiday dates are real dates", () => {
    expect(
      lines("calendar:\n  holidays:\n    dates: [2025-12-24, 2025-13-01, 20251231]\n"),
    ).toEqual([
      'calendar.holidays.dates[1]: expected a real date YYYY-MM-DD, got "2025-13-01" (line 3)',
      "calendar.holidays.dates[2]: expected a real date YYYY-MM-DD, got 20251231 (line 3)",
    ]);
  });
});

describe("numbers", () => {
  test("bounds of every numeric setting", () => {
    const text = `eligibility: {ramp_days: 1.5, min_eligible_days: 0}
gap: {metric: rev, group_fraction: 0, min_group_size: 1}
privacy: {min_group_size: "5"}
`;
    expect(lines(text)).toEqual([
      "eligibility.ramp_days: expected an integer >= 0, got 1.5 (line 1)",
      "eligibility.min_eligible_days: expected an integer >= 1, got 0 (line 1)",
      'gap.metric: expected auto, revenue or quota_attainment, got "rev"; did you mean "revenue"? (line 2)',
      "gap.group_fraction: expected a number > 0 and <= 0.5, got 0 (line 2)",
      "gap.min_group_size: expected an integer >= 2, got 1 (line 2)",
      'privacy.min_group_size: expected an integer >= 1, got "5" (line 3)',
    ]);
  });

  test("a close time zone is suggested", () => {
    expect(lines("timezone: Europe/Berln")).toEqual([
      'timezone: expected an IANA time zone name such as Europe/Berlin or UTC, got "Europe/Berln"; did you mean "Europe/Berlin"? (line 1)',
    ]);
  });

  test("an offset is not a time zone", () => {
    expect(lines('timezone: "+01:00"')).toEqual([
      'timezone: expected an IANA time zone name such as Europe/Berlin or UTC, got "+01:00" (line 1)',
    ]);
  });
});

describe("empty files", () => {
  test("an empty file or only comments validate to the defaults", () => {
    expect(validateSpec("")).toEqual(validateSpec("# nothing here\n"));
    expect(validateSpec("").timezone).toBe("UTC");
    expect(Object.keys(validateSpec("").personas)).toEqual(["sdr", "ae", "manager", "csm"]);
  });
});
