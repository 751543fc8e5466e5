// Turns zod's issues into problems a person can act on: the path, what was
// expected, what came instead, and a "did you mean" where a close name exists.

import type * as z from "zod";
import {
  didYouMean,
  expectedGot,
  isPlainObject,
  type PathKey,
  type SpecProblem,
  valueAt,
} from "./problem.js";
import { SNAKE_CASE, WEEKDAYS, WINDOW_KEYWORDS } from "./schema.js";
import { allKeyPaths, keysAt } from "./schema-walk.js";
import { closest } from "./suggest.js";
import { timeZoneNames } from "./timezone.js";

type Issue = z.core.$ZodIssue;

const FULL_WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];

export function issueProblems(issues: readonly Issue[], root: unknown): SpecProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, [], root));
}

function problemsOf(issue: Issue, prefix: PathKey[], root: unknown): SpecProblem[] {
  const path = [...prefix, ...issue.path.map(toKey)];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: unknownKey(key, path),
        atKey: true,
      }));
    case "invalid_union":
      return unionProblems(issue, path, root);
    case "invalid_key": {
      const key = String(path[path.length - 1]);
      const snake = key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "");
      const suggestion = SNAKE_CASE.test(snake) && snake !== key ? snake : undefined;
      const expected = issue.issues[0]?.message ?? issue.message;
      return [
        {
          path,
          message: `${expected}, got ${JSON.stringify(key)}${didYouMean(suggestion)}`,
          atKey: true,
        },
      ];
    }
    case "invalid_value":
      return [
        {
          path,
          message: expectedGot(issue.message, root, path, suggestEnum(issue.values, root, path)),
        },
      ];
    case "custom": {
      const suggestion =
        issue.params?.suggest === "timezone"
          ? suggestString(root, path, timeZoneNames())
          : undefined;
      return [{ path, message: expectedGot(issue.message, root, path, suggestion) }];
    }
    default:
      return [{ path, message: expectedGot(issue.message, root, path) }];
  }
}

function toKey(key: PropertyKey): PathKey {
  return typeof key === "number" ? key : String(key);
}

function unknownKey(key: string, parent: PathKey[]): string {
  const allowed = keysAt(parent);
  // A close key here, or else the same key at another level ("weekend" at
  // the top belongs under calendar).
  const suggestion = closest(key, allowed) ?? allKeyPaths().find((p) => p.endsWith(`.${key}`));
  if (suggestion !== undefined) return `unknown key${didYouMean(suggestion)}`;
  return allowed.length > 0 ? `unknown key; expected one of ${allowed.join(", ")}` : "unknown key";
}

/**
 * A union (only `window` has one) fails as a whole when no branch fits. When
 * the value is a mapping that shares keys with one branch, that branch's own
 * problems say more ("window.trailing_days: expected an integer >= 1").
 */
function unionProblems(
  issue: Extract<Issue, { code: "invalid_union" }>,
  path: PathKey[],
  root: unknown,
): SpecProblem[] {
  const { value } = valueAt(root, path);
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    let best: Issue[] | undefined;
    let bestOverlap = 0;
    for (const branch of issue.errors) {
      const wrongType = branch.some((i) => i.path.length === 0 && i.code !== "unrecognized_keys");
      if (wrongType) continue;
      const unknown = branch.flatMap((i) =>
        i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys : [],
      );
      const overlap = keys.filter((k) => !unknown.includes(k)).length;
      if (
        overlap > bestOverlap ||
        (overlap === bestOverlap && best && branch.length < best.length)
      ) {
        best = branch;
        bestOverlap = overlap;
      }
    }
    if (best && bestOverlap > 0) return best.flatMap((i) => problemsOf(i, path, root));
  }
  const suggestion = isPlainObject(value)
    ? Object.keys(value)
        .map((key) => closest(key, keysAt(path)))
        .find((key) => key !== undefined)
    : suggestString(root, path, WINDOW_KEYWORDS);
  return [{ path, message: expectedGot(issue.message, root, path, suggestion) }];
}

function suggestEnum(
  values: readonly unknown[],
  root: unknown,
  path: PathKey[],
): string | undefined {
  const options = values.filter((v): v is string => typeof v === "string");
  const { value } = valueAt(root, path);
  if (typeof value !== "string") return undefined;
  if (options.length === WEEKDAYS.length && WEEKDAYS.every((d) => options.includes(d))) {
    // "satuday" is far from "sat" but one letter from "saturday".
    const full = closest(value, FULL_WEEKDAYS);
    if (full !== undefined) return WEEKDAYS[FULL_WEEKDAYS.indexOf(full)];
  }
  return closest(value, options);
}

function suggestString(root: unknown, path: PathKey[], candidates: readonly string[]) {
  const { value } = valueAt(root, path);
  return typeof value === "string" ? closest(value, candidates) : undefined;
}
