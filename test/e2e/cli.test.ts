import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Assessment, PersonResult } from "../../src/core/types.js";
import { uptake } from "./cli.js";
import { importSmallOrg, SMALL_ORG_FILES, type SmallOrgKind } from "./small-org-workspace.js";

// Every expected number below was worked out by hand from small-org.ts.
const dir = mkdtempSync(join(tmpdir(), "uptake-e2e-"));
const KINDS = Object.keys(SMALL_ORG_FILES) as SmallOrgKind[];

let assessment: Assessment;
const entry = (id: string, persona: string): PersonResult => {
  const found = assessment.people.find((p) => p.person_id === id && p.persona === persona);
  if (!found) throw new Error(`no entry for ${id} as ${persona}`);
  return found;
};

beforeAll(async () => {
  await importSmallOrg(dir);
  const run = await uptake(["assess", "--as-of", "2026-03-20", "--json"], dir);
  expect(run.code).toBe(0);
  assessment = JSON.parse(run.stdout) as Assessment;
});

describe("uptake assess --json on a small organisation worked out by hand", () => {
  it("resolves the explicit window", () => {
    expect(assessment.as_of).toBe("2026-03-20");
    expect(assessment.window).toEqual({ from: "2026-03-02", to: "2026-03-15" });
  });

  it("counts weekend work in the measure: 18 emails over 9 days is exactly on target", () => {
    const ada = entry("s1", "sdr");
    expect(ada.status).toBe("adopted");
    expect(ada.eligible_days).toBe(9);
    expect(ada.score).toBe(1);
    expect(ada.targets).toEqual([
      { activity: "email_sent", measure: "count", value: 18, per_day: 2, target: 2, met: true },
    ]);
    expect(ada.login_days).toBe(9);
    expect(ada.regular_user).toBe(true);
    expect(ada.revenue).toBe(10000); // o6 closes after the window
  });

  it("removes absence days from eligibility: 13 emails over 7 days is one short", () => {
    const bo = entry("s2", "sdr");
    expect(bo.status).toBe("not_adopted");
    expect(bo.eligible_days).toBe(7);
    expect(bo.score).toBeCloseTo(13 / 14, 12);
    expect(bo.targets[0]?.value).toBe(13);
    expect(bo.targets[0]?.met).toBe(false);
    expect(bo.login_days).toBe(4);
    expect(bo.regular_user).toBe(true);
  });

  it("starts a new hire on the start date, in the organisation's time zone", () => {
    const cy = entry("s3", "sdr");
    expect(cy.eligible_days).toBe(7);
    // The email at 03:00Z on 03-04 is 22:00 on 03-03 in New York: before the start.
    expect(cy.targets[0]?.value).toBe(28);
    expect(cy.score).toBe(2);
    expect(cy.status).toBe("adopted");
    expect(cy.regular_user).toBe(false);
    expect(cy.revenue).toBe(6000);
  });

  it("evaluates a promotion in both personas, crediting each email to the role held that day", () => {
    const sdr = entry("s4", "sdr");
    expect(sdr.eligible_days).toBe(5);
    expect(sdr.targets[0]?.value).toBe(10);
    expect(sdr.status).toBe("adopted");
    const ae = entry("s4", "ae");
    expect(ae.eligible_days).toBe(4);
    expect(ae.targets[0]?.value).toBe(8);
    expect(ae.status).toBe("insufficient_days");
    expect(ae.score).toBeNull();
  });

  it("measures distinct accounts per day, not touches", () => {
    const ed = entry("c1", "csm");
    expect(ed.targets[0]).toEqual({
      activity: "account_touched",
      measure: "distinct_subjects",
      value: 18,
      per_day: 2,
      target: 2,
      met: true,
    });
    expect(ed.login_days).toBe(0);
  });

  it("summarises each persona with the login contrast", () => {
    const sdr = assessment.personas.find((p) => p.persona === "sdr");
    expect(sdr).toMatchObject({ people: 4, evaluated: 4, adopted: 3, adoption_rate: 0.75 });
    expect(sdr?.login_rate).toBeCloseTo(61 / 108, 12);
    expect(sdr?.logged_in_not_adopted).toBe(1);
    const ae = assessment.personas.find((p) => p.persona === "ae");
    expect(ae).toMatchObject({ people: 1, evaluated: 0, adopted: 0, adoption_rate: null });
    expect(ae?.login_rate).toBe(0.25);
    expect(assessment.personas.find((p) => p.persona === "csm")?.login_rate).toBe(0);
    expect(assessment.overall).toMatchObject({ people: 6, evaluated: 5, adopted: 4 });
    expect(assessment.overall.adoption_rate).toBe(0.8);
    expect(assessment.overall.login_rate).toBeCloseTo(19 / 45, 12);
  });

  it("computes the SDR gap: top [s3, s1] against bottom [s4, s2]", () => {
    const gap = assessment.gap.find((g) => g.persona === "sdr");
    expect(gap).toMatchObject({ computed: true, n: 4, k: 2, metric: "revenue" });
    expect(gap?.top).toMatchObject({
      person_ids: ["s3", "s1"],
      mean: 8000,
      median: 8000,
      per_day: 3,
    });
    expect(gap?.bottom?.person_ids).toEqual(["s4", "s2"]);
    expect(gap?.bottom?.mean).toBe(1500);
    expect(gap?.bottom?.per_day).toBeCloseTo(27 / 14, 12);
    expect(gap?.difference).toBe(6500);
    expect(gap?.revenue_opportunity).toBe(13000);
    expect(gap?.spearman_rho).toBeCloseTo(1 / Math.sqrt(10), 12);
    // z = (|4 - 2| - 0.5) / sqrt(5/3); scipy.stats.mannwhitneyu agrees: 0.2452781168067728
    expect(gap?.p_value).toBeCloseTo(0.2452781168067728, 12);
    // scipy.stats.ttest_ind(equal_var=False).confidence_interval(0.95)
    expect(gap?.ci95?.[0]).toBeCloseTo(-13743.378906988757, 6);
    expect(gap?.ci95?.[1]).toBeCloseTo(26743.378906988757, 6);
  });

  it("says why the other gaps could not be computed", () => {
    const ae = assessment.gap.find((g) => g.persona === "ae");
    expect(ae?.computed).toBe(false);
    expect(ae?.reason).toMatch(/eligible days needed to be evaluated/);
    const csm = assessment.gap.find((g) => g.persona === "csm");
    expect(csm).toMatchObject({ computed: false, n: 1, k: 0 });
  });
});

describe("the other faces of the same numbers", () => {
  it("prints the assessment as a table, nearest to target first", async () => {
    const run = await uptake(["assess", "--as-of", "2026-03-20"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/BDR\/SDR\s+4\s+4\s+3\s+75\.0%\s+56\.5%\s+1/);
    expect(run.stdout).toMatch(/s2\s+Bo Absent\s+East\s+92%\s+1\.9\/2 emails\s+4\/7 days/);
  });

  it("explains one person day by day", async () => {
    const run = await uptake(["explain", "s2", "--as-of", "2026-03-20"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("As BDR/SDR: NOT ADOPTED");
    expect(run.stdout).toContain("Eligible days: 7 of 14 days in the window.");
    expect(run.stdout).toContain("absent (time off or leave): 2 days (2026-03-09 to 2026-03-10)");
    expect(run.stdout).toContain("holiday: 1 day (2026-03-13)");
    expect(run.stdout).toContain(
      "emails: 13 over 7 eligible days = 1.86 a day; target 2 a day, so 14 needed -> not met (1 short)",
    );
  });

  it("states the gap in words, with the association-not-cause note", async () => {
    const run = await uptake(["gap", "--as-of", "2026-03-20"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "BDR/SDR: Top adopters averaged 3.0 emails a day and 8.0k in won revenue (median 8.0k); bottom adopters 1.9 emails a day and 1.5k in won revenue (median 1.5k).",
    );
    expect(run.stdout).toContain("association, not proof of cause");
    expect(run.stdout).toMatch(/Customer Success Manager: the gap could not be computed: /);
  });

  it("is idempotent: importing the same files again changes no number", async () => {
    for (const kind of KINDS) {
      const run = await uptake(["import", kind, `${kind}.csv`, "--json"], dir);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).rowsNew).toBe(0);
    }
    const run = await uptake(["assess", "--as-of", "2026-03-20", "--json"], dir);
    expect(JSON.parse(run.stdout)).toEqual(assessment);
  });
});

describe("mistakes get a clear message and exit 2", () => {
  it("a bad config lists every problem with its path", async () => {
    const bad = join(dir, "bad.yml");
    writeFileSync(
      bad,
      "timezon: UTC\npersonas:\n  sdr:\n    targets: [{activity: email_sent, per_day: twenty}]\n",
    );
    const run = await uptake(["assess", "--config", bad], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'personas.sdr.targets[0].per_day: expected a number > 0, got "twenty"',
    );
    expect(run.stderr).toContain('timezon: unknown key; did you mean "timezone"?');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("a bad import names file:line and field, and imports nothing", async () => {
    writeFileSync(
      join(dir, "bad-activities.csv"),
      "event_id,source,person_id,activity_type,occurred_at,subject_id\nx1,crm,s1,email_sent,2026-03-03T15:00:00Z,\nx2,crm,s1,email_snt,2026-03-03T15:00:00Z,\n",
    );
    const run = await uptake(["import", "activities", "bad-activities.csv"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-activities\.csv:3 activity_type: .*did you mean "email_sent"/);
    const after = await uptake(["assess", "--as-of", "2026-03-20", "--json"], dir);
    expect(JSON.parse(after.stdout)).toEqual(assessment);
  });

  it("an unknown command, persona or date is a usage error", async () => {
    expect((await uptake(["frobnicate"], dir)).code).toBe(2);
    expect((await uptake(["explain"], dir)).code).toBe(2); // missing argument of a subcommand
    expect((await uptake(["assess", "--bogus"], dir)).code).toBe(2);
    expect((await uptake(["assess", "--help"], dir)).code).toBe(0);
    const persona = await uptake(["assess", "--persona", "vp"], dir);
    expect(persona.code).toBe(2);
    expect(persona.stderr).toContain('Unknown persona "vp"');
    const date = await uptake(["assess", "--as-of", "2026-02-30"], dir);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of: expected a date YYYY-MM-DD, got "2026-02-30"');
  });
});
