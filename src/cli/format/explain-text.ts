import { addDays, rangeLength } from "../../core/dates.js";
import type {
  Day,
  Explanation,
  IneligibleReason,
  PersonaExplanation,
  TargetResult,
} from "../../core/types.js";
import { measureWords } from "../../format/words.js";
import { num } from "./numbers.js";

const REASON_WORDS: Record<IneligibleReason, string> = {
  before_start: "before their start date",
  after_end: "after their end date",
  other_persona: "held another persona (or none)",
  weekend: "weekend",
  holiday: "holiday",
  ramp: "ramping up after starting",
  absence: "absent (time off or leave)",
};

const STATUS_WORDS = {
  adopted: "ADOPTED",
  not_adopted: "NOT ADOPTED",
  insufficient_days: "NOT EVALUATED (too few eligible days)",
  no_definition: "NOT EVALUATED (the persona has no target)",
} as const;

/** ["2026-07-01","2026-07-02","2026-07-04"] -> "2026-07-01 to 2026-07-02, 2026-07-04" */
export function dayRanges(days: Day[]): string {
  const parts: string[] = [];
  let start: Day | undefined;
  let prev: Day | undefined;
  for (const day of [...days].sort()) {
    if (start !== undefined && prev !== undefined && addDays(prev, 1) === day) {
      prev = day;
      continue;
    }
    if (start !== undefined && prev !== undefined)
      parts.push(start === prev ? start : `${start} to ${prev}`);
    start = day;
    prev = day;
  }
  if (start !== undefined && prev !== undefined)
    parts.push(start === prev ? start : `${start} to ${prev}`);
  return parts.join(", ");
}

function targetLine(t: TargetResult, eligibleDays: number): string {
  const what = measureWords(t.activity, t.measure);
  const needed = t.target * eligibleDays;
  const verdict =
    t.met === null ? "" : t.met ? " -> met" : ` -> not met (${num(needed - t.value, 0)} short)`;
  return `  ${what}: ${t.value} over ${eligibleDays} eligible days = ${num(t.per_day, 2)} a day; target ${t.target} a day, so ${num(needed, needed % 1 === 0 ? 0 : 1)} needed${verdict}`;
}

function personaBlock(p: PersonaExplanation, windowDays: number): string[] {
  const lines = [`As ${p.label}: ${STATUS_WORDS[p.status]}`];
  lines.push(`  Eligible days: ${p.eligible_days} of ${windowDays} days in the window.`);
  const reasons = (Object.keys(REASON_WORDS) as IneligibleReason[]).filter(
    (r) => p.ineligible[r].length > 0,
  );
  if (reasons.length > 0) lines.push("  Not eligible:");
  for (const r of reasons) {
    const days = p.ineligible[r];
    lines.push(
      `    ${REASON_WORDS[r]}: ${days.length} day${days.length === 1 ? "" : "s"} (${dayRanges(days)})`,
    );
  }
  if (p.status === "insufficient_days") {
    lines.push(
      `  At least ${p.min_eligible_days} eligible days are needed to judge adoption fairly.`,
    );
  }
  for (const t of p.targets) lines.push(targetLine(t, p.eligible_days));
  if (p.score !== null) {
    const rule = p.rule === "all" ? "every target must be met" : "one target met is enough";
    lines.push(`  Score ${num(p.score, 2)} (${rule}; 1.00 means exactly on target).`);
  }
  lines.push(
    `  Logins: on ${p.login_days} of ${p.eligible_days} eligible days${p.regular_user ? " (a regular user)" : ""}.`,
  );
  return lines;
}

export function formatExplanation(e: Explanation): string {
  const windowDays = rangeLength(e.window);
  const head = `${e.person.name} (${e.person.person_id}), as of ${e.as_of}; window ${e.window.from} to ${e.window.to}`;
  const blocks = e.personas.map((p) => personaBlock(p, windowDays).join("\n"));
  if (blocks.length === 0) blocks.push("Held no persona on any day of the window while employed.");
  return `${head}\n\n${blocks.join("\n\n")}\n`;
}
