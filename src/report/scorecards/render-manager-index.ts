// A manager's index of their reports' scorecards, and the top-level index of
// managers. These pages are for the manager (and whoever hands scorecards
// out), so they name the reports; each scorecard they link to names nobody
// but its reader. Ordered by name, never ranked by score.

import type { PersonResult } from "../../core/types.js";
import { VERSION } from "../../version.js";
import { count, day, dayRange, decimal, targetNumber } from "../html/format.js";
import { type Html, html, raw } from "../html/html.js";
import { page } from "../html/page.js";
import type { ManagerIndexModel, ReportRow } from "./manager-model.js";
import { morePerDay } from "./scorecard-model.js";
import { STATUS_LABEL } from "./status-words.js";
import { SCORECARD_STYLES } from "./styles.js";
import { unit } from "./wording.js";

/** "Jane Doe's team", or a plain title when the manager is not a known person. */
export function managerTitle(m: Pick<ManagerIndexModel, "manager_id" | "manager_name">): string {
  if (m.manager_id === null) return "People without a manager";
  return m.manager_name !== null ? `${m.manager_name}'s team` : `Team of manager ${m.manager_id}`;
}

function perDayCell(e: PersonResult): Html {
  const t = e.targets[0];
  if (!t || t.per_day === null) return html`<span class="muted">–</span>`;
  const width = Math.max(0, Math.min(1, t.per_day / t.target)) * 100;
  return html`${decimal(t.per_day)} / ${targetNumber(t.target)}<span class="meter inline" aria-hidden="true"><i class="${t.met ? "met" : ""}" style="width:${width.toFixed(1)}%"></i></span>`;
}

function toTarget(e: PersonResult): Html {
  const t = e.targets[0];
  if (!t || t.met === null) return html`<span class="muted">–</span>`;
  const more = morePerDay(t, e.eligible_days);
  return more === null ? html`✓` : html`+${decimal(more)} a day`;
}

/** What the per-day number counts, under the role: roles on one team may differ. */
function activityLine(e: PersonResult): Html {
  const t = e.targets[0];
  return t
    ? html`<br><span class="small muted">${unit(t.activity, t.measure, 2)} a day</span>`
    : html``;
}

function row(r: ReportRow, labels: ReadonlyMap<string, string>): Html {
  return html`${r.entries.map(
    (e, i) => html`<tr data-person="${r.person_id}">
<td class="who">${i === 0 ? html`<a href="${r.href}">${r.name}</a>` : html``}</td>
<td class="who">${labels.get(e.persona) ?? e.persona}${activityLine(e)}</td>
<td><span class="pill ${e.status}">${STATUS_LABEL[e.status]}</span></td>
<td class="n">${perDayCell(e)}</td>
<td class="n">${toTarget(e)}</td>
<td class="n">${count(e.eligible_days)}</td>
</tr>`,
  )}`;
}

function shell(title: string, body: Html): string {
  return page(
    title,
    html`<style>${raw(SCORECARD_STYLES)}</style><div class="sc">${body}
<footer>Scorecards by uptake ${VERSION}. Share each person's scorecard with that person: it shows their own numbers and anonymous figures about groups only.</footer></div>`,
  );
}

export function renderManagerIndex(
  m: ManagerIndexModel,
  labels: ReadonlyMap<string, string>,
): string {
  const title = managerTitle(m);
  const body = html`<header class="masthead"><div class="brand">uptake · team scorecards</div>
<div class="meta">${dayRange(m.window)}<br>as of ${day(m.as_of)}</div></header>
<h1>${title}</h1>
<p class="lede">${count(m.adopted)} of ${count(m.evaluated)} evaluated on target. Each name opens that person's own scorecard: what they do, how little more reaches the target, and what people in their role achieve.</p>
<table>
<thead><tr><th>Person</th><th>Role</th><th>Status</th><th class="n">Per day vs target</th><th class="n">To reach target</th><th class="n">Eligible days</th></tr></thead>
<tbody>${m.reports.map((r) => row(r, labels))}</tbody>
</table>
<p class="small muted"><a href="../index.html">All teams</a></p>`;
  return shell(`${title} · scorecards`, body);
}

export function renderTopIndex(managers: readonly ManagerIndexModel[]): string {
  const first = managers[0];
  const rows = managers.map(
    (m) => html`<tr><td><a href="${m.file}">${managerTitle(m)}</a></td>
<td class="n">${count(m.reports.length)}</td><td class="n">${count(m.adopted)} of ${count(m.evaluated)}</td></tr>`,
  );
  const body = html`<header class="masthead"><div class="brand">uptake · scorecards</div>
<div class="meta">${first ? html`${dayRange(first.window)}<br>as of ${day(first.as_of)}` : html``}</div></header>
<h1>Scorecards</h1>
<p class="lede">One page per person and an index per manager. A scorecard is for its reader: it names nobody else.</p>
<table>
<thead><tr><th>Team</th><th class="n">People</th><th class="n">On target</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return shell("Scorecards", body);
}
