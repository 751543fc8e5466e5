import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/types.js";
import { CLI, uptake } from "./cli.js";

describe("uptake demo", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "uptake-demo-")), "ws");

  it("generates, imports and assesses a whole organisation, and says what it found", async () => {
    const run = await uptake(["demo", "--dir", dir, "--as-of", "2026-10-05"], tmpdir());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Demo organisation written to .* and imported \([\d,]+ rows\)/);
    for (const label of [
      "BDR/SDR",
      "Account Executive",
      "Sales Manager",
      "Customer Success Manager",
    ]) {
      expect(run.stdout).toContain(label);
    }
    expect(run.stdout).toContain("Not adopted, nearest to target first:");
    expect(run.stdout).toContain("The Adoption Gap, 2026-07-01 to 2026-09-30");
    expect(run.stdout).toContain("association, not proof of cause");
  });

  it("leaves a workspace the other commands read, with the same numbers", async () => {
    const again = await uptake(["demo", "--dir", dir, "--as-of", "2026-10-05", "--json"], tmpdir());
    const fromDemo = JSON.parse(again.stdout) as Assessment;
    const assess = await uptake(["assess", "--as-of", "2026-10-05", "--json"], dir);
    expect(JSON.parse(assess.stdout)).toEqual(fromDemo);
    // A fresh workspace each time: running the demo twice does not double anything.
    expect(fromDemo.overall.people).toBeGreaterThan(180);
    expect(fromDemo.overall.people).toBeLessThan(220);
    const config = readFileSync(join(dir, "uptake.yml"), "utf8");
    expect(config).toContain("timezone: America/New_York");
  });

  it("tells the login story: most log in, far fewer have adopted", async () => {
    const run = await uptake(["assess", "--as-of", "2026-10-05", "--json"], dir);
    const a = JSON.parse(run.stdout) as Assessment;
    expect(a.overall.login_rate).toBeGreaterThan(0.85);
    expect(a.overall.adoption_rate).toBeGreaterThan(0.3);
    expect(a.overall.adoption_rate).toBeLessThan(0.7);
    expect(a.overall.logged_in_not_adopted).toBeGreaterThan(40);
    const sdrGap = a.gap.find((g) => g.persona === "sdr");
    expect(sdrGap?.computed).toBe(true);
    expect(sdrGap?.difference).toBeGreaterThan(0);
  });

  it("shows a progress bar on a terminal, and none when output is not one", async () => {
    // util-linux `script` gives the command a real pseudo-terminal.
    const typescript = join(dir, "..", "terminal.txt");
    const command = `${process.execPath} ${CLI} demo --dir ${join(dir, "..", "tty")} --as-of 2026-10-05`;
    execFileSync("script", ["-qec", command, typescript], { stdio: "ignore" });
    const screen = readFileSync(typescript, "utf8");
    expect(screen).toMatch(/demo activities (reading|validating|writing|rollup) \[[=-]+\] \d+%/);
    // The first run's stderr (not a terminal) was asserted empty above.
  });

  it("rejects a nonsense head count with exit 2", async () => {
    const run = await uptake(["demo", "--dir", dir, "--people", "lots"], tmpdir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--people: expected a whole number, got "lots"');
  });
});
