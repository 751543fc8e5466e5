// The adoption report as a view model: numbers and words, no markup. Pure:
// the context in, the model out. Figures are formatted Assessment values,
// never recomputed; the weekly trend is the core's own, per week.

import type { AssessmentContext } from "../app/context.js";
import { weeklyTrend } from "../core/trend.js";
import type { Assessment } from "../core/types.js";
import { targetWhatIf, type WhatIf } from "../core/what-if.js";
import { day, dayRange } from "./html/format.js";
import { type GapModel, gapModels } from "./model/gap-model.js";
import { type Headline, headlineModel } from "./model/headline.js";
import { type PersonaModel, personaModel } from "./model/persona-model.js";
import { type Provenance, provenance } from "./model/provenance.js";
import { type TrendModel, trendModels } from "./model/trend-model.js";
import { type WhereToLook, whereToLook } from "./model/where-to-look.js";

export interface ReportModel {
  title: string;
  asOf: string;
  window: string;
  previous: string;
  headline: Headline;
  personas: PersonaModel[];
  gaps: GapModel[];
  trends: TrendModel[];
  whereToLook: WhereToLook;
  /** The target what-if per persona with a target, for the targets chart. */
  whatIfs: WhatIf[];
  provenance: Provenance;
}

function whatIfs(ctx: AssessmentContext): WhatIf[] {
  return ctx.config.personas
    .filter((p) => p.targets.length > 0)
    .map((p) => targetWhatIf(ctx.assessment, ctx.config, p.id, { input: ctx.input }));
}

export function reportModel(ctx: AssessmentContext, version: string): ReportModel {
  const a: Assessment = ctx.assessment;
  const windowText = dayRange(ctx.window);
  const defined = new Set(ctx.config.personas.filter((p) => p.targets.length > 0).map((p) => p.id));
  const trend = weeklyTrend(ctx.input, ctx.config, { from: ctx.previous.from, to: ctx.window.to });
  return {
    title: "Adoption report",
    asOf: day(ctx.asOf),
    window: windowText,
    previous: dayRange(ctx.previous),
    headline: headlineModel(a, defined),
    personas: ctx.config.personas
      .map((p) => personaModel(p, a, ctx.config, windowText))
      .filter((p): p is PersonaModel => p !== null),
    gaps: gapModels(a, ctx.config),
    trends: trendModels(trend, ctx.config, ctx.window),
    whereToLook: whereToLook(a, ctx.config),
    whatIfs: whatIfs(ctx),
    provenance: provenance(ctx.config, ctx.sources, ctx, version),
  };
}
