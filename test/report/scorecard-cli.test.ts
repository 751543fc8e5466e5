// `uptake scorecards` as a user runs it, on the hand-worked small organisation.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WrittenScorecards } from "../../src/report/scorecards/write-scorecards.js";
import { uptake } from "../e2e/cli.js";
import { importSmallOrg } from "../e2e/small-org-workspace.js";

const dir = mkdtempSync(join(tmpdir(), "uptake-scorecards-cli-"));
const AS_OF = ["--as-of", "2026-03-20"];

beforeAll(async () => {
  await importSmallOrg(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("uptake scorecards", () => {
  it("writes a page per person and says where", async () => {
    const run = await uptake(["scorecards", ...AS_OF], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "Wrote 5 scorecards and 1 manager index to scorecards/\nOpen scorecards/index.html to find them.\n",
    );
  });

  it("lists the files as JSON, one card per persona held", async () => {
    const run = await uptake(["scorecards", ...AS_OF, "--out", "cards", "--json"], dir);
    expect(run.code).toBe(0);
    const written = JSON.parse(run.stdout) as WrittenScorecards;
    expect(written.dir).toBe(join(dir, "cards"));
    expect(written.scorecards.map((s) => s.file).sort()).toEqual(
      ["c1", "s1", "s2", "s3", "s4"].map((id) => `people/${id}.html`),
    );
    expect(written.managers).toEqual([{ manager_id: "m1", file: "managers/m-m1.html" }]);
    // Di was an SDR, then an AE: one scorecard with a card for each.
    const di = readFileSync(join(dir, "cards", "people", "s4.html"), "utf8");
    expect(di.match(/class="sc-card"/g)).toHaveLength(2);
    expect(di).toContain("<h2>As BDR/SDR</h2>");
    expect(di).toContain("<h2>As Account Executive</h2>");
    // Bo: 13 emails over 7 days against 2 a day: 1/7 short, rounded up.
    const bo = readFileSync(join(dir, "cards", "people", "s2.html"), "utf8");
    expect(bo).toContain("0.2</strong> more emails a day would put you at target");
  });

  it("refuses a bad date with exit code 2", async () => {
    const run = await uptake(["scorecards", "--as-of", "yesterday"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('uptake: --as-of: expected a date YYYY-MM-DD, got "yesterday"\n');
  });
});
