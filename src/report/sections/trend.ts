// 4. Trend: adoption week by week across the previous window and this one.

import { renderTrendChart } from "../charts/trend-chart.js";
import { targetNumber } from "../html/format.js";
import { type Html, html } from "../html/html.js";
import type { TrendModel } from "../model/trend-model.js";
import { chartFigure, sectionTitle } from "./parts.js";

function trendBlock(t: TrendModel, window: string, previous: string): Html {
  return html`<h3>${t.label}</h3>
${chartFigure(
  `trend.${t.persona}`,
  renderTrendChart(t.weeks, t.target, t.unit),
  html`<strong>Week by week</strong> (weeks start on Monday): the line is the mean ${t.unit} over the people eligible that week, against the target of ${targetNumber(t.target)}; the bars are the share of them at target that week. Shaded: the previous window (${previous}); then this window (${window}).`,
)}`;
}

export function trendSection(
  trends: readonly TrendModel[],
  window: string,
  previous: string,
): Html {
  return html`<section id="trend" class="major">
${sectionTitle(4, "Trend")}
<p class="lede">The same method applied to each ISO week on its own: a week counts for a person who had at least one eligible day in it.</p>
${trends.map((t) => trendBlock(t, window, previous))}
</section>`;
}
