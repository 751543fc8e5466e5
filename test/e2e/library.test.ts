import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { uptake } from "./cli.js";
import { CONFIG, PEOPLE } from "./small-org.js";

describe("the library and the CLI give the same objects", () => {
  it("import { assess } from 'uptake' returns what assess --json prints", async () => {
    const dir = mkdtempSync(join(tmpdir(), "uptake-lib-"));
    writeFileSync(join(dir, "uptake.yml"), CONFIG);
    writeFileSync(join(dir, "people.csv"), PEOPLE);
    expect((await uptake(["import", "people", "people.csv"], dir)).code).toBe(0);
    // The package's own name resolves to dist/ through package.json "exports".
    const lib = (await import("uptake")) as typeof import("../../src/index.js");
    const fromLibrary = await lib.assess({ config: join(dir, "uptake.yml"), asOf: "2026-03-20" });
    const run = await uptake(["assess", "--as-of", "2026-03-20", "--json"], dir);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(fromLibrary)));
    expect(fromLibrary.people.map((p) => p.person_id)).toContain("s1");
  });

  it("init writes a config that check and schema accept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "uptake-init-"));
    expect((await uptake(["init"], dir)).code).toBe(0);
    expect((await uptake(["init"], dir)).code).toBe(2); // no silent overwrite
    const check = await uptake(["config", "check"], dir);
    expect(check.code).toBe(0);
    const resolved = JSON.parse(check.stdout);
    expect(resolved.personas.map((p: { id: string }) => p.id)).toEqual([
      "sdr",
      "ae",
      "manager",
      "csm",
    ]);
    expect(resolved.personas[0].targets).toEqual([
      { activity: "email_sent", per_day: 20, measure: "count" },
    ]);
    const schema = JSON.parse((await uptake(["config", "schema"], dir)).stdout);
    expect(Object.keys(schema.properties)).toContain("personas");
  });
});
