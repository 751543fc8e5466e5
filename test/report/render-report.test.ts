import { describe, expect, it } from "vitest";
import { renderTargetsChart } from "../../src/report/charts/targets.js";
import { escapeHtml } from "../../src/report/html/html.js";
import { CSP } from "../../src/report/html/page.js";
import { matchesFilter, resolvePath } from "../../src/report/model/figure.js";
import { renderReport } from "../../src/report/render-report.js";
import { reportModel } from "../../src/report/report-model.js";
import { headlineSection } from "../../src/report/sections/headline.js";
import { provenanceSection } from "../../src/report/sections/provenance.js";
import { whereToLookSection } from "../../src/report/sections/where-to-look.js";
import { expectGolden } from "../golden.js";
import { fixtureContext, HOSTILE, HOSTILE_TEAM } from "./report-fixture.js";

const ctx = fixtureContext();
const model = reportModel(ctx, "9.9.9");
const page = renderReport(model, { targetsChart: (w) => renderTargetsChart(w) });
const json = JSON.parse(JSON.stringify(ctx.assessment)) as { people: Record<string, unknown>[] };

function unescapeHtml(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

describe("renderReport", () => {
  it("is one document with no script and nothing to fetch", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain(`http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}"`);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    const urls = page.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>]*/gi) ?? [];
    expect(urls.filter((u) => !u.startsWith("http://www.w3.org/"))).toEqual([]);
  });

  it("shows a hostile name and team as text", () => {
    expect(page).toContain(`<td>${escapeHtml(HOSTILE)}</td>`);
    expect(page).toContain("&lt;b&gt;Team &amp;");
    expect(page).not.toContain(HOSTILE_TEAM);
  });

  it("tags every figure with a path whose value in the assessment it shows", () => {
    const tags = [...page.matchAll(/data-figure="([^"]*)" data-value="([^"]*)"/g)];
    expect(tags.length).toBeGreaterThan(40);
    for (const [, path, value] of tags) {
      const expected = resolvePath(json, unescapeHtml(path as string));
      expect(expected, path).not.toBeUndefined();
      expect(value === "null" ? null : Number(value), path).toBe(expected);
    }
  });

  it("tags every count of people with the filter that reproduces it", () => {
    const tags = [...page.matchAll(/data-count="([^"]*)" data-value="([^"]*)"/g)];
    // Adopted and evaluated for the three SDR teams; the AEs' one small team is withheld.
    expect(tags.length).toBe(2 * 3);
    for (const [, filter, value] of tags) {
      const f = JSON.parse(unescapeHtml(filter as string));
      expect(json.people.filter((p) => matchesFilter(p, f)).length).toBe(Number(value));
    }
  });

  it("draws every chart as inline SVG, the targets what-if included", () => {
    const charts = [
      ...page.matchAll(/<figure data-chart="([^"]+)"><div class="chart">(<svg[\s\S]*?<\/svg>)/g),
    ];
    const names = charts.map((c) => c[1]);
    expect(names).toEqual([
      "histogram.sdr",
      "teams.sdr",
      "histogram.ae",
      "teams.ae",
      "histogram.manager",
      "teams.manager",
      "histogram.csm",
      "teams.csm",
      "gap.sdr",
      "scatter.sdr",
      "targets.sdr",
      "trend.sdr",
      "trend.ae",
      "trend.manager",
      "trend.csm",
    ]);
    for (const [, name, svg] of charts) expect(svg, name).toMatch(/<path /);
  });

  it("says why a gap is missing and that it is an association", () => {
    expect(page).toContain('data-gap-reason="ae"');
    expect(page).toContain("nobody held this persona in the window");
    expect(page).toContain("This is an association, not proof of cause");
  });

  it("renders the text sections as in the golden files", () => {
    expectGolden("report/headline.html", `${headlineSection(model.headline).value}\n`);
    expectGolden("report/where-to-look.html", `${whereToLookSection(model.whereToLook).value}\n`);
    expectGolden("report/provenance.html", `${provenanceSection(model.provenance).value}\n`);
  });
});
