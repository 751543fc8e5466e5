// 2. Per persona: what adoption means for it, in words; how per-day activity
// spreads around the target; and adoption by team.

import { renderHistogram } from "../charts/histogram.js";
import { renderTeamAdoption } from "../charts/team-adoption.js";
import { count, percent, targetNumber } from "../html/format.js";
import { type Html, html } from "../html/html.js";
import type { PersonaModel, TeamRow } from "../model/persona-model.js";
import { chartFigure, peopleCount, sectionTitle } from "./parts.js";

function teamRow(persona: string, t: TeamRow): Html {
  const base = { persona, team: t.keys };
  return html`<tr><td>${t.team}</td>
<td class="n">${peopleCount({ ...base, status: ["adopted"] }, t.adopted, count(t.adopted))}</td>
<td class="n">${peopleCount({ ...base, status: ["adopted", "not_adopted"] }, t.evaluated, count(t.evaluated))}</td>
<td class="n">${percent(t.adopted / t.evaluated)}</td></tr>`;
}

function personaBlock(p: PersonaModel): Html {
  const d = p.definition;
  const histogram = chartFigure(
    `histogram.${p.persona}`,
    renderHistogram({ values: p.perDay, target: p.target, unit: p.unit }),
    html`<strong>Per-day activity</strong> of the ${count(p.perDay.length)} evaluated people, against the target of ${targetNumber(p.target)}. Blue bars are at or above target.${p.firstOfSeveral ? " The first of the persona's targets." : ""} The last bar gathers everyone at three times the target or more.`,
  );
  const teams = chartFigure(
    `teams.${p.persona}`,
    renderTeamAdoption(
      p.teams.map((t) => ({ team: t.team, adopted: t.adopted, evaluated: t.evaluated })),
      p.adoptionRate,
    ),
    html`<strong>Adoption by team</strong>: adopted of evaluated; the dashed line is the persona's rate (${percent(p.adoptionRate)}). Teams with fewer evaluated people than the privacy minimum are shown together.`,
  );
  return html`<div class="persona" id="persona-${p.persona}">
<div class="keep"><h3>${p.label}</h3>
<dl class="definition">
<dt>Activities that count</dt><dd>${d.activities}</dd>
<dt>Target</dt><dd>${d.targets.join("; ")}. ${d.rule}</dd>
<dt>Window</dt><dd>${d.window}</dd>
<dt>Eligible day</dt><dd>${d.eligibleDay}</dd>
<dt>Evaluated</dt><dd>${d.evaluated}${p.notEvaluated > 0 ? ` In this window ${count(p.notEvaluated)} ${p.notEvaluated === 1 ? "person was" : "people were"} not evaluated for that reason.` : ""}</dd>
</dl></div>
<div class="grid-2">${histogram}${teams}</div>
<table class="teams compact">
<thead><tr><th>Team</th><th class="n">Adopted</th><th class="n">Evaluated</th><th class="n">Rate</th></tr></thead>
<tbody>${p.teams.map((t) => teamRow(p.persona, t))}</tbody>
</table>
${p.withheld > 0 ? html`<p class="small muted">${count(p.withheld)} evaluated ${p.withheld === 1 ? "person is" : "people are"} in teams too small to show, even together (fewer than the privacy minimum).</p>` : ""}
</div>`;
}

export function personasSection(personas: readonly PersonaModel[]): Html {
  return html`<section id="personas" class="major">
${sectionTitle(2, "Per persona")}
<p class="lede">Each persona has its own definition of real use: the work it should do in the tools each day. Eligible days are the denominator, so leave, holidays and a new starter's first days never count against anyone.</p>
${personas.map(personaBlock)}
</section>`;
}
