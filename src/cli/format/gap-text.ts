import type { Assessment, GapGroup, GapResult } from "../../core/types.js";
import { ASSOCIATION_NOTE, activityNoun } from "../../format/words.js";
import { money, num, pct, pValue } from "./numbers.js";

function outcome(g: GapResult, value: number): string {
  return g.metric === "quota_attainment"
    ? `${pct(value, 0)} of quota`
    : `${money(value)} in won revenue`;
}

function outcomeShort(g: GapResult, value: number): string {
  return g.metric === "quota_attainment" ? pct(value, 0) : money(value);
}

function difference(g: GapResult): string {
  if (g.difference === null) return "";
  const unit = g.metric === "quota_attainment";
  const d = unit ? `${num(g.difference * 100, 0)} points of quota` : money(g.difference);
  const ci = g.ci95
    ? unit
      ? ` (95% interval ${num(g.ci95[0] * 100, 0)} to ${num(g.ci95[1] * 100, 0)})`
      : ` (95% interval ${money(g.ci95[0])} to ${money(g.ci95[1])})`
    : "";
  return `The difference is ${d}${ci}, ${pValue(g.p_value)} (Mann-Whitney); Spearman's rho between adoption score and outcome is ${num(g.spearman_rho, 2)} across ${g.n} people.`;
}

function groupLine(g: GapResult, group: GapGroup): string {
  return `${num(group.per_day)} ${activityNoun(g.activity ?? "")} a day and ${outcome(g, group.mean)} (median ${outcomeShort(g, group.median)})`;
}

/** One paragraph per persona, in words a sales leader reads. */
export function formatGapParagraph(g: GapResult, label: string): string {
  if (!g.computed || !g.top || !g.bottom) {
    return `${label}: the gap could not be computed: ${g.reason ?? "no reason given"}.`;
  }
  const lines = [
    `${label}: Top adopters averaged ${groupLine(g, g.top)}; bottom adopters ${groupLine(g, g.bottom)}.`,
    `  Top and bottom ${g.k} of the ${g.n} evaluated people with an outcome, ranked by adoption score. ${difference(g)}`,
  ];
  if (g.revenue_opportunity !== null && g.revenue_opportunity > 0) {
    lines.push(
      `  Revenue opportunity: ${money(g.revenue_opportunity)} if the bottom ${g.k} sold like the top ${g.k}.`,
    );
  }
  return lines.join("\n");
}

export function formatGap(a: Assessment): string {
  const labels = new Map(a.personas.map((s) => [s.persona, s.label]));
  const paragraphs = a.gap.map((g) => formatGapParagraph(g, labels.get(g.persona) ?? g.persona));
  return `The Adoption Gap, ${a.window.from} to ${a.window.to}\n\n${paragraphs.join("\n\n")}\n\n${ASSOCIATION_NOTE}\n`;
}
