import { expect, test } from "vitest";
import { closest, levenshtein } from "../../src/config/suggest.js";

test("levenshtein counts insertions, deletions and substitutions", () => {
  expect(levenshtein("", "")).toBe(0);
  expect(levenshtein("", "abc")).toBe(3);
  expect(levenshtein("email_snt", "email_sent")).toBe(1);
  expect(levenshtein("kitten", "sitting")).toBe(3);
  expect(levenshtein("flaw", "lawn")).toBe(2);
});

test("closest suggests a plausible typo, case-insensitively", () => {
  expect(closest("timezon", ["timezone", "window"])).toBe("timezone");
  expect(closest("Email_Sent", ["call_logged", "email_sent"])).toBe("email_sent");
  expect(closest("zzzzzz", ["timezone", "window"])).toBeUndefined();
});

test("closest allows a third of the input's length in edits", () => {
  // 9 letters: up to 3 edits.
  expect(closest("forcastup", ["forecast_updated"])).toBeUndefined();
  expect(closest("gaps_metr", ["gap_metric"])).toBe("gap_metric");
});

test("closest falls back to the one candidate the input begins", () => {
  expect(closest("distinct", ["count", "distinct_subjects"])).toBe("distinct_subjects");
  expect(closest("quota", ["quota_attainment", "quota_amount"])).toBeUndefined();
  expect(closest("re", ["revenue"])).toBeUndefined();
});

test("closest gives nothing when two candidates are equally close", () => {
  expect(closest("BZ", ["BB", "BY"])).toBeUndefined();
  expect(closest("BZ", ["BB", "TH"])).toBe("BB");
});
