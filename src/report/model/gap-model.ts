// The Adoption Gap per persona as figures and chart data. Every number is a
// field of the assessment's GapResult; the charts re-read the same compared
// people the core ranked, so the picture and the figures cannot disagree.

import { comparedPeople } from "../../core/gap.js";
import type { Assessment, GapMetric, GapResult, MethodConfig } from "../../core/types.js";
import type { ScatterPoint } from "../charts/score-scatter.js";
import {
  amount,
  coefficient,
  count,
  decimal,
  outcome,
  outcomeDifference,
  pValue,
} from "../html/format.js";
import { perDayUnit } from "./definition.js";
import { type Figure, figure, paths } from "./figure.js";

export interface GapGroupFigures {
  mean: Figure;
  median: Figure;
  perDay: Figure;
  /** Outcomes of the group's members, for the boxplot. */
  outcomes: number[];
}

export interface ComputedGap {
  n: Figure;
  k: Figure;
  metric: GapMetric;
  top: GapGroupFigures;
  bottom: GapGroupFigures;
  difference: Figure;
  ciLow: Figure;
  ciHigh: Figure;
  pValue: Figure;
  rho: Figure;
  opportunity: Figure;
  scatter: ScatterPoint[];
}

export interface GapModel {
  persona: string;
  label: string;
  /** The unit of the groups' per-day activity. */
  unit: string;
  computed: ComputedGap | null;
  /** Why the gap could not be computed (the core's words); null when computed. */
  reason: string | null;
}

function groupFigures(g: GapResult, side: "top" | "bottom", outcomes: number[]): GapGroupFigures {
  const group = g[side];
  if (group === null) throw new Error(`computed gap without a ${side} group`);
  const path = (field: string) => paths.gap(g.persona, `${side}.${field}`);
  return {
    mean: figure(path("mean"), group.mean, outcome(group.mean, g.metric)),
    median: figure(path("median"), group.median, outcome(group.median, g.metric)),
    perDay: figure(path("per_day"), group.per_day, decimal(group.per_day)),
    outcomes,
  };
}

function computedGap(g: GapResult, a: Assessment): ComputedGap {
  const metric = g.metric as GapMetric;
  const compared = comparedPeople(a.people, g.persona, metric);
  const top = new Set(g.top?.person_ids);
  const bottom = new Set(g.bottom?.person_ids);
  const outcomesOf = (ids: Set<string>) =>
    compared.filter((c) => ids.has(c.person.person_id)).map((c) => c.outcome);
  const path = (field: string) => paths.gap(g.persona, field);
  const ci = g.ci95;
  return {
    n: figure(path("n"), g.n, count(g.n)),
    k: figure(path("k"), g.k, count(g.k)),
    metric,
    top: groupFigures(g, "top", outcomesOf(top)),
    bottom: groupFigures(g, "bottom", outcomesOf(bottom)),
    difference: figure(path("difference"), g.difference, outcomeDifference(g.difference, metric)),
    ciLow: figure(path("ci95[0]"), ci?.[0] ?? null, outcomeDifference(ci?.[0] ?? null, metric)),
    ciHigh: figure(path("ci95[1]"), ci?.[1] ?? null, outcomeDifference(ci?.[1] ?? null, metric)),
    pValue: figure(path("p_value"), g.p_value, pValue(g.p_value)),
    rho: figure(path("spearman_rho"), g.spearman_rho, coefficient(g.spearman_rho)),
    opportunity: figure(
      path("revenue_opportunity"),
      g.revenue_opportunity,
      amount(g.revenue_opportunity),
    ),
    scatter: compared.map((c) => ({
      score: c.score,
      outcome: c.outcome,
      group: top.has(c.person.person_id)
        ? "top"
        : bottom.has(c.person.person_id)
          ? "bottom"
          : "middle",
    })),
  };
}

export function gapModels(a: Assessment, method: MethodConfig): GapModel[] {
  return a.gap.map((g) => {
    const persona = method.personas.find((p) => p.id === g.persona);
    const first = persona?.targets[0];
    return {
      persona: g.persona,
      label: persona?.label ?? g.persona,
      unit: first ? perDayUnit(first) : "per eligible day",
      computed: g.computed ? computedGap(g, a) : null,
      reason: g.computed ? null : (g.reason ?? "not computed"),
    };
  });
}
