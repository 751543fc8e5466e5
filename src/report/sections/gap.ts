// 3. The Adoption Gap: what top adopters achieve against bottom adopters, with
// the uncertainty next to it and the caveat in plain words. Personas without
// a gap say why, so a missing number never reads as a zero.

import type { WhatIf } from "../../core/what-if.js";
import { ASSOCIATION_NOTE } from "../../format/words.js";
import { outcomeName } from "../charts/axis-format.js";
import { renderGapBoxplot } from "../charts/gap-boxplot.js";
import { renderScoreScatter } from "../charts/score-scatter.js";
import { type Html, html } from "../html/html.js";
import type { ComputedGap, GapModel } from "../model/gap-model.js";
import { chartFigure, fig, sectionTitle } from "./parts.js";

/** The what-if chart of `uptake targets`, when its renderer is available. */
export type TargetsChart = (whatIf: WhatIf) => string;

function lede(g: GapModel, c: ComputedGap): Html {
  const quota = c.metric === "quota_attainment";
  const reach = quota ? "of quota" : "in won revenue";
  return html`<p class="gap-lede"><span class="top">Top adopters</span> averaged ${fig(c.top.perDay)} ${g.unit} and ${fig(c.top.mean)} ${reach}; <span class="bottom">bottom adopters</span> ${fig(c.bottom.perDay)} and ${fig(c.bottom.mean)}.</p>`;
}

function stats(c: ComputedGap): Html {
  return html`<div class="stats">
<div class="stat top"><div class="label">Top adopters (${fig(c.k)} people)</div><div class="value">${fig(c.top.mean)}</div><div class="sub">mean; median ${fig(c.top.median)}</div></div>
<div class="stat bottom"><div class="label">Bottom adopters (${fig(c.k)} people)</div><div class="value">${fig(c.bottom.mean)}</div><div class="sub">mean; median ${fig(c.bottom.median)}</div></div>
<div class="stat"><div class="label">Gap (difference of means)</div><div class="value">${fig(c.difference)}</div><div class="sub">95% interval ${fig(c.ciLow)} to ${fig(c.ciHigh)}; ${fig(c.pValue)}</div></div>
<div class="stat"><div class="label">Revenue opportunity</div><div class="value">${fig(c.opportunity)}</div><div class="sub">if the bottom group sold like the top</div></div>
<div class="stat"><div class="label">Spearman's rho, score vs outcome</div><div class="value">${fig(c.rho)}</div><div class="sub">across ${fig(c.n)} people compared</div></div>
<div class="stat"><div class="label">Per-day activity, top vs bottom</div><div class="value">${fig(c.top.perDay)} <span class="muted">vs</span> ${fig(c.bottom.perDay)}</div><div class="sub">mean of the persona's first target</div></div>
</div>`;
}

function gapBlock(g: GapModel, whatIf: WhatIf | undefined, targetsChart?: TargetsChart): Html {
  const c = g.computed;
  if (c === null) {
    return html`<div class="gap" id="gap-${g.persona}"><h3>${g.label}</h3>
<p class="not-computed" data-gap-reason="${g.persona}"><strong>Not computed:</strong> ${g.reason}.</p></div>`;
  }
  const name = outcomeName(c.metric);
  const boxplot = chartFigure(
    `gap.${g.persona}`,
    renderGapBoxplot({
      metric: c.metric,
      top: { values: c.top.outcomes, mean: c.top.mean.value as number },
      bottom: { values: c.bottom.outcomes, mean: c.bottom.mean.value as number },
    }),
    html`<strong>Outcome of the top and bottom ${c.k.text}</strong> by adoption score: box from the first to the third quartile, whiskers to the extremes, diamond at the mean.`,
  );
  const scatter = chartFigure(
    `scatter.${g.persona}`,
    renderScoreScatter(c.scatter, c.metric),
    html`<strong>Score against ${name}</strong> for the ${c.n.text} people compared. A score of 1× is exactly on target.`,
  );
  const targets =
    whatIf && targetsChart
      ? chartFigure(
          `targets.${g.persona}`,
          targetsChart(whatIf),
          html`<strong>What if the target were different?</strong> Adoption and the outcome difference for each candidate per-day target (see <code>uptake targets</code>).`,
        )
      : html`<!-- slot: targets what-if chart (src/report/charts/targets.ts) -->`;
  return html`<div class="gap" id="gap-${g.persona}"><div class="keep"><h3>${g.label}</h3>
${lede(g, c)}
${stats(c)}</div>
<div class="grid-2">${boxplot}${scatter}</div>
${targets}
</div>`;
}

export function gapSection(
  gaps: readonly GapModel[],
  whatIfs: readonly WhatIf[],
  targetsChart?: TargetsChart,
): Html {
  return html`<section id="gap" class="major">
${sectionTitle(3, "The Adoption Gap")}
<p class="lede">Within each persona, people are ranked by adoption score; the top and bottom quarters are compared on their outcome in the window. The point is what using the tools makes possible for people like you, not who to blame.</p>
<p class="note">${ASSOCIATION_NOTE}</p>
${gaps.map((g) =>
  gapBlock(
    g,
    whatIfs.find((w) => w.persona === g.persona),
    targetsChart,
  ),
)}
</section>`;
}
