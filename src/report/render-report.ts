// The report model as one self-contained HTML page. Pure: the model in, the
// page out; charts are drawn here, on the server, into inline SVG.

import { type Html, html } from "./html/html.js";
import { page } from "./html/page.js";
import type { ReportModel } from "./report-model.js";
import { gapSection, type TargetsChart } from "./sections/gap.js";
import { headlineSection } from "./sections/headline.js";
import { personasSection } from "./sections/personas.js";
import { provenanceSection } from "./sections/provenance.js";
import { trendSection } from "./sections/trend.js";
import { whereToLookSection } from "./sections/where-to-look.js";

export interface RenderOptions {
  /** Draws the target what-if per persona (uptake targets); the slot stays empty without it. */
  targetsChart?: TargetsChart;
}

function masthead(m: ReportModel): Html {
  return html`<header class="masthead"><div class="brand">uptake</div>
<div class="meta">Window <strong>${m.window}</strong> · as of ${m.asOf}</div></header>
<h1>${m.title}</h1>
<p class="lede">Whether people really use the sales tools: measured by the work done in them against each persona's daily target, not by logins. And what the people who use them achieve.</p>`;
}

export function renderReport(m: ReportModel, options: RenderOptions = {}): string {
  const body = html`${masthead(m)}
${headlineSection(m.headline)}
${personasSection(m.personas)}
${gapSection(m.gaps, m.whatIfs, options.targetsChart)}
${trendSection(m.trends, m.window, m.previous)}
${whereToLookSection(m.whereToLook)}
${provenanceSection(m.provenance)}
<footer>uptake ${m.provenance.version} · configuration sha256:${m.provenance.configHash.slice(0, 12)} · as of ${m.asOf}. Association, not cause.</footer>`;
  return page(`${m.title}, ${m.window}`, body);
}
