import { describe, expect, it } from "vitest";
import { assessCore } from "../../src/core/assess.js";
import type { PersonaDef, PersonResult } from "../../src/core/types.js";
import { UsageError } from "../../src/errors.js";
import {
  AS_OF,
  absence,
  act,
  daily,
  input,
  method,
  PERSONAS,
  person,
  role,
  TWO_WEEKS,
  weekdays,
} from "./fixtures.js";

const TEN = weekdays(TWO_WEEKS.from, TWO_WEEKS.to); // 10 weekdays, 2026-03-02 .. 2026-03-13
const FOUR_WEEKS = { kind: "explicit", from: "2026-03-02", to: "2026-03-27" } as const; // 20 weekdays
const TWENTY = weekdays(FOUR_WEEKS.from, FOUR_WEEKS.to);

function byKey(people: PersonResult[]): Record<string, PersonResult> {
  return Object.fromEntries(people.map((p) => [`${p.person_id}/${p.persona}`, p]));
}

describe("who is adopted", () => {
  const result = assessCore(
    input({
      people: ["s1", "s2", "s3"].map((id) => person(id)),
      roles: ["s1", "s2", "s3"].map((id) => role(id, "sdr")),
      activity: [
        ...daily("s1", TEN, "email_sent", 20),
        // one email short over the window
        ...daily("s2", TEN.slice(1), "email_sent", 20),
        act("s2", TEN[0] ?? "", "email_sent", 19),
        // 19 a day plus 10 on Saturday: weekend work counts, the weekend is not eligible
        ...daily("s3", TEN, "email_sent", 19),
        act("s3", "2026-03-07", "email_sent", 10),
        // other types and days outside W do not count
        act("s2", "2026-03-03", "call_logged", 50),
        act("s2", "2026-03-16", "email_sent", 50),
      ],
    }),
    method(),
    AS_OF,
  );
  const p = byKey(result.people);

  it("adopts someone exactly on target with a score of exactly 1", () => {
    expect(p["s1/sdr"]).toMatchObject({ status: "adopted", eligible_days: 10, score: 1 });
    expect(p["s1/sdr"]?.targets).toEqual([
      { activity: "email_sent", measure: "count", value: 200, per_day: 20, target: 20, met: true },
    ]);
  });

  it("does not adopt someone one activity short", () => {
    expect(p["s2/sdr"]).toMatchObject({ status: "not_adopted", eligible_days: 10, score: 0.995 });
    expect(p["s2/sdr"]?.targets[0]).toMatchObject({ value: 199, per_day: 19.9, met: false });
  });

  it("counts weekend work in the measure but not the weekend as an eligible day", () => {
    expect(p["s3/sdr"]).toMatchObject({ status: "adopted", eligible_days: 10, score: 1 });
    expect(p["s3/sdr"]?.targets[0]?.value).toBe(200);
  });

  it("summarises the persona and overall", () => {
    const sdr = result.personas.find((s) => s.persona === "sdr");
    expect(sdr).toMatchObject({ label: "BDR/SDR", people: 3, evaluated: 3, adopted: 2 });
    expect(sdr?.adoption_rate).toBe(2 / 3);
    expect(result.personas.map((s) => s.persona)).toEqual(["sdr", "ae", "manager", "csm"]);
    expect(result.personas.find((s) => s.persona === "ae")).toMatchObject({
      people: 0,
      evaluated: 0,
      adoption_rate: null,
      login_rate: null,
    });
    expect(result.window).toEqual({ from: "2026-03-02", to: "2026-03-13" });
    expect(result.as_of).toBe(AS_OF);
    expect(result.timezone).toBe("UTC");
  });
});

describe("fractional targets", () => {
  const FIFTY = weekdays("2026-03-02", "2026-05-08"); // 10 weeks, 50 weekdays
  const personas: PersonaDef[] = [
    {
      id: "drift",
      label: "1.1",
      rule: "all",
      targets: [{ activity: "meeting_held", per_day: 1.1, measure: "count" }],
      activities: [],
    },
    {
      id: "half",
      label: "2.5",
      rule: "all",
      targets: [{ activity: "call_logged", per_day: 2.5, measure: "count" }],
      activities: [],
    },
    {
      id: "tenth",
      label: "0.1",
      rule: "all",
      targets: [{ activity: "forecast_updated", per_day: 0.1, measure: "count" }],
      activities: [],
    },
  ];
  const spread = (id: string, type: string, total: number) =>
    FIFTY.map((d, i) =>
      act(id, d, type, Math.floor(((i + 1) * total) / 50) - Math.floor((i * total) / 50)),
    );
  const result = assessCore(
    input({
      people: ["d1", "d2", "h1", "h2", "t1", "t2"].map((id) => person(id)),
      roles: [
        role("d1", "drift"),
        role("d2", "drift"),
        role("h1", "half"),
        role("h2", "half"),
        role("t1", "tenth"),
        role("t2", "tenth"),
      ],
      activity: [
        ...spread("d1", "meeting_held", 55), // 1.1 * 50 is 55.00000000000001 in floating point
        ...spread("d2", "meeting_held", 54),
        ...spread("h1", "call_logged", 125),
        ...spread("h2", "call_logged", 124),
        ...spread("t1", "forecast_updated", 5),
        ...spread("t2", "forecast_updated", 4),
      ],
    }),
    method({ personas, window: { kind: "explicit", from: "2026-03-02", to: "2026-05-08" } }),
    AS_OF,
  );
  const p = byKey(result.people);

  it("scores exactly 1 on target and just below when one short", () => {
    expect(p["d1/drift"]).toMatchObject({ eligible_days: 50, status: "adopted", score: 1 });
    expect(p["d2/drift"]).toMatchObject({ status: "not_adopted", score: 54 / 55 });
    expect(p["h1/half"]).toMatchObject({ status: "adopted", score: 1 });
    expect(p["h2/half"]).toMatchObject({ status: "not_adopted", score: 0.992 });
    expect(p["t1/tenth"]).toMatchObject({ status: "adopted", score: 1 });
    expect(p["t1/tenth"]?.targets[0]).toMatchObject({ value: 5, per_day: 0.1, met: true });
    expect(p["t2/tenth"]).toMatchObject({ status: "not_adopted", score: 0.8 });
  });
});

describe("rules all and any", () => {
  const two = (rule: "all" | "any"): PersonaDef => ({
    id: rule,
    label: rule,
    rule,
    targets: [
      { activity: "email_sent", per_day: 20, measure: "count" },
      { activity: "call_logged", per_day: 5, measure: "count" },
    ],
    activities: [],
  });
  const result = assessCore(
    input({
      people: [person("x"), person("y")],
      roles: [role("x", "all"), role("y", "any")],
      activity: ["x", "y"].flatMap((id) => [
        ...daily(id, TEN, "email_sent", 20),
        ...daily(id, TEN, "call_logged", 1),
      ]),
    }),
    method({ personas: [two("all"), two("any")] }),
    AS_OF,
  );
  const p = byKey(result.people);

  it("all: every target must be met, score is the minimum", () => {
    expect(p["x/all"]).toMatchObject({ status: "not_adopted", score: 0.2 });
    expect(p["x/all"]?.targets.map((t) => t.met)).toEqual([true, false]);
  });

  it("any: one met target is enough, score is the maximum", () => {
    expect(p["y/any"]).toMatchObject({ status: "adopted", score: 1 });
  });
});

describe("distinct subjects", () => {
  it("sums each day's distinct accounts, not the number of touches", () => {
    const result = assessCore(
      input({
        people: [person("c1"), person("c2")],
        roles: [role("c1", "csm"), role("c2", "csm")],
        activity: [
          ...TEN.map((d) => act("c1", d, "account_touched", 8, 5)),
          ...TEN.map((d) => act("c2", d, "account_touched", 12, 4)),
        ],
      }),
      method(),
      AS_OF,
    );
    const p = byKey(result.people);
    expect(p["c1/csm"]).toMatchObject({ status: "adopted", score: 1 });
    expect(p["c1/csm"]?.targets[0]).toMatchObject({
      measure: "distinct_subjects",
      value: 50,
      per_day: 5,
    });
    expect(p["c2/csm"]).toMatchObject({ status: "not_adopted", score: 0.8 });
    expect(p["c2/csm"]?.targets[0]?.value).toBe(40);
  });
});

describe("eligible days", () => {
  it("leaves ramp days out of both the denominator and the measure", () => {
    const result = assessCore(
      input({
        people: [person("new", { start_date: "2026-03-02" }), person("old")],
        roles: [role("new", "ae"), role("old", "ae")],
        activity: [
          ...daily("new", TWENTY, "email_sent", 10),
          ...daily("old", TWENTY, "email_sent", 10),
        ],
      }),
      method({ window: FOUR_WEEKS, ramp_days: 7 }),
      AS_OF,
    );
    const p = byKey(result.people);
    // Ramp until 2026-03-09: 15 eligible weekdays, and the 50 emails of the first week do not count.
    expect(p["new/ae"]).toMatchObject({ eligible_days: 15, status: "adopted", score: 1 });
    expect(p["new/ae"]?.targets[0]?.value).toBe(150);
    // No start date: no ramp.
    expect(p["old/ae"]).toMatchObject({ eligible_days: 20, score: 1 });
    expect(p["old/ae"]?.targets[0]?.value).toBe(200);
  });

  it("takes absence days out of the denominator but counts work done on them", () => {
    const result = assessCore(
      input({
        people: [person("a")],
        roles: [role("a", "ae")],
        absences: [absence("a", "2026-03-16", "2026-03-20")],
        activity: [
          ...daily(
            "a",
            TWENTY.filter((d) => d < "2026-03-16" || d > "2026-03-20"),
            "email_sent",
            10,
          ),
          act("a", "2026-03-18", "email_sent", 5),
        ],
      }),
      method({ window: FOUR_WEEKS }),
      AS_OF,
    );
    expect(result.people[0]).toMatchObject({
      eligible_days: 15,
      status: "adopted",
      score: 155 / 150,
    });
    expect(result.people[0]?.targets[0]).toMatchObject({ value: 155, per_day: 155 / 15 });
  });

  it("takes explicit holidays out, and can leave too few days (insufficient_days)", () => {
    const result = assessCore(
      input({
        people: [person("a")],
        roles: [role("a", "ae")],
        activity: daily("a", TEN, "email_sent", 10),
      }),
      method({ holidays: ["2026-03-05"] }),
      AS_OF,
    );
    // 9 eligible days < 10: not evaluated, though the measures are shown.
    expect(result.people[0]).toMatchObject({
      eligible_days: 9,
      status: "insufficient_days",
      score: null,
    });
    expect(result.people[0]?.targets[0]).toEqual({
      activity: "email_sent",
      measure: "count",
      value: 100,
      per_day: 100 / 9,
      target: 10,
      met: null,
    });
    expect(result.personas.find((s) => s.persona === "ae")).toMatchObject({
      people: 1,
      evaluated: 0,
      adoption_rate: null,
    });
  });

  it("takes country holidays out: US Independence Day observed on Friday 2026-07-03", () => {
    const days = weekdays("2026-06-29", "2026-07-10");
    const result = assessCore(
      input({
        people: [person("a"), person("b")],
        roles: [role("a", "ae"), role("b", "ae")],
        activity: [
          ...daily(
            "a",
            days.filter((d) => d !== "2026-07-03"),
            "email_sent",
            10,
          ),
          ...daily("b", days, "email_sent", 9),
        ],
      }),
      method({
        window: { kind: "explicit", from: "2026-06-29", to: "2026-07-10" },
        country: "US",
        min_eligible_days: 9,
      }),
      AS_OF,
    );
    const p = byKey(result.people);
    expect(p["a/ae"]).toMatchObject({ eligible_days: 9, status: "adopted", score: 1 });
    // 9 a day on 10 weekdays, the holiday included: 90 over 9 eligible days.
    expect(p["b/ae"]).toMatchObject({ eligible_days: 9, status: "adopted", score: 1 });
  });

  it("counts a leaver's days up to the end date only", () => {
    const result = assessCore(
      input({
        people: [person("l", { end_date: "2026-03-11" })],
        roles: [role("l", "ae")],
        activity: daily("l", TEN, "email_sent", 10),
      }),
      method(),
      AS_OF,
    );
    expect(result.people[0]).toMatchObject({ eligible_days: 8, status: "insufficient_days" });
    expect(result.people[0]?.targets[0]?.value).toBe(80);
  });
});

describe("a role change inside the window", () => {
  const result = assessCore(
    input({
      people: [person("p1", { team: "closers" })],
      roles: [
        role("p1", "sdr", "2025-01-01", "2026-03-06", "outbound"),
        role("p1", "ae", "2026-03-07", null),
      ],
      activity: [
        ...daily("p1", TWENTY.slice(0, 5), "email_sent", 20),
        act("p1", "2026-03-07", "email_sent", 4),
        ...daily("p1", TWENTY.slice(5), "email_sent", 10),
      ],
    }),
    method({ window: FOUR_WEEKS, min_eligible_days: 5 }),
    AS_OF,
  );

  it("evaluates the person in both personas, each with its own days and activities", () => {
    expect(result.people.map((p) => p.persona)).toEqual(["sdr", "ae"]);
    const [sdr, ae] = result.people;
    expect(sdr).toMatchObject({ eligible_days: 5, status: "adopted", score: 1, team: "outbound" });
    expect(sdr?.targets[0]?.value).toBe(100);
    // The Saturday 2026-03-07 emails belong to the AE persona held that day.
    expect(ae).toMatchObject({
      eligible_days: 15,
      status: "adopted",
      score: 154 / 150,
      team: "closers",
    });
    expect(ae?.targets[0]?.value).toBe(154);
  });

  it("counts one entry per persona in the summaries", () => {
    expect(result.overall).toMatchObject({ people: 2, evaluated: 2, adopted: 2, adoption_rate: 1 });
  });
});

describe("personas without a definition", () => {
  const personas: PersonaDef[] = [
    ...PERSONAS,
    { id: "partner", label: "Partner manager", rule: "all", targets: [], activities: [] },
  ];
  const result = assessCore(
    input({
      people: [person("a"), person("b"), person("c"), person("gone", { end_date: "2026-02-01" })],
      roles: [role("a", "partner"), role("b", "ops"), role("c", "ae"), role("gone", "zzz")],
      activity: daily("c", TEN, "email_sent", 10),
    }),
    method({ personas }),
    AS_OF,
  );

  it("gives no_definition to a persona without targets and to one not configured", () => {
    const p = byKey(result.people);
    expect(p["a/partner"]).toMatchObject({
      status: "no_definition",
      eligible_days: 10,
      score: null,
      targets: [],
    });
    expect(p["b/ops"]).toMatchObject({ status: "no_definition", score: null, targets: [] });
    // Not employed in the window: no entry at all.
    expect(p["gone/zzz"]).toBeUndefined();
  });

  it("orders people by persona in config order, unknown personas last", () => {
    expect(result.people.map((p) => `${p.persona}/${p.person_id}`)).toEqual([
      "ae/c",
      "partner/a",
      "ops/b",
    ]);
    expect(result.personas.map((s) => s.persona)).toEqual([
      "sdr",
      "ae",
      "manager",
      "csm",
      "partner",
      "ops",
    ]);
    expect(result.personas.at(-1)).toMatchObject({
      persona: "ops",
      label: "ops",
      people: 1,
      evaluated: 0,
    });
    expect(result.overall).toMatchObject({ people: 3, evaluated: 1, adopted: 1, adoption_rate: 1 });
  });
});

describe("options.persona", () => {
  const data = input({
    people: [person("s"), person("a1"), person("a2")],
    roles: [role("s", "sdr"), role("a1", "ae"), role("a2", "ae")],
    activity: [...daily("s", TEN, "email_sent", 20), ...daily("a1", TEN, "email_sent", 10)],
  });

  it("restricts people, personas and gap to that persona", () => {
    const result = assessCore(data, method(), AS_OF, { persona: "ae" });
    expect(result.people.map((p) => p.person_id)).toEqual(["a1", "a2"]);
    expect(result.personas.map((s) => s.persona)).toEqual(["ae"]);
    expect(result.gap.map((g) => g.persona)).toEqual(["ae"]);
    expect(result.overall).toMatchObject({
      people: 2,
      evaluated: 2,
      adopted: 1,
      adoption_rate: 0.5,
    });
  });

  it("rejects a persona that is not configured, listing the configured ones", () => {
    expect(() => assessCore(data, method(), AS_OF, { persona: "bdr" })).toThrow(UsageError);
    expect(() => assessCore(data, method(), AS_OF, { persona: "bdr" })).toThrow(
      /sdr, ae, manager, csm/,
    );
  });
});

describe("the window from the method", () => {
  it("uses previous_quarter of a February fiscal year", () => {
    const result = assessCore(
      input({ people: [person("a")], roles: [role("a", "ae")] }),
      method({ window: { kind: "previous_quarter" }, fiscal_year_start_month: 2 }),
      "2026-03-10",
    );
    expect(result.window).toEqual({ from: "2025-11-01", to: "2026-01-31" });
    // Nov 2025: 20 weekdays, Dec: 23, Jan 2026: 22.
    expect(result.people[0]).toMatchObject({ eligible_days: 65, status: "not_adopted", score: 0 });
  });
});
