// The sentences of a scorecard, written to a rep: what they did, how little
// more reaches the target, what people in their role achieve. Encouraging by
// design (DESIGN.md, "Carrot, not stick"): a shortfall is said as the next
// step, a rep on target is congratulated, nobody is ranked. Plain strings:
// the renderer escapes them.

import type { GapMetric, Measure, Status } from "../../core/types.js";
import { activityNoun } from "../../format/words.js";
import { amount, count, decimal, outcome, percent, targetNumber } from "../html/format.js";
import type { Interpolation } from "../html/html.js";
import type { GroupFigure } from "./group-figure.js";
import type {
  AdoptionFigures,
  GapFigures,
  PersonaCard,
  ScorecardModel,
  TargetLine,
} from "./scorecard-model.js";

export type Tone = "success" | "progress" | "neutral";

/**
 * A sentence as parts, so the page can wrap each number in its provenance
 * (data-figure) while a golden test reads the same sentence as plain text.
 * `mark(key, text)` receives the already formatted text of the number `key`.
 */
export type Sentence = Interpolation[];
export type Mark = (key: string, text: string) => Interpolation;
const plain: Mark = (_key, text) => text;

export function toText(parts: Sentence): string {
  return parts.map((p) => (Array.isArray(p) ? toText(p) : String(p ?? ""))).join("");
}

export interface Headline {
  tone: Tone;
  title: Sentence;
  detail: Sentence;
}

/** "email" / "emails", "distinct account touched" / "distinct accounts touched". */
export function unit(activity: string, measure: Measure, n: number): string {
  const noun = activityNoun(activity, n !== 1);
  return measure === "distinct_subjects" ? `distinct ${noun}` : noun;
}

function averaged(t: TargetLine, days: number, mark: Mark, last: boolean): Sentence {
  const key = (field: string) => `${t.activity}.${field}`;
  return [
    "You averaged ",
    mark(key("per_day"), decimal(t.per_day)),
    ` ${unit(t.activity, t.measure, 2)} a day over `,
    mark("eligible_days", count(days)),
    ` eligible working day${days === 1 ? "" : "s"}; the target is `,
    mark(key("target"), targetNumber(t.target)),
    last ? "." : ". ",
  ];
}

function moreOf(t: TargetLine, mark: Mark): Sentence {
  const more = t.more_per_day as number;
  // "1 more call", not "1.0 more call"; "2.4 more emails".
  const text = Number.isInteger(more) ? count(more) : decimal(more);
  return [mark(`${t.activity}.more_per_day`, text), ` more ${unit(t.activity, t.measure, more)}`];
}

/** "a, b and c" */
function list(items: Sentence[]): Sentence {
  return items.flatMap((item, i) => [
    i === 0 ? "" : i === items.length - 1 ? " and " : ", ",
    ...item,
  ]);
}

/** Under rule "any" one target is enough: name the nearest, relative to its size. */
function nextSteps(card: PersonaCard): TargetLine[] {
  const unmet = card.targets.filter((t) => t.more_per_day !== null);
  if (card.rule === "all" || unmet.length <= 1) return unmet;
  const gap = (t: TargetLine) => (t.more_per_day as number) / t.target;
  return [unmet.reduce((best, t) => (gap(t) < gap(best) ? t : best))];
}

export function headline(card: PersonaCard, mark: Mark = plain): Headline {
  const detail = card.targets.flatMap((t, i) =>
    averaged(t, card.eligible_days, mark, i === card.targets.length - 1),
  );
  const status: Status = card.status;
  if (status === "adopted") {
    return { tone: "success", title: ["You're on target. Well done!"], detail };
  }
  if (status === "not_adopted") {
    const steps = nextSteps(card).map((t) => moreOf(t, mark));
    return { tone: "progress", title: [...list(steps), " a day would put you at target"], detail };
  }
  if (status === "insufficient_days") {
    return {
      tone: "neutral",
      title: ["Not enough working days to assess yet"],
      detail: [
        "This window had ",
        mark("eligible_days", count(card.eligible_days)),
        ` eligible working day${card.eligible_days === 1 ? "" : "s"} for you as ${card.label}; `,
        `${count(card.min_eligible_days)} are needed. Your numbers so far are below.`,
      ],
    };
  }
  return {
    tone: "neutral",
    title: ["Your role has no adoption target yet"],
    detail: ["There is nothing to reach: your numbers are shown for your own reference."],
  };
}

/** The person's own outcome in the window, in the words of their persona's metric. */
export function ownOutcome(s: ScorecardModel): { label: string; value: string; detail: string } {
  if (s.quota_attainment !== null) {
    return {
      label: "Quota attainment",
      value: percent(s.quota_attainment),
      detail: `${amount(s.revenue)} won against a quota of ${amount(s.quota)}`,
    };
  }
  return {
    label: "Won revenue",
    value: amount(s.revenue),
    detail: "no quota on record for this window",
  };
}

function reach(metric: GapMetric, value: Interpolation): Sentence {
  return metric === "quota_attainment"
    ? ["reach ", value, " of quota"]
    : ["win ", value, " in revenue"];
}

export const WITHHELD_WHY = "so that no one can be singled out";

/** A group figure that is not shown, said plainly so it never reads as zero. */
export function notShown(f: Exclude<GroupFigure<unknown>, { status: "shown" }>): string {
  return f.status === "withheld"
    ? `Withheld: ${f.reason}, ${WITHHELD_WHY}.`
    : `Not available: ${f.reason}.`;
}

export function gapSentence(g: GapFigures, mark: Mark = plain): Sentence {
  const noun = g.activity ? unit(g.activity, "count", 2) : "activities";
  return [
    `People in your role who use it most (the top ${count(g.k)} of ${count(g.n)} compared) average `,
    mark("top.per_day", decimal(g.top.per_day)),
    ` ${noun} a day and `,
    ...reach(g.metric, mark("top.mean", outcome(g.top.mean, g.metric))),
    ". Those who use it least average ",
    mark("bottom.per_day", decimal(g.bottom.per_day)),
    ` ${noun} a day and `,
    ...reach(g.metric, mark("bottom.mean", outcome(g.bottom.mean, g.metric))),
    ".",
  ];
}

function rateOf(a: AdoptionFigures, mark: Mark): Sentence {
  return [
    mark("adopted", count(a.adopted)),
    " of ",
    mark("evaluated", count(a.evaluated)),
    " people in your role (",
    mark("rate", percent(a.rate)),
    ") reach the target.",
  ];
}

export function personaAdoptionSentence(a: AdoptionFigures, mark: Mark = plain): Sentence {
  return rateOf(a, mark);
}

export function teamAdoptionSentence(
  a: AdoptionFigures & { team: string },
  mark: Mark = plain,
): Sentence {
  if (a.adopted === 0) {
    return [
      `In team ${a.team}, nobody in your role has reached the target yet (`,
      mark("evaluated", count(a.evaluated)),
      " people): be the first.",
    ];
  }
  return [`In team ${a.team}, `, ...rateOf(a, mark)];
}

export const ASSOCIATION =
  "An association, not proof of cause: it shows what people like you achieve, not a promise.";
