// 5. Where to look: starting points for a conversation, not a ranking.

import { type Html, html } from "../html/html.js";
import type { NearRow, QualityRow, WhereToLook } from "../model/where-to-look.js";
import { fig, sectionTitle } from "./parts.js";

function qualityRow(r: QualityRow): Html {
  return html`<tr><td>${r.name}</td><td>${r.team}</td><td>${r.persona}</td><td class="n">${fig(r.score)}</td><td class="n">${fig(r.outcome)}</td><td class="n">${fig(r.median)}</td></tr>`;
}

function nearRow(r: NearRow): Html {
  return html`<tr><td>${r.name}</td><td>${r.team}</td><td>${r.persona}</td><td class="n">${fig(r.perDay)} / ${r.target}</td><td class="n">${fig(r.score)}</td><td>${r.shortfall}</td></tr>`;
}

export function whereToLookSection(w: WhereToLook): Html {
  const quality =
    w.quality.length === 0
      ? html`<p class="muted">Nobody is at three times the target or more with an outcome below their persona's median.</p>`
      : html`<table class="long"><thead><tr><th>Name</th><th>Team</th><th>Persona</th><th class="n">Score</th><th class="n">Outcome</th><th class="n">Persona median</th></tr></thead>
<tbody>${w.quality.map(qualityRow)}</tbody></table>`;
  const near =
    w.near.length === 0
      ? html`<p class="muted">Nobody is within 20% of target without reaching it.</p>`
      : html`<table class="long"><thead><tr><th>Name</th><th>Team</th><th>Persona</th><th class="n">Per day / target</th><th class="n">Score</th><th>To reach target</th></tr></thead>
<tbody>${w.near.map(nearRow)}</tbody></table>`;
  return html`<section id="where-to-look" class="major">
${sectionTitle(5, "Where to look")}
<h3>Far above target, weak outcome: look at activity quality</h3>
<p class="lede">Three times the target or more, yet an outcome below the persona's median. Volume is not the goal; these people may be doing the wrong kind of work in the tools, or logging it twice.</p>
${quality}
<h3>Within 20% of target: coaching, not blame</h3>
<p class="lede">Close to the target and not there yet: a small, specific change reaches it. The per-day figure is the persona's first target.</p>
${near}
</section>`;
}
