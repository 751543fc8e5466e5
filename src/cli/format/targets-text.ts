import type { WhatIf, WhatIfCandidate, WhatIfSide } from "../../core/what-if.js";
import { ASSOCIATION_NOTE, measureWords } from "../../format/words.js";
import { money, num, pct } from "./numbers.js";
import { table } from "./table.js";

const isAttainment = (w: WhatIf): boolean => w.metric === "quota_attainment";

/** A candidate as typed in the config: 7.5, 10, 0.25 (never 10.0 or 7.50). */
export function perDay(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function outcome(w: WhatIf, value: number | null): string {
  if (value === null) return "–";
  return isAttainment(w) ? pct(value, 0) : money(value);
}

function difference(w: WhatIf, value: number | null): string {
  if (value === null) return "–";
  const sign = value > 0 ? "+" : "";
  return isAttainment(w) ? `${sign}${num(value * 100, 0)} pts` : `${sign}${money(value)}`;
}

function sideCell(w: WhatIf, s: WhatIfSide): string {
  return `${outcome(w, s.mean)} (${s.people})`;
}

function marks(c: WhatIfCandidate): string {
  return [c.current ? "current" : "", c.best ? "best" : ""].filter(Boolean).join(", ");
}

function row(w: WhatIf, c: WhatIfCandidate): string[] {
  // "~" flags a difference resting on a side smaller than the minimum group.
  const diff = difference(w, c.difference);
  return [
    perDay(c.per_day),
    `${c.adopted}/${c.evaluated}`,
    pct(c.adoption_rate, 0),
    sideCell(w, c.adopted_outcome),
    sideCell(w, c.not_adopted_outcome),
    c.difference !== null && !c.qualifies ? `~${diff}` : diff,
    marks(c),
  ];
}

function definitionLine(w: WhatIf): string {
  const what = measureWords(w.activity, w.measure);
  if (w.current_target === null) {
    return `${w.activity} is not a target of ${w.label}: each candidate is tried as the only target (${what} a day).`;
  }
  const held =
    w.held_targets.length > 0
      ? ` The other targets (${w.held_targets.join(", ")}) keep their values; rule "${w.rule}".`
      : "";
  return `Current target: ${perDay(w.current_target)} ${what} a day.${held}`;
}

function outcomeLine(w: WhatIf): string {
  const metric = w.metric === null ? "none" : isAttainment(w) ? "quota attainment" : "won revenue";
  return `Outcome: ${metric}. ${w.evaluated} evaluated people, ${w.with_outcome} with an outcome.`;
}

function bestLine(w: WhatIf): string {
  if (w.best === null) return `No best candidate: ${w.best_reason ?? "no reason given"}.`;
  const b = w.best;
  return (
    `Best separating candidate: ${perDay(b.per_day)} ${measureWords(w.activity, w.measure)} a day, a difference of ${difference(w, b.difference)}, ` +
    `resting on ${b.people} people (${b.adopted} adopted, ${b.not_adopted} not); ` +
    `the largest difference for its uncertainty (Welch t ${b.separation.toFixed(1)}).`
  );
}

/** The terminal view of `uptake targets`. */
export function formatTargets(w: WhatIf): string {
  const header = [
    "per day",
    "adopted",
    "rate",
    "adopted: mean (n)",
    "not adopted: mean (n)",
    "difference",
    "",
  ];
  return [
    `Target what-if for ${w.label} (${w.persona}), ${w.window.from} to ${w.window.to}`,
    definitionLine(w),
    outcomeLine(w),
    "",
    table(
      header,
      w.candidates.map((c) => row(w, c)),
    ),
    "",
    ...(w.candidates.some((c) => c.difference !== null && !c.qualifies)
      ? [`~ rests on fewer than ${w.min_group_size} people with an outcome on a side.`]
      : []),
    bestLine(w),
    ASSOCIATION_NOTE,
    "",
  ].join("\n");
}
