// 6. Method and provenance: how to reproduce every number on the page.

import { type Html, html } from "../html/html.js";
import type { Provenance } from "../model/provenance.js";
import { sectionTitle } from "./parts.js";

export function provenanceSection(p: Provenance): Html {
  return html`<section id="provenance" class="major">
${sectionTitle(6, "Method and provenance")}
<p class="lede">Every figure on this page is a field of <code>uptake assess --json</code> for the same configuration and as-of date, formatted for reading. Run it to get the unrounded numbers.</p>
<dl class="facts">
<dt>As of</dt><dd>${p.asOf}</dd>
<dt>Window</dt><dd>${p.window}</dd>
<dt>Previous window</dt><dd>${p.previous} (trend only)</dd>
<dt>Time zone</dt><dd>${p.timezone}</dd>
<dt>Configuration</dt><dd class="mono">${p.configPath}</dd>
<dt>Configuration hash</dt><dd class="mono" data-config-hash>sha256:${p.configHash}</dd>
<dt>Activity data</dt><dd>${p.activityDays}</dd>
<dt>uptake version</dt><dd data-version>${p.version}</dd>
</dl>
<h3>Data sources</h3>
<table class="narrow"><thead><tr><th>Table</th><th class="n">Rows</th></tr></thead>
<tbody>${p.tables.map((t) => html`<tr><td>${t.table}</td><td class="n">${t.rows}</td></tr>`)}</tbody></table>
${
  p.imports.length > 0
    ? html`<h3>Imports</h3><table class="long"><thead><tr><th>Kind</th><th>Files</th><th class="n">Rows</th><th class="n">Rejected</th><th>At</th></tr></thead>
<tbody>${p.imports.map((i) => html`<tr><td>${i.kind}</td><td class="mono">${i.files}</td><td class="n">${i.rows}</td><td class="n">${i.rejected}</td><td>${i.at}</td></tr>`)}</tbody></table>`
    : ""
}
<h3>Configuration as applied</h3>
<pre class="config">${p.method}</pre>
</section>`;
}
