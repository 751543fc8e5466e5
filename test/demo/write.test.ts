import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configFromText } from "../../src/config/load.js";
import {
  csvField,
  DEMO_COLUMNS,
  DEMO_KINDS,
  demoConfigYaml,
  generateDemo,
  writeDemo,
} from "../../src/demo/index.js";
import { AS_OF, demo } from "./fixture.js";

/** A tiny RFC 4180 line splitter: enough for lines without embedded newlines. */
function splitCsvLine(line: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 2;
          break;
        }
      }
      out.push(value);
    } else {
      const comma = line.indexOf(",", i);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(i, end);
      out.push(value === "" ? null : value);
      i = end + 1;
    }
  }
  return out;
}

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "uptake-demo-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("csvField", () => {
  it("quotes only fields with a comma, quote or line break, and writes null as empty", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("David Wang, Jr.")).toBe('"David Wang, Jr."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
  });
});

describe("writeDemo", () => {
  const data = demo();

  it("writes one CSV per kind that parses back to the records, plus uptake.yml", async () => {
    const dir = await tempDir();
    const written = await writeDemo(join(dir, "nested"), data);
    expect(Object.keys(written.files).sort()).toEqual([...DEMO_KINDS].sort());
    expect(written.config).toBe(join(dir, "nested", "uptake.yml"));
    for (const kind of DEMO_KINDS) {
      expect(written.files[kind]).toBe(join(dir, "nested", `${kind}.csv`));
      const text = await readFile(written.files[kind], "utf8");
      const lines = text.split("\n");
      expect(lines.pop(), kind).toBe(""); // ends with a newline
      expect(lines[0]).toBe(DEMO_COLUMNS[kind].join(","));
      expect(lines.length - 1, kind).toBe(data[kind].length);
      const rows = data[kind] as Record<string, string | null>[];
      for (const i of [0, 1, Math.floor(rows.length / 2), rows.length - 1]) {
        const expected = DEMO_COLUMNS[kind].map((c) => rows[i]?.[c] ?? null);
        expect(splitCsvLine(lines[i + 1] as string), `${kind} row ${i}`).toEqual(expected);
      }
    }
  });

  it("quotes the name with a comma and keeps accents as UTF-8", async () => {
    const dir = await tempDir();
    const { files } = await writeDemo(dir, data);
    const text = await readFile(files.people, "utf8");
    const suffixed = data.people.find((p) => (p.name as string).includes(","));
    expect(suffixed).toBeDefined();
    const line = text.split("\n").find((l) => l.startsWith(`${suffixed?.person_id},`)) as string;
    expect(line).toContain(`"${suffixed?.name}"`);
    expect(splitCsvLine(line)[1]).toBe(suffixed?.name);
    const accented = data.people.filter((p) => /[^\x20-\x7e]/.test(p.name as string));
    expect(accented.length).toBeGreaterThan(0);
    for (const p of accented) expect(text).toContain(p.name as string);
  });

  it("writes byte-identical files for the same seed and as_of", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const first = await writeDemo(a, generateDemo({ asOf: AS_OF, people: 60, seed: 7 }));
    const second = await writeDemo(b, generateDemo({ asOf: AS_OF, people: 60, seed: 7 }));
    const hash = async (path: string) =>
      createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
    for (const kind of DEMO_KINDS)
      expect(await hash(second.files[kind]), kind).toBe(await hash(first.files[kind]));
    expect(await hash(second.config)).toBe(await hash(first.config));
  });

  it("writes an uptake.yml that the config loader accepts with the demo's settings", async () => {
    const dir = await tempDir();
    const { config } = await writeDemo(dir, data);
    const text = await readFile(config, "utf8");
    expect(text).toBe(demoConfigYaml(data));
    const resolved = configFromText(text, { path: config });
    expect(resolved.timezone).toBe("America/New_York");
    expect(resolved.fiscal_year_start_month).toBe(1);
    expect(resolved.window).toEqual({ kind: "previous_quarter" });
    expect(resolved.calendar.weekend).toEqual([6, 7]);
    expect(resolved.calendar.holidays).toEqual({ country: "US", dates: [] });
    expect(resolved.eligibility).toEqual({ ramp_days: 14, min_eligible_days: 10 });
    expect(resolved.gap).toEqual({ metric: "auto", group_fraction: 0.25, min_group_size: 3 });
    expect(resolved.privacy).toEqual({ min_group_size: 5 });
    expect(resolved.database).toBe(join(dir, "uptake.duckdb"));
    expect(resolved.personas.map((p) => [p.id, p.targets])).toEqual([
      ["sdr", [{ activity: "email_sent", per_day: 20, measure: "count" }]],
      ["ae", [{ activity: "email_sent", per_day: 10, measure: "count" }]],
      ["manager", [{ activity: "recording_viewed", per_day: 3, measure: "count" }]],
      ["csm", [{ activity: "account_touched", per_day: 5, measure: "distinct_subjects" }]],
    ]);
  });

  it("lists the company's own days off in uptake.yml when the span has them", () => {
    const winter = generateDemo({ asOf: "2027-01-15", people: 20 });
    const resolved = configFromText(demoConfigYaml(winter), { baseDir: tmpdir() });
    expect(resolved.calendar.holidays.dates).toEqual(["2026-11-27", "2026-12-24"]);
  });
});
