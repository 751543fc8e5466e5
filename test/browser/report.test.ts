// `uptake report` end to end in real headless Chromium: the demo organisation
// with a hostile person added, the page opened with every request refused,
// and the PDF read back with poppler. One browser for the whole file.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/types.js";
import { percent } from "../../src/report/html/format.js";
import { matchesFilter, resolvePath } from "../../src/report/model/figure.js";
import { INSTALL_HINT } from "../../src/report/pdf.js";
import { uptake } from "../e2e/cli.js";
import { AS_OF, addHostilePerson, HOSTILE_NAME, HOSTILE_TEAM, ok } from "./report-workspace.js";
import { openSealedBrowser, type SealedBrowser } from "./sealed-browser.js";

const SCREENSHOTS = join(import.meta.dirname, "..", "..", "docs", "screenshots");
const dir = mkdtempSync(join(tmpdir(), "uptake-report-"));

let assessment: Assessment;
let html: string;
let browser: SealedBrowser;
let page: Page;
let requests: string[] = [];
const consoleErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  await ok(["demo", "--dir", dir, "--as-of", AS_OF], process.cwd());
  await addHostilePerson(dir);
  assessment = JSON.parse((await ok(["assess", "--as-of", AS_OF, "--json"], dir)).stdout);
  const run = await ok(["report", "--as-of", AS_OF, "--out", "report.html", "--pdf"], dir);
  expect(run.stdout).toBe(`wrote ${join(dir, "report.html")}\nwrote ${join(dir, "report.pdf")}\n`);
  await ok(["report", "--as-of", AS_OF, "--out", "letter.html", "--pdf", "--paper", "letter"], dir);
  html = readFileSync(join(dir, "report.html"), "utf8");

  browser = await openSealedBrowser({ width: 1200, height: 900 });
  // setContent makes no request of its own: anything seen here came from the page.
  requests = browser.requests;
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  await page.setContent(html, { waitUntil: "load" });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the report page in Chromium", () => {
  it("loads with no console error, no request and no script", async () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator("script, img, link, iframe").count()).toBe(0);
  });

  it("shows the hostile name and team as text", async () => {
    await expect(page.locator("td", { hasText: HOSTILE_NAME }).first().textContent()).resolves.toBe(
      HOSTILE_NAME,
    );
    const teamCells = await page.locator("td", { hasText: HOSTILE_TEAM }).count();
    expect(teamCells).toBeGreaterThanOrEqual(1);
    // In the SVG too: the team chart draws the name as text.
    const svgText = await page
      .locator('figure[data-chart="teams.sdr"] svg text', { hasText: HOSTILE_TEAM.slice(0, 12) })
      .count();
    expect(svgText).toBe(1);
  });

  it("draws every chart as an SVG with non-empty marks", async () => {
    const charts = await page.$$eval("figure[data-chart]", (figures) =>
      figures.map((f) => {
        const marks = [...f.querySelectorAll("svg [ecmeta_series_index]")].filter((m) => {
          // No DOM lib in tsconfig: the shape of an SVG element is enough here.
          const box = (m as unknown as { getBBox(): { width: number; height: number } }).getBBox();
          return box.width > 0 || box.height > 0;
        });
        return { name: f.getAttribute("data-chart"), marks: marks.length };
      }),
    );
    const computed = assessment.gap.filter((g) => g.computed).map((g) => g.persona);
    const personas = assessment.personas.map((p) => p.persona);
    expect(charts.map((c) => c.name).sort()).toEqual(
      [
        ...personas.flatMap((p) => [`histogram.${p}`, `teams.${p}`, `trend.${p}`]),
        ...computed.flatMap((p) => [`gap.${p}`, `scatter.${p}`, `targets.${p}`]),
      ].sort(),
    );
    for (const c of charts) expect(c.marks, c.name ?? "").toBeGreaterThan(0);
  });

  it("shows exactly the numbers of assess --json", async () => {
    const figures = await page.$$eval("[data-figure]", (els) =>
      els.map((e) => ({
        path: e.getAttribute("data-figure") as string,
        value: e.getAttribute("data-value") as string,
        text: e.textContent ?? "",
      })),
    );
    expect(figures.length).toBeGreaterThan(100);
    for (const f of figures) {
      const expected = resolvePath(assessment, f.path);
      expect(expected, f.path).not.toBeUndefined();
      expect(f.value === "null" ? null : Number(f.value), f.path).toBe(expected);
      expect(f.text.trim(), f.path).not.toBe("");
    }
    const counts = await page.$$eval("[data-count]", (els) =>
      els.map((e) => ({ filter: e.getAttribute("data-count") as string, value: e.textContent })),
    );
    expect(counts.length).toBeGreaterThan(20);
    for (const c of counts) {
      const people = assessment.people.filter((p) =>
        matchesFilter(p as unknown as Record<string, unknown>, JSON.parse(c.filter)),
      );
      expect(String(people.length), c.filter).toBe(c.value);
    }
  });

  it("leads with the login against adoption contrast", async () => {
    const o = assessment.overall;
    await expect(page.locator(".contrast").textContent()).resolves.toBe(
      `${percent(o.login_rate)} log in; ${percent(o.adoption_rate)} have adopted.`,
    );
  });

  it("keeps screenshots for the README", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "report-headline.png") });
    await page.screenshot({ path: join(SCREENSHOTS, "report.png"), fullPage: true });
    expect(readFileSync(join(SCREENSHOTS, "report.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
function pdfPages(file: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

function pdfPageCount(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
}

describe("the report PDF", () => {
  const SECTIONS = [
    "1 Headline",
    "2 Per persona",
    "3 The Adoption Gap",
    "4 Trend",
    "5 Where to look",
    "6 Method and provenance",
  ];

  // The demo at AS_OF with the hostile person, in the fonts .ci/run installs: a change
  // in layout (a chart cut in two, a section that no longer starts a page) shows here.
  for (const [file, paper, expected] of [
    ["report.pdf", "A4", 14],
    ["letter.pdf", "Letter", 16],
  ] as const) {
    it(`prints ${expected} ${paper} pages, numbered, each section starting a new page`, () => {
      const path = join(dir, file);
      const count = pdfPageCount(path);
      expect(count).toBe(expected);
      const pages = pdfPages(path);
      expect(pages).toHaveLength(count);
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(`page ${i + 1} of ${count}`);
      });
      const firstLines = pages.map(
        (p) =>
          p
            .split("\n")
            .map((l) => l.trim().replace(/\s+/g, " "))
            .find((l) => l !== "" && l !== "UPTAKE" && !l.startsWith("Adoption report")) ?? "",
      );
      for (const title of SECTIONS.slice(1)) expect(firstLines, title).toContain(title);
    });
  }

  it("prints the same figures and the hostile name as text", () => {
    const text = pdfPages(join(dir, "report.pdf")).join("\n");
    const o = assessment.overall;
    expect(text).toContain(
      `${percent(o.login_rate)} log in; ${percent(o.adoption_rate)} have adopted.`,
    );
    // Printed as text: the team whole, the name wrapped inside its narrow cell.
    expect(text).toContain(HOSTILE_TEAM);
    expect(text).toContain(HOSTILE_NAME.slice(0, 16));
    expect(text).toContain("This is an association, not proof of cause");
  });

  it("is taller on Letter than on A4, never shorter", () => {
    expect(pdfPageCount(join(dir, "letter.pdf"))).toBeGreaterThanOrEqual(
      pdfPageCount(join(dir, "report.pdf")),
    );
  });
});

describe("without a browser", () => {
  it("says how to install one and exits 2", async () => {
    const run = await uptake(
      ["report", "--as-of", AS_OF, "--pdf", "--chromium", "/nonexistent/chromium"],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `uptake: --chromium: no browser at /nonexistent/chromium; ${INSTALL_HINT}\n`,
    );
  });
});
