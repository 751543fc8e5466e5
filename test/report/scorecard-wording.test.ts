import { describe, expect, it } from "vitest";
import type { PersonaCard, TargetLine } from "../../src/report/scorecards/scorecard-model.js";
import {
  gapSentence,
  headline,
  notShown,
  ownOutcome,
  personaAdoptionSentence,
  teamAdoptionSentence,
  toText,
} from "../../src/report/scorecards/wording.js";
import { expectGolden } from "../golden.js";

function line(activity: string, value: number, target: number, more: number | null): TargetLine {
  return {
    activity,
    measure: activity === "account_touched" ? "distinct_subjects" : "count",
    value,
    per_day: value / 60,
    target,
    met: more === null,
    more_per_day: more,
  };
}

function card(over: Partial<PersonaCard>): PersonaCard {
  return {
    persona: "sdr",
    label: "BDR/SDR",
    rule: "all",
    status: "not_adopted",
    eligible_days: 60,
    min_eligible_days: 10,
    score: 0.88,
    targets: [line("email_sent", 1056, 20, 2.4)],
    metric: "quota_attainment",
    trend: null,
    peers: {
      gap: { status: "unavailable", reason: "x" },
      persona_adoption: { status: "unavailable", reason: "x" },
      team_adoption: { status: "unavailable", reason: "x" },
    },
    ...over,
  };
}

const CASES: [string, PersonaCard][] = [
  ["on target", card({ status: "adopted", targets: [line("email_sent", 1404, 20, null)] })],
  ["one target short", card({})],
  ["exactly one more", card({ targets: [line("call_logged", 240, 5, 1)] })],
  [
    "two targets short under all",
    card({ targets: [line("email_sent", 1056, 20, 2.4), line("call_logged", 234, 5, 1.1)] }),
  ],
  [
    "two targets under any: the nearer one",
    card({
      rule: "any",
      targets: [line("email_sent", 600, 20, 10), line("call_logged", 234, 5, 1.1)],
    }),
  ],
  ["distinct subjects", card({ persona: "csm", targets: [line("account_touched", 228, 5, 1.2)] })],
  ["too few days", card({ status: "insufficient_days", eligible_days: 7, score: null })],
  ["one day", card({ status: "insufficient_days", eligible_days: 1, score: null })],
  ["no target", card({ status: "no_definition", targets: [], score: null })],
];

describe("scorecard wording", () => {
  it("says the next step, congratulates, and never ranks", () => {
    const text = CASES.map(([name, c]) => {
      const h = headline(c);
      return `## ${name}\n[${h.tone}] ${toText(h.title)}\n${toText(h.detail)}\n`;
    }).join("\n");
    expect(text).toContain("2.4 more emails a day would put you at target");
    expectGolden("scorecards/headlines.txt", text);
  });

  it("puts the peer figures in words, anonymous", () => {
    const gap = {
      k: 17,
      n: 68,
      activity: "email_sent",
      top: { per_day: 20.44, mean: 1.0981 },
      bottom: { per_day: 4.56, mean: 0.6449 },
    };
    const lines = [
      toText(gapSentence({ ...gap, metric: "quota_attainment" })),
      toText(
        gapSentence({
          ...gap,
          metric: "revenue",
          top: { per_day: 10.9, mean: 52210 },
          bottom: { per_day: 2.1, mean: 31800 },
        }),
      ),
      toText(personaAdoptionSentence({ adopted: 32, evaluated: 68, rate: 32 / 68 })),
      toText(
        teamAdoptionSentence({ team: "NA Mid-Market", adopted: 6, evaluated: 11, rate: 6 / 11 }),
      ),
      toText(teamAdoptionSentence({ team: "EMEA", adopted: 0, evaluated: 7, rate: 0 })),
      notShown({ status: "withheld", people: 4, reason: "fewer than 5 people" }),
      notShown({ status: "unavailable", reason: "no team on record" }),
    ];
    expectGolden("scorecards/peers.txt", `${lines.join("\n")}\n`);
  });

  it("reads the person's own outcome in the metric they have", () => {
    const base = {
      person_id: "p",
      name: "P",
      team: null,
      as_of: "2026-04-15",
      window: { from: "2026-01-01", to: "2026-03-31" },
      cards: [],
    };
    expect(
      ownOutcome({ ...base, revenue: 327100, quota: 280000, quota_attainment: 327100 / 280000 }),
    ).toEqual({
      label: "Quota attainment",
      value: "117%",
      detail: "327.1k won against a quota of 280.0k",
    });
    expect(ownOutcome({ ...base, revenue: 0, quota: null, quota_attainment: null })).toEqual({
      label: "Won revenue",
      value: "0",
      detail: "no quota on record for this window",
    });
  });

  it("hands every number to the page's marker with its key", () => {
    const keys: string[] = [];
    headline(CASES[3]?.[1] as PersonaCard, (key, text) => {
      keys.push(key);
      return text;
    });
    expect(keys).toEqual([
      "email_sent.per_day",
      "eligible_days",
      "email_sent.target",
      "call_logged.per_day",
      "eligible_days",
      "call_logged.target",
      "email_sent.more_per_day",
      "call_logged.more_per_day",
    ]);
  });
});
