// One person's scorecard as a self-contained HTML page. Every string from data
// goes through the escaping `html` tag; every number from the assessment
// carries its path and raw value (data-figure, data-value), so a test can
// check the page against `assess --json`. It names nobody but its reader.

import { VERSION } from "../../version.js";
import { count, day, dayRange, decimal, outcome, targetNumber } from "../html/format.js";
import { type Html, html, raw } from "../html/html.js";
import { page } from "../html/page.js";
import { figure, paths } from "../model/figure.js";
import { chartFigure, fig, peopleCount } from "../sections/parts.js";
import type { GroupFigure } from "./group-figure.js";
import type { PersonaCard, ScorecardModel, TargetLine } from "./scorecard-model.js";
import { STATUS_LABEL } from "./status-words.js";
import { SCORECARD_STYLES } from "./styles.js";
import { renderPersonTrend } from "./trend-chart.js";
import {
  ASSOCIATION,
  gapSentence,
  headline,
  type Mark,
  notShown,
  ownOutcome,
  personaAdoptionSentence,
  teamAdoptionSentence,
  unit,
} from "./wording.js";

type Ctx = { s: ScorecardModel; c: PersonaCard };

const targetPath = (x: Ctx, t: TargetLine, field: string) =>
  `${paths.person(x.s.person_id, x.c.persona, "targets")}[activity=${encodeURIComponent(t.activity)}].${field}`;

function meter(ratio: number | null, met: boolean): Html {
  const width = ratio === null ? 0 : Math.max(0, Math.min(1, ratio)) * 100;
  return html`<div class="meter" aria-hidden="true"><i class="${met ? "met" : ""}" style="width:${width.toFixed(1)}%"></i></div>`;
}

function targetTile(x: Ctx, t: TargetLine): Html {
  const perDay = fig(figure(targetPath(x, t, "per_day"), t.per_day, decimal(t.per_day)));
  const target = fig(figure(targetPath(x, t, "target"), t.target, targetNumber(t.target)));
  const ratio = t.per_day === null ? null : t.per_day / t.target;
  const more =
    t.more_per_day === null
      ? t.met
        ? html`<div class="sub">at or above target</div>`
        : html``
      : html`<div class="sub"><span data-more="${String(t.more_per_day)}" data-activity="${t.activity}">${decimal(t.more_per_day)}</span> more a day reaches it</div>`;
  return html`<div class="kpi ${t.met ? "success" : "accent"}">
<div class="label">Your ${unit(t.activity, t.measure, 2)} a day</div>
<div class="value">${perDay}</div>
${meter(ratio, t.met === true)}
<div class="sub">target ${target} a day · ${fig(figure(targetPath(x, t, "value"), t.value, count(t.value)))} in the window</div>
${more}
</div>`;
}

function daysTile(x: Ctx): Html {
  const days = fig(
    figure(
      paths.person(x.s.person_id, x.c.persona, "eligible_days"),
      x.c.eligible_days,
      count(x.c.eligible_days),
    ),
  );
  return html`<div class="kpi"><div class="label">Eligible days</div><div class="value">${days}</div>
<div class="sub">working days in your role, leave and holidays left out</div></div>`;
}

function outcomeTile(x: Ctx): Html {
  const o = ownOutcome(x.s);
  const attainment = x.s.quota_attainment !== null;
  const path = paths.person(
    x.s.person_id,
    x.c.persona,
    attainment ? "quota_attainment" : "revenue",
  );
  const value = attainment ? x.s.quota_attainment : x.s.revenue;
  return html`<div class="kpi"><div class="label">${o.label}</div><div class="value">${fig(figure(path, value, o.value))}</div>
<div class="sub">${o.detail}</div></div>`;
}

function trendBlock(c: PersonaCard): Html {
  if (c.trend === null) return html``;
  const first = c.targets[0];
  const noun = first ? unit(first.activity, first.measure, 2) : "activities";
  const svg = renderPersonTrend(c.trend, noun);
  return html`<h3>Your week by week</h3>
${chartFigure(
  `trend.${c.persona}`,
  svg,
  html`<strong>Your ${noun} per eligible day</strong>, week by week. Green weeks met the target of ${targetNumber(c.trend.target)}; the shaded weeks are from the window before, for comparison.`,
)}`;
}

function withheld(f: Exclude<GroupFigure<unknown>, { status: "shown" }>, what: string): Html {
  return html`<span class="withheld" data-withheld="${what}">${notShown(f)}</span>`;
}

/** Numbers in the headline: the person's own, each with its path in the assessment. */
function personMark(x: Ctx): Mark {
  const byActivity = new Map(x.c.targets.map((t) => [t.activity, t]));
  return (key, text) => {
    if (key === "eligible_days") {
      return fig(
        figure(paths.person(x.s.person_id, x.c.persona, "eligible_days"), x.c.eligible_days, text),
      );
    }
    const dot = key.lastIndexOf(".");
    const t = byActivity.get(key.slice(0, dot));
    const field = key.slice(dot + 1);
    if (!t) return text;
    if (field === "more_per_day") {
      return html`<strong data-more="${String(t.more_per_day)}" data-activity="${t.activity}">${text}</strong>`;
    }
    const value = field === "per_day" ? t.per_day : t.target;
    return fig(figure(targetPath(x, t, field), value, text));
  };
}

function gapBlock(x: Ctx): Html {
  const g = x.c.peers.gap;
  if (g.status !== "shown") return html`<p>${withheld(g, "gap")}</p>`;
  const v = g.value;
  const gapMark: Mark = (key, text) => {
    const [side, field] = key.split(".") as ["top" | "bottom", "mean" | "per_day"];
    return fig(figure(paths.gap(x.c.persona, key), v[side][field], text));
  };
  const noun = v.activity ? unit(v.activity, "count", 2) : "activities";
  const own = x.c.targets[0];
  const ownOutcomeValue = v.metric === "quota_attainment" ? x.s.quota_attainment : x.s.revenue;
  const tile = (side: "top" | "bottom", label: string) =>
    html`<div class="stat ${side}"><div class="label">${label} · ${side} ${count(v.k)}</div>
<div class="value">${gapMark(`${side}.mean`, outcome(v[side].mean, v.metric))}</div>
<div class="sub">${gapMark(`${side}.per_day`, decimal(v[side].per_day))} ${noun} a day</div></div>`;
  return html`<div class="sc-peers" data-group="gap" data-people="${v.k}">
${tile("top", "Use it most")}
${tile("bottom", "Use it least")}
<div class="stat you"><div class="label">You</div>
<div class="value">${outcome(ownOutcomeValue, v.metric)}</div>
<div class="sub">${own ? `${decimal(own.per_day)} ${noun} a day` : ""}</div></div>
</div>
<p>${gapSentence(v, gapMark)}</p>
<p class="small muted">${ASSOCIATION}</p>`;
}

function adoptionLines(x: Ctx): Html {
  const p = x.c.peers.persona_adoption;
  const t = x.c.peers.team_adoption;
  const persona = x.c.persona;
  const personaMark: Mark = (key, text) => {
    if (p.status !== "shown") return text;
    const field = key === "rate" ? "adoption_rate" : key;
    const value = key === "rate" ? p.value.rate : p.value[key as "adopted" | "evaluated"];
    return fig(figure(paths.persona(persona, field), value, text));
  };
  const teamMark: Mark = (key, text) => {
    if (t.status !== "shown" || key === "rate") return text;
    const status = key === "adopted" ? ["adopted"] : ["adopted", "not_adopted"];
    const value = t.value[key as "adopted" | "evaluated"];
    return peopleCount({ persona, team: t.value.team, status }, value, text);
  };
  const personaLine =
    p.status === "shown"
      ? html`<li data-group="persona" data-people="${p.people}">${personaAdoptionSentence(p.value, personaMark)}</li>`
      : html`<li>Your role: ${withheld(p, "persona")}</li>`;
  const teamLine =
    t.status === "shown"
      ? html`<li data-group="team" data-people="${t.people}">${teamAdoptionSentence(t.value, teamMark)}</li>`
      : html`<li>Your team: ${withheld(t, "team")}</li>`;
  return html`<ul class="sc-lines">${personaLine}${teamLine}</ul>`;
}

function cardSection(s: ScorecardModel, c: PersonaCard, several: boolean): Html {
  const x = { s, c };
  const h = headline(c, personMark(x));
  return html`<section class="sc-card" data-persona="${c.persona}" data-status="${c.status}">
${several ? html`<h2>As ${c.label}</h2>` : html``}
<div class="sc-hero ${h.tone}">
<span class="sc-badge">${STATUS_LABEL[c.status]}</span>
<p class="sc-title">${h.title}</p>
<p class="sc-detail">${h.detail}</p>
</div>
<div class="kpis sc-kpis">${c.targets.map((t) => targetTile(x, t))}${daysTile(x)}${outcomeTile(x)}</div>
${trendBlock(c)}
<h3>What people in your role achieve</h3>
${gapBlock(x)}
${adoptionLines(x)}
</section>`;
}

export function renderScorecard(s: ScorecardModel, privacyMin: number): string {
  const roles = [...new Set(s.cards.map((c) => c.label))].join(" · ");
  const several = s.cards.length > 1;
  const body = html`<div class="sc" data-person="${s.person_id}">
<header class="masthead"><div class="brand">uptake · your scorecard</div>
<div class="meta">${dayRange(s.window)}<br>as of ${day(s.as_of)}</div></header>
<h1>${s.name}</h1>
<p class="sc-role">${roles}${s.team ? html` · team ${s.team}` : html``}</p>
${s.cards.map((c) => cardSection(s, c, several))}
<footer>This scorecard is yours. It names nobody else, and every figure about a group covers at least ${count(Math.max(1, privacyMin))} people.
Per-day numbers count your work on eligible days: working days in your role, leave and holidays left out. uptake ${VERSION}.</footer>
</div>`;
  return page(`${s.name} · scorecard`, html`<style>${raw(SCORECARD_STYLES)}</style>${body}`);
}
