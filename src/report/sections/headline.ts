// 1. Headline: logins against adoption. Logging in is necessary, not
// sufficient; the contrast and the people it hides lead the report.

import { type Html, html } from "../html/html.js";
import type { Figure } from "../model/figure.js";
import type { Headline, PersonaHeadline } from "../model/headline.js";
import { fig, sectionTitle } from "./parts.js";

function bar(kind: "login" | "adopted", value: number | null): Html {
  const width = value === null ? 0 : Math.max(0, Math.min(100, value * 100));
  return html`<span class="bar" aria-hidden="true"><i class="${kind}" style="width:${width.toFixed(1)}%"></i></span>`;
}

function rateCell(f: Figure, kind: "login" | "adopted"): Html {
  return html`<td class="n">${fig(f)}${bar(kind, f.value)}</td>`;
}

function personaRow(p: PersonaHeadline): Html {
  if (!p.defined) {
    return html`<tr><td>${p.label}</td><td class="n">${fig(p.loginRate)}${bar("login", p.loginRate.value)}</td>
<td colspan="3" class="muted">no adoption definition configured</td><td class="n">${fig(p.people)}</td></tr>`;
  }
  return html`<tr><td>${p.label}</td>${rateCell(p.loginRate, "login")}${rateCell(p.adoptionRate, "adopted")}
<td class="n">${fig(p.adopted)} of ${fig(p.evaluated)}</td><td class="n">${fig(p.loggedInNotAdopted)}</td><td class="n">${fig(p.people)}</td></tr>`;
}

export function headlineSection(h: Headline): Html {
  const o = h.overall;
  return html`<section id="headline">
${sectionTitle(1, "Headline")}
<div class="hero">
<p class="contrast"><span class="login">${fig(o.loginRate)} log in</span>; <span class="adopted">${fig(o.adoptionRate)} have adopted</span>.</p>
<p class="hidden-pop"><strong>${fig(o.loggedInNotAdopted)} people</strong> log in on at least half of their working days yet have not adopted: the population a login dashboard hides.</p>
</div>
<div class="kpis">
<div class="kpi"><div class="label">People</div><div class="value">${fig(o.people)}</div><div class="sub">with a seat in the window</div></div>
<div class="kpi"><div class="label">Evaluated</div><div class="value">${fig(o.evaluated)}</div><div class="sub">enough eligible days to judge</div></div>
<div class="kpi accent"><div class="label">Adopted</div><div class="value">${fig(o.adopted)}</div><div class="sub">met their persona's target</div></div>
<div class="kpi warn"><div class="label">Log in, not adopted</div><div class="value">${fig(o.loggedInNotAdopted)}</div><div class="sub">regular users below target</div></div>
</div>
<table>
<thead><tr><th>Persona</th><th class="n">Log in (daily)</th><th class="n">Adopted</th><th class="n">Adopted of evaluated</th><th class="n">Log in, not adopted</th><th class="n">People</th></tr></thead>
<tbody>${h.personas.map(personaRow)}</tbody>
</table>
<p class="small muted">Log in: the mean share of people who logged in on a working day. Adopted: did the work the persona's target asks for, per eligible day, over the window. A regular user logged in on at least half of their eligible days.</p>
</section>`;
}
