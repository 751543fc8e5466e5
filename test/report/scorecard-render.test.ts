import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config/config.js";
import type { AssessInput, PersonResult } from "../../src/core/types.js";
import { resolvePath } from "../../src/report/model/figure.js";
import { paths, safeFileStem } from "../../src/report/scorecards/file-names.js";
import { buildManagerIndexes } from "../../src/report/scorecards/manager-model.js";
import {
  managerTitle,
  renderManagerIndex,
  renderTopIndex,
} from "../../src/report/scorecards/render-manager-index.js";
import { renderScorecard } from "../../src/report/scorecards/render-scorecard.js";
import { buildScorecard } from "../../src/report/scorecards/scorecard-model.js";
import { writeScorecards } from "../../src/report/scorecards/write-scorecards.js";
import { AES, assessed } from "./scorecard-fixtures.js";
import { AE, method } from "./what-if-fixtures.js";

const HOSTILE = "<script>alert(1)</script>";

/** Figures on a page: [path, raw value]. */
function figures(page: string): [string, string][] {
  return [...page.matchAll(/data-figure="([^"]*)" data-value="([^"]*)"/g)].map((m) => [
    (m[1] as string).replaceAll("&amp;", "&"),
    m[2] as string,
  ]);
}

describe("safeFileStem", () => {
  it("keeps plain ids and hashes anything else, so no id escapes or collides", () => {
    expect(safeFileStem("p0001")).toBe("p0001");
    const evil = safeFileStem("../../etc/passwd");
    expect(evil).toMatch(/^etc-passwd-[0-9a-f]{10}$/);
    expect(safeFileStem("P0001")).not.toBe(safeFileStem("p0001"));
    expect(safeFileStem("a/b")).not.toBe(safeFileStem("a_b"));
    expect(safeFileStem("..")).toMatch(/^[0-9a-f]{10}$/);
    expect(safeFileStem("")).toMatch(/^[0-9a-f]{10}$/);
    expect(paths.manager(null)).toBe("managers/no-manager.html");
    expect(paths.manager("no-manager")).toBe("managers/m-no-manager.html");
  });
});

describe("renderScorecard", () => {
  const m = method([AE]);
  const people = AES.map((p, i) => (i === 15 ? { ...p, name: HOSTILE } : p));
  const a = assessed(people, m);

  it("shows a hostile name as text", () => {
    const page = renderScorecard(buildScorecard("ae15", { assessment: a, method: m }), 5);
    expect(page).not.toContain("<script>");
    expect(page).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
  });

  it("tags every figure with the assessment value it shows", () => {
    const page = renderScorecard(buildScorecard("ae15", { assessment: a, method: m }), 5);
    const found = figures(page);
    // per day, target and count in the tile and the headline; days; outcome;
    // the gap in tiles and words; the persona's adoption.
    expect(found.length).toBeGreaterThanOrEqual(14);
    const json = JSON.parse(JSON.stringify(a));
    for (const [path, value] of found) {
      expect(resolvePath(json, path), path).toBe(value === "null" ? null : Number(value));
    }
    expect(found.map(([p]) => p)).toContain(
      "people[person_id=ae15,persona=ae].targets[activity=email_sent].per_day",
    );
    expect(page).toContain('data-more="2.5"');
  });

  it("says a withheld group is withheld", () => {
    const page = renderScorecard(
      buildScorecard("ae21", { assessment: a, method: m }),
      m.privacy.min_group_size,
    );
    expect(page).toContain(
      'data-withheld="team">Withheld: fewer than 5 people, so that no one can be singled out.',
    );
  });
});

describe("manager indexes", () => {
  const m = method([AE]);
  const people = AES.map((p, i) => (i === 3 ? { ...p, name: HOSTILE } : p));
  const records = [
    {
      person_id: "m1",
      name: "Zoe <b>Manager</b>",
      email: null,
      manager_id: null,
      team: null,
      start_date: null,
      end_date: null,
    },
  ];
  const indexes = buildManagerIndexes(assessed(people, m), records);
  const labels = new Map([["ae", "Account Executive"]]);

  it("names the manager's reports, escaped, and links their scorecards", () => {
    const page = renderManagerIndex(indexes.find((i) => i.manager_id === "m1") as never, labels);
    expect(page).toContain("<h1>Zoe &lt;b&gt;Manager&lt;/b&gt;&#39;s team</h1>");
    expect(page).toContain(
      '<a href="../people/ae03.html">&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
    expect(page).not.toContain("<script>");
    expect(page).toContain("Rep Number11");
    expect(page).not.toContain("Rep Number12"); // m2's
  });

  it("titles managers who are not known people, and people without a manager", () => {
    expect(managerTitle({ manager_id: "m2", manager_name: null })).toBe("Team of manager m2");
    expect(managerTitle({ manager_id: null, manager_name: null })).toBe("People without a manager");
    const top = renderTopIndex(indexes);
    expect(top).toContain(
      '<a href="managers/m-m1.html">Zoe &lt;b&gt;Manager&lt;/b&gt;&#39;s team</a>',
    );
    expect(top).toContain('<a href="managers/no-manager.html">People without a manager</a>');
  });
});

describe("writeScorecards", () => {
  const dir = mkdtempSync(join(tmpdir(), "uptake-scorecards-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every page inside the folder, whatever the ids", async () => {
    const m = method([AE]);
    const evil = { ...(AES[0] as PersonResult), person_id: "../../escape", manager_id: "../m" };
    const results = [evil, ...AES.slice(1)];
    const input: AssessInput = {
      people: results.map((p) => ({
        person_id: p.person_id,
        name: p.name,
        email: null,
        manager_id: p.manager_id,
        team: p.team,
        start_date: null,
        end_date: null,
      })),
      roles: [],
      absences: [],
      activity: [],
      logins: [],
      revenue: [],
      quotas: [],
    };
    const out = join(dir, "out");
    const progress: number[] = [];
    const written = await writeScorecards(
      {
        config: m as Config,
        assessment: assessed(results, m),
        input,
        window: { from: "2024-01-01", to: "2024-01-14" },
        previous: { from: "2023-12-18", to: "2023-12-31" },
      },
      out,
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(progress).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(written.scorecards).toHaveLength(24);
    expect(readdirSync(join(out, "people"))).toHaveLength(24);
    const file = written.scorecards.find((s) => s.person_id === "../../escape")?.file as string;
    expect(file).toMatch(/^people\/escape-[0-9a-f]{10}\.html$/);
    expect(readFileSync(join(out, file), "utf8")).toContain("Rep Number0");
    expect(paths.manager("../m")).toMatch(/^managers\/m-m-[0-9a-f]{10}\.html$/);
    expect(written.managers.map((w) => w.file)).toContain(paths.manager("../m"));
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Scorecards");
  });
});
