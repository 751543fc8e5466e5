// The report's stylesheet. System fonts only (the file must make no request),
// tabular figures, and print rules that keep every chart and table whole on
// A4 and Letter alike: margins fit the narrower width (A4) and the shorter
// height (Letter), and charts scale to the column.

export const STYLES = `
:root {
  --ink: #111827; --ink-2: #374151; --muted: #6b7280; --line: #e5e7eb; --soft: #f3f4f6;
  --accent: #2f5fd0; --accent-soft: #e8eefc; --warn: #b45309; --warn-soft: #fdf3e4;
  --login: #9ca3af;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #eef0f3; color: var(--ink);
  font: 15px/1.5 Inter, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-variant-numeric: tabular-nums;
}
.sheet { max-width: 1040px; margin: 32px auto; background: #fff; padding: 48px 56px 56px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 8%); border-radius: 6px; }
.masthead { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: 2px solid var(--ink); padding-bottom: 10px; margin-bottom: 28px; gap: 24px; }
.brand { font-weight: 700; letter-spacing: .14em; text-transform: uppercase; font-size: 12px; }
.meta { color: var(--muted); font-size: 13px; text-align: right; }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 4px; letter-spacing: -.01em; }
h2 { font-size: 21px; margin: 48px 0 6px; padding-top: 14px; border-top: 1px solid var(--line);
  letter-spacing: -.01em; }
h2 .num { color: var(--muted); font-weight: 500; margin-right: 10px; }
h3 { font-size: 16px; margin: 28px 0 8px; }
h4 { font-size: 13px; margin: 0 0 6px; color: var(--ink-2); text-transform: uppercase; letter-spacing: .06em; }
p { margin: 0 0 10px; }
.lede { color: var(--ink-2); max-width: 760px; }
.muted { color: var(--muted); }
.small { font-size: 13px; }

.hero { margin: 10px 0 22px; }
.contrast { font-size: 44px; line-height: 1.15; font-weight: 700; letter-spacing: -.02em; margin: 0 0 12px; }
.contrast .login { color: var(--login); }
.contrast .adopted { color: var(--accent); }
.hidden-pop { font-size: 17px; color: var(--ink-2); max-width: 780px; }
.hidden-pop strong { color: var(--warn); }

.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 18px 0 8px; }
.kpi { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.kpi .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.kpi .value { font-size: 26px; font-weight: 700; line-height: 1.2; }
.kpi.accent .value { color: var(--accent); }
.kpi.warn .value { color: var(--warn); }
.kpi .sub { font-size: 12px; color: var(--muted); }

table { width: 100%; border-collapse: collapse; font-size: 13.5px; margin: 6px 0 14px; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase;
  letter-spacing: .04em; border-bottom: 1px solid var(--ink-2); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: middle; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.bar { position: relative; display: inline-block; width: 110px; height: 8px; background: var(--soft);
  border-radius: 4px; vertical-align: middle; margin-left: 8px; overflow: hidden; }
.bar i { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 4px; }
.bar i.login { background: var(--login); }
.bar i.adopted { background: var(--accent); }

.grid-2 { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; align-items: start; }
figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
figure .chart svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
figcaption strong { color: var(--ink-2); font-weight: 600; }

.persona { break-inside: auto; }
.definition { display: grid; grid-template-columns: 170px 1fr; gap: 4px 16px; font-size: 13.5px;
  background: var(--soft); border-radius: 6px; padding: 12px 16px; margin: 8px 0 14px; break-inside: avoid; }
.definition dt { color: var(--muted); }
.definition dd { margin: 0; }

.gap-lede { font-size: 17px; margin: 6px 0 12px; max-width: 820px; }
.gap-lede .top { color: var(--accent); font-weight: 700; }
.gap-lede .bottom { color: var(--warn); font-weight: 700; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; margin: 10px 0 12px; break-inside: avoid; }
.stat { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.stat .label { font-size: 12px; color: var(--muted); }
.stat .value { font-size: 20px; font-weight: 700; }
.stat .sub { font-size: 12px; color: var(--muted); }
.stat.top { border-top: 3px solid var(--accent); }
.stat.bottom { border-top: 3px solid var(--warn); }
.note { border-left: 3px solid var(--muted); background: var(--soft); padding: 8px 12px; font-size: 13px;
  color: var(--ink-2); margin: 8px 0 14px; break-inside: avoid; }
.not-computed { border-left: 3px solid var(--warn); background: var(--warn-soft); padding: 10px 14px;
  font-size: 14px; margin: 8px 0 14px; break-inside: avoid; }

table.compact { font-size: 12.5px; max-width: 620px; }
table.compact td, table.compact th { padding: 3px 8px; }
table.narrow { max-width: 480px; }
pre.config { columns: 2; column-gap: 32px; column-rule: 1px solid var(--line); }
pre { background: var(--soft); border-radius: 6px; padding: 12px 14px; font-size: 11.5px; line-height: 1.45;
  white-space: pre-wrap; word-break: break-word; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
code, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
.facts { display: grid; grid-template-columns: 170px 1fr; gap: 4px 16px; font-size: 13.5px; margin: 8px 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }

@page { margin: 14mm 12mm 16mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 28px; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .contrast { font-size: 32pt; }
  section.major { break-before: page; page-break-before: always; }
  .kpis, .stats, .grid-2, .definition, table { break-inside: avoid; }
  table.long { break-inside: auto; }
  pre.config { break-inside: avoid; }
  /* A heading with what introduces it: never alone at the foot of a page. */
  .keep { break-inside: avoid; page-break-inside: avoid; }
}
@media screen and (max-width: 760px) {
  .sheet { padding: 24px 18px; margin: 0; border-radius: 0; }
  .grid-2, .kpis, .stats { grid-template-columns: 1fr; }
  .contrast { font-size: 32px; }
}
`;
