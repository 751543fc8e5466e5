import { describe, expect, it } from "vitest";
import { formatTargets, perDay } from "../../src/cli/format/targets-text.js";
import type { PersonaDef } from "../../src/core/types.js";
import { targetWhatIf } from "../../src/core/what-if.js";
import { expectGolden } from "../golden.js";
import { AE, assessment, method, person, SIX } from "./what-if-fixtures.js";

describe("formatTargets", () => {
  it("writes candidates as typed in the config", () => {
    expect(perDay(10)).toBe("10");
    expect(perDay(7.5)).toBe("7.5");
    expect(perDay(0.1 + 0.2)).toBe("0.3");
  });

  it("prints the revenue what-if with current and best marked", () => {
    const text = formatTargets(targetWhatIf(assessment(SIX), method([AE]), "ae"));
    expect(text).toContain("Best separating candidate: 11 emails a day");
    expectGolden("targets/revenue.txt", text);
  });

  it("prints attainment in points and says why there is no best", () => {
    const people = [
      person(AE, { id: "a", values: [300], revenue: 1200, quota: 1000 }),
      person(AE, { id: "b", values: [100], revenue: 500, quota: 1000 }),
      person(AE, { id: "c", values: [150], revenue: 900, quota: 1000 }),
    ];
    const text = formatTargets(
      targetWhatIf(assessment(people), method([AE]), "ae", { from: 5, to: 15, step: 2.5 }),
    );
    expect(text).toContain("No best candidate: only 3 evaluated people have an outcome");
    expectGolden("targets/attainment.txt", text);
  });

  it("names the held targets of a persona with several", () => {
    const TWO: PersonaDef = {
      ...AE,
      targets: [...AE.targets, { activity: "call_logged", per_day: 5, measure: "count" }],
    };
    const people = [person(TWO, { id: "a", values: [300, 100], revenue: 10 })];
    const text = formatTargets(
      targetWhatIf(assessment(people), method([TWO]), "ae", { from: 10, to: 10 }),
    );
    expect(text).toContain('The other targets (call_logged) keep their values; rule "all".');
  });
});
