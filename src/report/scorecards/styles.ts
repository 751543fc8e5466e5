// What scorecards add to the report's stylesheet: a warm headline panel whose
// colour follows the rep's status, progress bars against target, and a
// narrower sheet (a scorecard is read on a laptop or a phone, not printed as a book).

export const SCORECARD_STYLES = `
.sheet:has(> .sc) { max-width: 920px; }
.sc-role { color: var(--ink-2); font-size: 16px; margin: 0 0 18px; }
.sc-card { margin: 0 0 36px; }
.sc-hero { border-radius: 10px; padding: 20px 24px; margin: 6px 0 18px; border: 1px solid transparent; }
.sc-hero.success { background: #e9f7ef; border-color: #bfe5cd; }
.sc-hero.progress { background: var(--accent-soft); border-color: #cdd9f6; }
.sc-hero.neutral { background: var(--soft); border-color: var(--line); }
.sc-badge { display: inline-block; font-size: 12px; font-weight: 700; letter-spacing: .06em;
  text-transform: uppercase; border-radius: 999px; padding: 3px 10px; margin-bottom: 8px; }
.success .sc-badge { background: #1f8a4c; color: #fff; }
.progress .sc-badge { background: var(--accent); color: #fff; }
.neutral .sc-badge { background: var(--muted); color: #fff; }
.sc-title { font-size: 26px; line-height: 1.25; font-weight: 700; letter-spacing: -.01em; margin: 0 0 6px; }
.sc-detail { color: var(--ink-2); margin: 0; max-width: 720px; }
.kpis.sc-kpis { grid-template-columns: repeat(3, 1fr); }
.kpi.success .value { color: #1f8a4c; }
.meter { height: 8px; background: var(--soft); border-radius: 4px; margin: 8px 0 4px; position: relative; overflow: hidden; }
.meter i { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 4px; background: #e39a3b; }
.meter i.met { background: #1f8a4c; }
.sc-peers { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; margin: 10px 0 12px; }
.stat.you { border-top: 3px solid var(--ink-2); }
.sc-lines { margin: 8px 0 0; padding: 0; list-style: none; }
.sc-lines li { padding: 8px 0; border-bottom: 1px solid var(--line); }
.sc-lines li:last-child { border-bottom: 0; }
.withheld { color: var(--muted); font-style: italic; }
.pill { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 999px; padding: 1px 9px; white-space: nowrap; }
.pill.adopted { background: #e9f7ef; color: #1f6f41; }
.pill.not_adopted { background: var(--accent-soft); color: #2448a3; }
.pill.insufficient_days, .pill.no_definition { background: var(--soft); color: var(--muted); }
.meter.inline { display: inline-block; width: 90px; margin: 0 0 0 8px; vertical-align: middle; }
td.who { white-space: nowrap; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
@media (max-width: 760px) { .kpis.sc-kpis, .sc-peers { grid-template-columns: 1fr; } }
@media print { .sc-hero { break-inside: avoid; } }
`;
