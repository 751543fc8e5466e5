import { describe, expect, it } from "vitest";
import type { AssessInput, MethodConfig, PersonaDef, PersonResult } from "../../src/core/types.js";
import { buildManagerIndexes } from "../../src/report/scorecards/manager-model.js";
import { personTrends, splitByPerson } from "../../src/report/scorecards/person-trend.js";
import { buildScorecard, morePerDay } from "../../src/report/scorecards/scorecard-model.js";
import { AES, assessed } from "./scorecard-fixtures.js";
import { AE, method, person } from "./what-if-fixtures.js";

const SDR: PersonaDef = { ...AE, id: "sdr", label: "BDR/SDR" };

describe("morePerDay", () => {
  const t = (value: number, target = 10) => ({
    activity: "email_sent",
    measure: "count" as const,
    value,
    per_day: value / 20,
    target,
    met: value >= target * 20,
  });
  it("rounds the shortfall up to a tenth, so doing that much more reaches the target", () => {
    expect(morePerDay(t(152), 20)).toBe(2.4);
    expect(morePerDay(t(151), 20)).toBe(2.5); // 2.45 a day short
    expect(morePerDay(t(199), 20)).toBe(0.1); // 0.05 short
    expect(morePerDay(t(200), 20)).toBeNull();
    expect(morePerDay({ ...t(0), met: null }, 20)).toBeNull();
  });
});

describe("buildScorecard", () => {
  const m = method([AE]);
  const a = assessed(AES, m);

  it("shows the person's own numbers and how far the target is", () => {
    const s = buildScorecard("ae15", { assessment: a, method: m });
    expect(s).toMatchObject({ name: "Rep Number15", team: "East", revenue: 15000, quota: 10000 });
    expect(s.quota_attainment).toBe(1.5);
    expect(s.cards).toHaveLength(1);
    expect(s.cards[0]).toMatchObject({
      label: "Account Executive",
      status: "not_adopted",
      metric: "quota_attainment",
    });
    // 150 emails in 20 days against 10 a day: 2.5 more a day.
    expect(s.cards[0]?.targets[0]).toMatchObject({
      value: 150,
      per_day: 7.5,
      target: 10,
      more_per_day: 2.5,
    });
  });

  it("shows the anonymous gap, persona and team figures of groups of at least 5", () => {
    const peers = buildScorecard("ae15", { assessment: a, method: m }).cards[0]?.peers;
    // Top 6 are ae18..ae23 (9..11.5 a day, 180%..230%), bottom 6 are ae00..ae05.
    expect(peers?.gap).toMatchObject({ status: "shown", people: 6 });
    const gap = peers?.gap.status === "shown" ? peers.gap.value : null;
    expect(gap).toMatchObject({ metric: "quota_attainment", activity: "email_sent", k: 6, n: 24 });
    expect(gap?.top.per_day).toBeCloseTo(10.25, 12);
    expect(gap?.top.mean).toBeCloseTo(2.05, 12);
    expect(gap?.bottom.per_day).toBeCloseTo(1.25, 12);
    expect(gap?.bottom.mean).toBeCloseTo(0.25, 12);
    // The figures are the assessment's own, not recomputed.
    expect(gap?.top.mean).toBe(a.gap[0]?.top?.mean);
    // ae20..ae23 are adopted (>= 200 emails): 4 of 24.
    expect(peers?.persona_adoption).toEqual({
      status: "shown",
      people: 24,
      value: { adopted: 4, evaluated: 24, rate: 4 / 24 },
    });
    expect(peers?.team_adoption).toEqual({
      status: "shown",
      people: 6,
      value: { team: "East", adopted: 0, evaluated: 6, rate: 0 },
    });
  });

  it("withholds a team under the privacy minimum, and says why", () => {
    const peers = buildScorecard("ae21", { assessment: a, method: m }).cards[0]?.peers;
    expect(peers?.team_adoption).toEqual({
      status: "withheld",
      people: 4,
      reason: "fewer than 5 people",
    });
  });

  it("withholds the gap when its groups are under the privacy minimum", () => {
    const strict: MethodConfig = { ...m, privacy: { min_group_size: 7 } };
    const peers = buildScorecard("ae00", { assessment: a, method: strict }).cards[0]?.peers;
    expect(peers?.gap).toEqual({ status: "withheld", people: 6, reason: "fewer than 7 people" });
    expect(peers?.persona_adoption.status).toBe("shown");
    expect(peers?.team_adoption.status).toBe("shown"); // West: 14
  });

  it("passes on why a gap does not exist", () => {
    const few = AES.slice(0, 7); // groups of floor(7 / 4) = 1
    const peers = buildScorecard("ae01", { assessment: assessed(few, m), method: m }).cards[0]
      ?.peers;
    expect(peers?.gap.status).toBe("unavailable");
    expect(peers?.gap).toMatchObject({
      reason: expect.stringContaining("fewer than the minimum of 2"),
    });
    const loner = { ...(AES[3] as PersonResult), team: null };
    const card = buildScorecard("ae03", { assessment: assessed([loner], m), method: m }).cards[0];
    expect(card?.peers.team_adoption).toEqual({
      status: "unavailable",
      reason: "no team on record",
    });
  });

  it("holds no other person's name or id", () => {
    const text = JSON.stringify(buildScorecard("ae15", { assessment: a, method: m }));
    for (const other of AES.filter((p) => p.person_id !== "ae15")) {
      expect(text).not.toContain(`"${other.person_id}"`);
      expect(text).not.toMatch(new RegExp(`${other.name}(?![0-9])`));
    }
  });

  it("gives a card per persona the person held", () => {
    const m2 = method([AE, SDR]);
    const asSdr = {
      ...person(SDR, { id: "ae15", values: [500], revenue: 15000, quota: 10000 }),
      name: "Rep Number15",
    };
    const s = buildScorecard("ae15", { assessment: assessed([...AES, asSdr], m2), method: m2 });
    expect(s.cards.map((c) => [c.persona, c.status])).toEqual([
      ["ae", "not_adopted"],
      ["sdr", "adopted"],
    ]);
  });
});

describe("buildManagerIndexes", () => {
  const m = method([AE]);
  const records = [
    {
      person_id: "m1",
      name: "Zoe Manager",
      email: null,
      manager_id: null,
      team: null,
      start_date: null,
      end_date: null,
    },
    {
      person_id: "m2",
      name: "Adam Boss",
      email: null,
      manager_id: null,
      team: null,
      start_date: null,
      end_date: null,
    },
  ];
  const indexes = buildManagerIndexes(assessed(AES, m), records);

  it("groups reports by manager, by name, with no manager last", () => {
    expect(indexes.map((i) => [i.manager_id, i.manager_name, i.file, i.reports.length])).toEqual([
      ["m2", "Adam Boss", "managers/m-m2.html", 10],
      ["m1", "Zoe Manager", "managers/m-m1.html", 12],
      [null, null, "managers/no-manager.html", 2],
    ]);
    // m2 has ae12..ae21, of whom ae20 and ae21 are adopted.
    expect(indexes[0]).toMatchObject({ evaluated: 10, adopted: 2 });
    expect(indexes[0]?.reports[0]).toMatchObject({
      name: "Rep Number12",
      href: "../people/ae12.html",
    });
  });
});

describe("personTrends", () => {
  const people = ["a", "b"].map((id) => ({
    person_id: id,
    name: id,
    email: null,
    manager_id: null,
    team: null,
    start_date: null,
    end_date: null,
  }));
  const input: AssessInput = {
    people,
    roles: people.map((p) => ({
      person_id: p.person_id,
      persona: "ae",
      team: null,
      valid_from: null,
      valid_to: null,
    })),
    absences: [{ person_id: "a", from: "2024-01-10", to: "2024-01-12", kind: "pto" }],
    activity: [
      {
        person_id: "a",
        day: "2024-01-02",
        activity_type: "email_sent",
        n: 100,
        distinct_subjects: 0,
      },
      {
        person_id: "a",
        day: "2024-01-09",
        activity_type: "email_sent",
        n: 30,
        distinct_subjects: 0,
      },
      {
        person_id: "b",
        day: "2024-01-09",
        activity_type: "email_sent",
        n: 999,
        distinct_subjects: 0,
      },
    ],
    logins: [],
    revenue: [],
    quotas: [],
  };
  const range = { from: "2023-12-25", to: "2024-01-14" };
  const window = { from: "2024-01-01", to: "2024-01-14" };

  it("gives the person's own per-day value week by week, the window's weeks marked", () => {
    const trend = personTrends(splitByPerson(input).get("a"), method([AE]), range, window).get(
      "ae",
    );
    expect(trend?.activity).toBe("email_sent");
    expect(trend?.target).toBe(10);
    expect(trend?.weeks.map((w) => [w.week, w.per_day, w.at_target, w.in_window])).toEqual([
      ["2023-W52", 0, false, false],
      ["2024-W01", 20, true, true], // 100 emails over 5 days
      ["2024-W02", 15, true, true], // 30 over 2 days: Jan 10-12 were absence
    ]);
  });

  it("has no trend for someone without rows", () => {
    expect(personTrends(undefined, method([AE]), range, window).size).toBe(0);
  });
});
