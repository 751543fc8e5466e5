// `uptake targets` as a user runs it, on the hand-worked small organisation:
// four SDRs evaluated at 2, 1.857, 4 and 2 emails a day, revenue as outcome.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/types.js";
import type { WhatIf } from "../../src/core/what-if.js";
import { uptake } from "../e2e/cli.js";
import { importSmallOrg } from "../e2e/small-org-workspace.js";

const dir = mkdtempSync(join(tmpdir(), "uptake-targets-"));
const AS_OF = ["--as-of", "2026-03-20"];
let assessment: Assessment;

beforeAll(async () => {
  await importSmallOrg(dir);
  assessment = JSON.parse((await uptake(["assess", ...AS_OF, "--json"], dir)).stdout);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("uptake targets", () => {
  it("prints the what-if as JSON, reproducing assess at the current target", async () => {
    const run = await uptake(
      [
        "targets",
        "--persona",
        "sdr",
        ...AS_OF,
        "--from",
        "1.5",
        "--to",
        "2.5",
        "--step",
        "0.5",
        "--json",
      ],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const w = JSON.parse(run.stdout) as WhatIf;
    expect(w.window).toEqual(assessment.window);
    expect(w.candidates.map((c) => [c.per_day, c.adopted, c.current])).toEqual([
      [1.5, 4, false],
      [2, 3, true], // Bo's 13 emails over 7 days fall short of 14
      [2.5, 1, false],
    ]);
    const sdr = assessment.personas.find((p) => p.persona === "sdr");
    expect(w.candidates[1]?.adoption_rate).toBe(sdr?.adoption_rate);
    // (10000 + 6000 + 1000) / 3 - 2000
    expect(w.candidates[1]?.difference).toBeCloseTo(17000 / 3 - 2000, 9);
    expect(w.best).toBeNull();
    expect(w.best_reason).toBe(
      "no candidate leaves at least 2 people with an outcome on each side",
    );
  });

  it("prints a table with the current target marked", async () => {
    const run = await uptake(["targets", "-p", "sdr", ...AS_OF, "--from", "2", "--to", "2"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Target what-if for BDR/SDR (sdr), 2026-03-02 to 2026-03-15");
    expect(run.stdout).toMatch(/^2 +3\/4 +75% +5\.7k \(3\) +2\.0k \(1\) +~\+3\.7k +current$/m);
  });

  it("refuses bad input with exit code 2 and a message", async () => {
    const cases: [string[], RegExp][] = [
      [["--persona", "sdr", "--from", "abc"], /--from: expected a number > 0, got "abc"/],
      [["--persona", "cfo"], /Unknown persona "cfo"/],
      [["--persona", "sdr", "--activity", "tweet"], /Unknown activity "tweet"/],
      [["--persona", "sdr", "--from", "5", "--to", "1"], /--from 5 is above --to 1/],
      [[], /--persona is required/],
    ];
    for (const [args, message] of cases) {
      const run = await uptake(["targets", ...AS_OF, ...args], dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stdout).toBe("");
    }
  });
});
