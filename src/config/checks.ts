// Checks that need more than one key of the file: activity names against the
// declared activity_types, duplicate targets, holiday regions. They read the
// raw YAML value defensively, so they report alongside the schema's problems
// instead of waiting until everything else is fixed.

import { STANDARD_ACTIVITY_TYPES } from "../core/types.js";
import { holidayRegionProblem } from "./holiday-regions.js";
import { expectedGot, isPlainObject, type PathKey, type SpecProblem } from "./problem.js";
import { COUNTRY_CODE, SNAKE_CASE } from "./schema.js";
import { closest } from "./suggest.js";

const isName = (value: unknown): value is string =>
  typeof value === "string" && SNAKE_CASE.test(value);

export function crossChecks(root: unknown): SpecProblem[] {
  if (!isPlainObject(root)) return [];
  return [...activityProblems(root), ...holidayProblems(root)];
}

function activityProblems(root: Record<string, unknown>): SpecProblem[] {
  const declared = Array.isArray(root.activity_types) ? root.activity_types.filter(isName) : [];
  const known: string[] = [...STANDARD_ACTIVITY_TYPES, ...declared];
  const problems: SpecProblem[] = [];
  const checkName = (value: unknown, path: PathKey[]) => {
    if (!isName(value) || known.includes(value)) return;
    const expected = "expected a standard activity type or one declared in activity_types";
    problems.push({ path, message: expectedGot(expected, root, path, closest(value, known)) });
  };

  const personas = isPlainObject(root.personas) ? root.personas : {};
  for (const [id, persona] of Object.entries(personas)) {
    if (!isPlainObject(persona)) continue;
    const seen = new Map<string, number>();
    const targets = Array.isArray(persona.targets) ? persona.targets : [];
    targets.forEach((target, i) => {
      if (!isPlainObject(target)) return;
      const path: PathKey[] = ["personas", id, "targets", i];
      checkName(target.activity, [...path, "activity"]);
      if (!isName(target.activity)) return;
      const measure = target.measure ?? "count";
      const key = `${target.activity} ${String(measure)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        problems.push({
          path,
          message: `expected one target per activity and measure, got a second ${target.activity} (${String(measure)}) target; the first is targets[${first}]`,
        });
      }
    });
    const activities = Array.isArray(persona.activities) ? persona.activities : [];
    activities.forEach((activity, i) => {
      checkName(activity, ["personas", id, "activities", i]);
    });
  }
  return problems;
}

function holidayProblems(root: Record<string, unknown>): SpecProblem[] {
  const calendar = isPlainObject(root.calendar) ? root.calendar : {};
  const holidays = isPlainObject(calendar.holidays) ? calendar.holidays : {};
  const country = holidays.country;
  if (typeof country !== "string" || !COUNTRY_CODE.test(country)) return [];
  const problem = holidayRegionProblem(country);
  if (!problem) return [];
  const path = ["calendar", "holidays", "country"];
  return [{ path, message: expectedGot(problem.expected, root, path, problem.suggestion) }];
}
