// `uptake scorecards` end to end: the demo organisation with a hostile person,
// scorecards written by the built CLI, a handful of pages opened in real
// headless Chromium with every request refused, and every page's figures and
// names checked against `assess --json` in Node.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment, PersonRecord, PersonResult } from "../../src/core/types.js";
import { decimal } from "../../src/report/html/format.js";
import { matchesFilter, resolvePath } from "../../src/report/model/figure.js";
import { paths } from "../../src/report/scorecards/file-names.js";
import { AS_OF, addHostilePerson, HOSTILE_NAME, HOSTILE_TEAM, ok } from "./report-workspace.js";
import { openSealedBrowser, type SealedBrowser } from "./sealed-browser.js";

const SCREENSHOTS = join(import.meta.dirname, "..", "..", "docs", "screenshots");
const HOSTILE_ID = "X0001";
const STRICT_MIN = 50;
const dir = mkdtempSync(join(tmpdir(), "uptake-scorecards-"));
const out = join(dir, "cards");
const strict = join(dir, "strict");

let assessment: Assessment;
let people: PersonRecord[];
let browser: SealedBrowser;
let requests: string[] = [];

function read(file: string): string {
  return readFileSync(file, "utf8");
}

/** The text a reader sees: tags dropped, entities decoded (names hold & and '). */
function visibleText(page: string): string {
  return decode(page.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " "));
}

/** One CSV line's fields: quoted ("David Wang, Jr.") or bare. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
    m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ""),
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole name: not part of a longer word ("Ana Lee" is not in "Hana Lee"). */
function mentions(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** An attribute's value as written by escapeHtml, decoded (&amp; last). */
function decode(attr: string): string {
  return attr
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

function entriesOf(personId: string): PersonResult[] {
  return assessment.people.filter((p) => p.person_id === personId);
}

/** Someone whose scorecard shows a computed gap: an adopted AE. */
function adoptedAe(): PersonResult {
  const p = assessment.people.find(
    (e) => e.persona === "ae" && e.status === "adopted" && entriesOf(e.person_id).length === 1,
  );
  if (!p) throw new Error("the demo has no adopted AE");
  return p;
}

interface Opened {
  page: Page;
  consoleErrors: string[];
  dialogs: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  // setContent makes no request of its own: anything routed came from the page.
  await page.setContent(read(file), { waitUntil: "load" });
  return { page, consoleErrors, dialogs };
}

beforeAll(async () => {
  await ok(["demo", "--dir", dir, "--as-of", AS_OF], process.cwd());
  await addHostilePerson(dir);
  assessment = JSON.parse((await ok(["assess", "--as-of", AS_OF, "--json"], dir)).stdout);
  // Everyone imported: the demo's people and the hostile file's.
  people = ["people.csv", "hostile-people.csv"].flatMap((file) =>
    read(join(dir, file))
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => {
        const [person_id = "", name = ""] = csvFields(line);
        return { person_id, name } as PersonRecord;
      }),
  );
  expect(people.find((p) => p.person_id === HOSTILE_ID)?.name).toBe(HOSTILE_NAME);
  await ok(["scorecards", "--as-of", AS_OF, "--out", out], dir);
  // The same data with a privacy minimum above every team and the gap groups.
  const config = read(join(dir, "uptake.yml")).replace(
    /privacy:\n {2}min_group_size: \d+/,
    `privacy:\n  min_group_size: ${STRICT_MIN}`,
  );
  expect(config).toContain(`min_group_size: ${STRICT_MIN}`);
  writeFileSync(join(dir, "strict.yml"), config);
  await ok(["scorecards", "--config", "strict.yml", "--as-of", AS_OF, "--out", strict], dir);

  browser = await openSealedBrowser({ width: 1000, height: 900 });
  requests = browser.requests;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the files", () => {
  it("holds one scorecard per person, an index per manager and a top index", () => {
    const ids = new Set(assessment.people.map((p) => p.person_id));
    expect(readdirSync(join(out, "people")).sort()).toEqual(
      [...ids].map((id) => paths.person(id).slice("people/".length)).sort(),
    );
    const managers = new Set(assessment.people.map((p) => p.manager_id));
    expect(readdirSync(join(out, "managers"))).toHaveLength(managers.size);
    expect(read(join(out, "index.html"))).toContain('href="managers/no-manager.html"');
  });

  it("names nobody but its reader on any scorecard", () => {
    const withScorecard = new Set(assessment.people.map((p) => p.person_id));
    let checked = 0;
    for (const id of withScorecard) {
      const own = people.find((p) => p.person_id === id)?.name;
      const text = visibleText(read(join(out, paths.person(id))));
      expect(own && mentions(text, own), id).toBe(true);
      for (const other of people) {
        if (other.person_id === id || other.name === own) continue;
        expect(mentions(text, other.name), `${other.name} on ${id}'s scorecard`).toBe(false);
        expect(mentions(text, other.person_id), `${other.person_id} on ${id}'s scorecard`).toBe(
          false,
        );
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
    // The same check finds names where they belong: on the manager's own index.
    const hostileIndex = visibleText(read(join(out, paths.manager(null))));
    expect(mentions(hostileIndex, HOSTILE_NAME)).toBe(true);
  });

  it("shows exactly the numbers of assess --json on every scorecard", () => {
    let figures = 0;
    for (const id of new Set(assessment.people.map((p) => p.person_id))) {
      const page = read(join(out, paths.person(id)));
      for (const m of page.matchAll(/data-figure="([^"]*)" data-value="([^"]*)">([^<]*)</g)) {
        const [, path = "", raw = "", text = ""] = m;
        const expected = resolvePath(assessment, decode(path));
        expect(expected, path).not.toBeUndefined();
        expect(raw === "null" ? null : Number(raw), path).toBe(expected);
        if (path.endsWith(".per_day")) expect(text, path).toBe(decimal(expected as number));
        figures++;
      }
      for (const m of page.matchAll(/data-count="([^"]*)" data-value="([^"]*)"/g)) {
        const filter = JSON.parse(decode(m[1] as string));
        const count = assessment.people.filter((p) =>
          matchesFilter(p as unknown as Record<string, unknown>, filter),
        ).length;
        expect(String(count), m[1]).toBe(m[2]);
      }
    }
    expect(figures).toBeGreaterThan(1500);
  });

  it("says how many more a day reach the target, rounded up from assess --json", () => {
    let shortfalls = 0;
    for (const p of assessment.people.filter((e) => e.status === "not_adopted")) {
      const page = read(join(out, paths.person(p.person_id)));
      for (const t of p.targets.filter((x) => x.met === false)) {
        const more =
          Math.ceil(((t.target * p.eligible_days - t.value) / p.eligible_days) * 10 - 1e-9) / 10;
        expect(page, p.person_id).toContain(`data-more="${more}" data-activity="${t.activity}"`);
        shortfalls++;
      }
    }
    expect(shortfalls).toBeGreaterThan(50);
  });

  it("withholds every group figure under the privacy minimum, with the reason", () => {
    const ae = adoptedAe();
    const loose = read(join(out, paths.person(ae.person_id)));
    const page = read(join(strict, paths.person(ae.person_id)));
    const gap = assessment.gap.find((g) => g.persona === "ae");
    expect(gap?.k).toBeLessThan(STRICT_MIN);
    expect(loose).toContain('data-group="gap"');
    expect(page).not.toContain('data-group="gap"');
    expect(page).not.toContain('data-figure="gap[');
    const reason = `Withheld: fewer than ${STRICT_MIN} people, so that no one can be singled out.`;
    expect(page).toContain(`data-withheld="gap">${reason}`);
    expect(page).toContain(`data-withheld="team">${reason}`);
    // Shown figures cover at least the minimum, on every strict page.
    for (const file of readdirSync(join(strict, "people"))) {
      for (const m of read(join(strict, "people", file)).matchAll(/data-people="(\d+)"/g)) {
        expect(Number(m[1]), file).toBeGreaterThanOrEqual(STRICT_MIN);
      }
    }
  });
});

describe("pages in Chromium", () => {
  it("opens scorecards and indexes with no console error, no request and no script", async () => {
    const hostileManagerFile = paths.manager(null);
    const files = [
      join(out, "index.html"),
      join(out, hostileManagerFile),
      join(out, paths.person(HOSTILE_ID)),
      join(out, paths.person(adoptedAe().person_id)),
      join(strict, paths.person(adoptedAe().person_id)),
    ];
    const several = assessment.people.find((p) => entriesOf(p.person_id).length > 1);
    if (several) files.push(join(out, paths.person(several.person_id)));
    for (const file of files) {
      const { page, consoleErrors, dialogs } = await open(file);
      expect(consoleErrors, file).toEqual([]);
      expect(dialogs, file).toEqual([]);
      expect(await page.locator("script, img, link, iframe").count(), file).toBe(0);
      await page.close();
    }
    expect(requests).toEqual([]);
  });

  it("draws the weekly trend with non-empty marks", async () => {
    const ae = adoptedAe();
    const { page } = await open(join(out, paths.person(ae.person_id)));
    const charts = await page.$$eval("figure[data-chart]", (figures) =>
      figures.map((f) => {
        const marks = [...f.querySelectorAll("svg [ecmeta_series_index]")].filter((m) => {
          // The DOM's own types are not in this project's lib: just what is used.
          const box = (m as unknown as { getBBox(): { width: number; height: number } }).getBBox();
          return box.width > 0 && box.height > 0;
        });
        return { name: f.getAttribute("data-chart"), marks: marks.length };
      }),
    );
    expect(charts.map((c) => c.name)).toEqual(["trend.ae"]);
    // A bar for nearly every week of two quarters (a week without eligible days has none).
    expect(charts[0]?.marks).toBeGreaterThan(15);
    await page.close();
  });

  it("shows the figures of assess --json as the reader sees them", async () => {
    const ae = adoptedAe();
    const { page } = await open(join(out, paths.person(ae.person_id)));
    const figures = await page.$$eval("[data-figure]", (els) =>
      els.map((e) => ({
        path: e.getAttribute("data-figure") as string,
        value: e.getAttribute("data-value") as string,
        text: e.textContent ?? "",
      })),
    );
    const shown = figures.map((f) => f.path);
    const own = `people[person_id=${ae.person_id},persona=ae]`;
    expect(shown).toContain(`${own}.targets[activity=email_sent].per_day`);
    expect(shown).toContain(`${own}.eligible_days`);
    expect(shown).toContain("gap[persona=ae].top.mean");
    expect(shown).toContain("personas[persona=ae].adoption_rate");
    for (const f of figures) {
      expect(Number(f.value), f.path).toBe(resolvePath(assessment, f.path));
      expect(f.text.trim(), f.path).not.toBe("");
    }
    const perDay = ae.targets[0]?.per_day as number;
    await expect(page.locator(".kpi .value").first().textContent()).resolves.toBe(decimal(perDay));
    await expect(page.locator(".sc-title").textContent()).resolves.toBe(
      "You're on target. Well done!",
    );
    await page.close();
  });

  it("shows a hostile name and team as text", async () => {
    const { page, dialogs } = await open(join(out, paths.person(HOSTILE_ID)));
    await expect(page.locator("h1").textContent()).resolves.toBe(HOSTILE_NAME);
    await expect(page.locator(".sc-role").textContent()).resolves.toContain(`team ${HOSTILE_TEAM}`);
    expect(dialogs).toEqual([]);
    await page.close();
    const index = await open(join(out, paths.manager(null)));
    await expect(index.page.locator("a", { hasText: HOSTILE_NAME }).textContent()).resolves.toBe(
      HOSTILE_NAME,
    );
    await index.page.close();
  });

  it("says what is withheld where a reader looks", async () => {
    const { page } = await open(join(strict, paths.person(adoptedAe().person_id)));
    const text = await page.locator("[data-withheld]").allInnerTexts();
    expect(text).toContain(
      `Withheld: fewer than ${STRICT_MIN} people, so that no one can be singled out.`,
    );
    await page.close();
  });

  it("keeps screenshots for the README", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const card = await open(join(out, paths.person(adoptedAe().person_id)));
    await card.page.screenshot({ path: join(SCREENSHOTS, "scorecard.png"), fullPage: true });
    await card.page.close();
    const busiest = [...new Set(assessment.people.map((p) => p.manager_id))]
      .filter((m): m is string => m !== null)
      .map((m) => ({ m, n: assessment.people.filter((p) => p.manager_id === m).length }))
      .sort((a, b) => b.n - a.n)[0]?.m as string;
    const index = await open(join(out, paths.manager(busiest)));
    await index.page.screenshot({ path: join(SCREENSHOTS, "manager-index.png"), fullPage: true });
    await index.page.close();
    for (const name of ["scorecard.png", "manager-index.png"]) {
      expect(readFileSync(join(SCREENSHOTS, name)).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});
