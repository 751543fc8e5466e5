// A persona's adoption definition in words, so that a reader can check what
// was measured without opening the configuration.

import type { MethodConfig, PersonaDef, TargetDef, WindowSpec } from "../../core/types.js";
import { activityNoun, measureWords } from "../../format/words.js";
import { plural, targetNumber } from "../html/format.js";

const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export interface PersonaDefinition {
  activities: string;
  targets: string[];
  rule: string;
  window: string;
  eligibleDay: string;
  evaluated: string;
}

export function targetWords(t: TargetDef): string {
  return `${targetNumber(t.per_day)} ${measureWords(t.activity, t.measure)} per eligible day`;
}

/** "emails per eligible day": the unit of a target's per-day value. */
export function perDayUnit(t: TargetDef): string {
  return `${measureWords(t.activity, t.measure)} per eligible day`;
}

export function windowKind(spec: WindowSpec): string {
  switch (spec.kind) {
    case "previous_quarter":
      return "the last complete fiscal quarter before the as-of date";
    case "quarter_to_date":
      return "the fiscal quarter to the day before the as-of date";
    case "trailing_days":
      return `the ${plural(spec.days, "day")} before the as-of date`;
    case "explicit":
      return "a fixed range set in the configuration";
  }
}

function listWords(items: readonly string[], last = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

export function eligibleDayWords(method: MethodConfig): string {
  const weekend = method.calendar.weekend.map((d) => WEEKDAYS[d] as string);
  const holidays: string[] = [];
  if (method.calendar.holidays.country) {
    holidays.push(`a public holiday in ${method.calendar.holidays.country}`);
  }
  if (method.calendar.holidays.dates.length > 0) {
    holidays.push(`one of ${plural(method.calendar.holidays.dates.length, "listed holiday")}`);
  }
  const notDays = [weekend.length > 0 ? `not a ${listWords(weekend, "or")}` : null]
    .concat(holidays.length > 0 ? [`not ${listWords(holidays, "or")}`] : [])
    .filter((s): s is string => s !== null);
  const calendar = notDays.length > 0 ? ` (${notDays.join(", ")})` : "";
  const ramp = method.eligibility.ramp_days;
  const rampWords = ramp > 0 ? `, is past the first ${plural(ramp, "day")} after starting` : "";
  return (
    `A working day${calendar} on which the person is employed, holds this persona${rampWords} ` +
    "and is not absent. Work done on other days still counts toward the measure."
  );
}

export function personaDefinition(
  persona: PersonaDef,
  method: MethodConfig,
  windowText: string,
): PersonaDefinition {
  const several = persona.targets.length > 1;
  return {
    activities: listWords(persona.activities.map((a) => activityNoun(a))),
    targets: persona.targets.map(targetWords),
    rule: !several
      ? "Adopted when the target is met over the window."
      : persona.rule === "all"
        ? "Adopted when every target is met over the window."
        : "Adopted when at least one target is met over the window.",
    window: `${windowText}: ${windowKind(method.window)}.`,
    eligibleDay: eligibleDayWords(method),
    evaluated: `People with fewer than ${plural(method.eligibility.min_eligible_days, "eligible day")} are not evaluated.`,
  };
}
