import { describe, expect, test } from "vitest";
import { configFromText, defaultConfig } from "../../src/config/load.js";
import { allKeyPaths } from "../../src/config/schema-walk.js";
import { initTemplate } from "../../src/config/template.js";

const withoutSource = ({ source: _, ...rest }: ReturnType<typeof defaultConfig>) => rest;

describe("initTemplate", () => {
  test("validates to exactly the defaults", () => {
    const config = configFromText(initTemplate(), { path: "/srv/team/uptake.yml" });
    expect(withoutSource(config)).toEqual(withoutSource(defaultConfig("/srv/team")));
    expect(config.source.text).toBe(initTemplate());
  });

  test("shows every key of the schema, set or commented", () => {
    const text = initTemplate();
    const leaves = [
      ...new Set(allKeyPaths().map((p) => p.split(".").pop()?.replace("[]", "") ?? "")),
    ];
    expect(leaves).toContain("trailing_days");
    for (const key of leaves) {
      expect(text, `key ${key}`).toMatch(new RegExp(`[\\s{#]${key}:`));
    }
  });

  test("its commented examples are valid when uncommented", () => {
    const uncomment = (example: string) => {
      // A window example replaces the window that is set.
      const text = example.startsWith("window:")
        ? initTemplate().replace("\nwindow: previous_quarter\n", "\n")
        : initTemplate();
      expect(text).toContain(`# ${example}`);
      return configFromText(text.replace(`# ${example}`, example), { path: "/srv/uptake.yml" });
    };
    expect(uncomment("window: quarter_to_date").window).toEqual({ kind: "quarter_to_date" });
    expect(uncomment("window: {trailing_days: 30}").window).toEqual({
      kind: "trailing_days",
      days: 30,
    });
    expect(uncomment("window: {from: 2025-01-01, to: 2025-03-31}").window).toEqual({
      kind: "explicit",
      from: "2025-01-01",
      to: "2025-03-31",
    });
    expect(uncomment("country: US").calendar.holidays.country).toBe("US");
    expect(
      uncomment("activity_types: [linkedin_message_sent, demo_booked]").activity_types,
    ).toEqual(["linkedin_message_sent", "demo_booked"]);
    expect(uncomment("database: uptake.duckdb").database).toBe("/srv/uptake.duckdb");
  });
});
