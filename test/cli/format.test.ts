import { describe, expect, it } from "vitest";
import { formatAssessment } from "../../src/cli/format/assess-text.js";
import { formatInputError } from "../../src/cli/format/errors.js";
import { dayRanges, formatExplanation } from "../../src/cli/format/explain-text.js";
import { formatGap } from "../../src/cli/format/gap-text.js";
import { formatImportResult } from "../../src/cli/format/import-text.js";
import { money, pct, pValue, scorePct } from "../../src/cli/format/numbers.js";
import { table } from "../../src/cli/format/table.js";
import { InputError } from "../../src/errors.js";
import { expectGolden } from "../golden.js";
import { ASSESSMENT, EXPLANATION } from "./assessment-fixture.js";

describe("terminal formatting (golden)", () => {
  it("assess: the persona table and the coaching list, nearest to target first", () => {
    expectGolden("cli/assess.txt", formatAssessment(ASSESSMENT));
  });

  it("gap: each persona in words, the reason where it was withheld, the note", () => {
    expectGolden("cli/gap.txt", formatGap(ASSESSMENT));
  });

  it("explain: every ineligible day grouped by reason, the measure and the verdict", () => {
    expectGolden("cli/explain.txt", formatExplanation(EXPLANATION));
  });
});

describe("number formatting", () => {
  it("never rounds a score below target up to 100%", () => {
    expect(scorePct(0.996)).toBe("99%");
    expect(scorePct(1)).toBe("100%");
    expect(scorePct(null)).toBe("–");
  });

  it("formats rates, money and p-values for sentences", () => {
    expect(pct(0.4615)).toBe("46.2%");
    expect(money(1234567)).toBe("1.2M");
    expect(money(-45300)).toBe("-45.3k");
    expect(money(999)).toBe("999");
    expect(pValue(0.0004)).toBe("p < 0.001");
    expect(pValue(0.0312)).toBe("p = 0.031");
  });

  it("collapses consecutive days into ranges", () => {
    expect(
      dayRanges([
        "2026-03-09",
        "2026-03-07",
        "2026-03-08",
        "2026-03-31",
        "2026-04-01",
        "2026-04-03",
      ]),
    ).toBe("2026-03-07 to 2026-03-09, 2026-03-31 to 2026-04-01, 2026-04-03");
    expect(dayRanges([])).toBe("");
  });

  it("aligns text left and numbers right", () => {
    expect(
      table(
        ["name", "n"],
        [
          ["a", "1"],
          ["bbb", "22"],
        ],
        "lr",
      ),
    ).toBe("name   n\n----  --\na      1\nbbb   22");
  });

  it("lists located input problems and how many more there were", () => {
    const error = new InputError(
      "activities.csv has 25 bad rows; nothing was imported",
      [{ location: "activities.csv:3", field: "activity_type", message: 'unknown "email_snt"' }],
      25,
    );
    expect(formatInputError(error)).toBe(
      'uptake: activities.csv has 25 bad rows; nothing was imported\n  activities.csv:3 activity_type: unknown "email_snt"\n  ... and 24 more',
    );
  });
});

describe("data in the terminal", () => {
  it("cannot steer the terminal with control characters in a name", () => {
    expect(table(["name"], [["evil\u001b[2Jname"]])).toBe("name\n------------\nevil?[2Jname");
  });
});

describe("import summary", () => {
  it("shows the first 20 rejected rows and counts the rest", () => {
    const first = Array.from({ length: 25 }, (_, i) => ({
      location: `a.csv:${i + 2}`,
      column: "amount",
      value: "-1",
      reason: 'expected an amount >= 0, got "-1"',
    }));
    const text = formatImportResult({
      kind: "opportunities",
      files: ["a.csv"],
      importId: 1,
      rowsRead: 40,
      rowsImported: 15,
      rowsNew: 15,
      rowsReplaced: 0,
      rowsUnchanged: 0,
      rowsSuperseded: 0,
      rejected: { rows: 25, problems: 25, first },
      rejectsPath: "a.csv.rejects.csv",
      unknownPeople: { people: 2, rows: 3 },
    });
    expect(text).toContain(
      "25 rows rejected (25 problems), written with their reasons to a.csv.rejects.csv:",
    );
    expect(text).toContain("  a.csv:21 amount:");
    expect(text).not.toContain("a.csv:22 amount");
    expect(text).toContain("  ... and 5 more");
    expect(text).toContain("3 rows name 2 people not imported yet");
  });
});

describe("an empty workspace", () => {
  it("says what to do next instead of a table of zeros alone", () => {
    const empty = {
      ...ASSESSMENT,
      overall: { ...ASSESSMENT.overall, people: 0, evaluated: 0, adopted: 0 },
      personas: [],
      people: [],
    };
    expect(formatAssessment(empty)).toContain("Nobody held a persona in this window.");
    expect(formatAssessment(ASSESSMENT)).not.toContain("Nobody held a persona");
  });
});
