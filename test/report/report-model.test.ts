import { describe, expect, it } from "vitest";
import { type Figure, matchesFilter, resolvePath } from "../../src/report/model/figure.js";
import { poolSmallTeams } from "../../src/report/model/persona-model.js";
import { reportModel } from "../../src/report/report-model.js";
import { fixtureContext, HOSTILE } from "./report-fixture.js";

const ctx = fixtureContext();
const model = reportModel(ctx, "9.9.9");
/** The assessment as `assess --json` prints it. */
const json = JSON.parse(JSON.stringify(ctx.assessment)) as unknown;

function figures(value: unknown, out: Figure[] = []): Figure[] {
  if (Array.isArray(value)) for (const v of value) figures(v, out);
  else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.path === "string" && "value" in o && typeof o.text === "string")
      out.push(o as unknown as Figure);
    else for (const v of Object.values(o)) figures(v, out);
  }
  return out;
}

describe("poolSmallTeams", () => {
  const row = (team: string | null, evaluated: number, adopted: number) => ({
    team: team ?? "No team",
    keys: [team],
    evaluated,
    adopted,
  });

  it("pools teams under the minimum into one row that keeps their keys", () => {
    const pooled = poolSmallTeams([row("A", 6, 3), row("B", 2, 1), row(null, 3, 3)], 5);
    expect(pooled).toEqual({
      teams: [
        row("A", 6, 3),
        { team: "2 teams under 5", keys: ["B", null], evaluated: 5, adopted: 4 },
      ],
      withheld: 0,
    });
  });

  it("withholds the pool when even together it is under the minimum", () => {
    expect(poolSmallTeams([row("A", 5, 0), row("B", 4, 4)], 5)).toEqual({
      teams: [row("A", 5, 0)],
      withheld: 4,
    });
  });
});

describe("reportModel", () => {
  it("takes every figure from the assessment, at its path", () => {
    const all = figures(model);
    expect(all.length).toBeGreaterThan(40);
    for (const f of all) expect(resolvePath(json, f.path), f.path).toBe(f.value);
  });

  it("writes the headline contrast from the overall summary", () => {
    const o = model.headline.overall;
    // 16 of 17 SDRs log in every day, the AEs never: 16 of 20 people on each working day.
    expect(o.loginRate).toMatchObject({ path: "overall.login_rate", text: "80%" });
    expect(o.loginRate.value).toBeCloseTo(0.8, 12);
    // Adopted: s06..s17 (12 SDRs at 20/day or more) and the 3 AEs, of 20 evaluated.
    expect(o.adoptionRate).toMatchObject({ value: 0.75, text: "75%" });
    // Regular users not adopted: s02..s05.
    expect(o.loggedInNotAdopted).toMatchObject({ value: 4, text: "4" });
    expect(model.headline.personas.map((p) => [p.label, p.defined])).toEqual([
      ["BDR/SDR", true],
      ["Account Executive", true],
      ["Sales Manager", true],
      ["Customer Success Manager", true],
    ]);
  });

  it("counts adoption by team, teams under the privacy minimum withheld", () => {
    const sdr = model.personas.find((p) => p.persona === "sdr");
    expect(sdr?.withheld).toBe(0);
    expect(sdr?.teams.map((t) => [t.team, t.adopted, t.evaluated])).toEqual([
      ['<b>Team & "Co"</b>', 5, 5],
      // East: s02..s10 even, adopted from s06.
      ["East", 3, 5],
      // West: s01..s11 odd and s17, adopted from s07.
      ["West", 4, 7],
    ]);
    // The AEs' one team of 3 is under the minimum of 5, alone: withheld.
    const ae = model.personas.find((p) => p.persona === "ae");
    expect([ae?.teams, ae?.withheld]).toEqual([[], 3]);
    const people = (json as { people: Record<string, unknown>[] }).people;
    for (const t of sdr?.teams ?? []) {
      const filter = { persona: "sdr", team: t.keys, status: ["adopted"] };
      expect(people.filter((p) => matchesFilter(p, filter))).toHaveLength(t.adopted);
    }
    expect(sdr?.perDay).toHaveLength(17);
    expect(sdr?.definition.targets).toEqual(["20 emails per eligible day"]);
  });

  it("computes the SDR gap and says why the AE gap is missing", () => {
    const [sdr, ae, manager] = model.gaps;
    // 16 SDRs with revenue (s17 has 0 and still counts: no deal is an outcome) -> 17, k = 4.
    expect(sdr?.computed?.k.value).toBe(4);
    expect(sdr?.computed?.metric).toBe("revenue");
    expect(sdr?.computed?.scatter).toHaveLength(17);
    expect(sdr?.computed?.scatter.filter((p) => p.group === "top")).toHaveLength(4);
    expect(ae?.computed).toBeNull();
    expect(ae?.reason).toContain("only 3 evaluated people");
    expect(manager?.reason).toBe("nobody held this persona in the window");
  });

  it("lists the far-above-target flag and the people within 20% of target", () => {
    expect(model.whereToLook.quality.map((q) => [q.name, q.score.text])).toEqual([
      ["Seller 17", "3.50×"],
    ]);
    // s04 at 16/day (0.8) and s05 at 18/day (0.9), highest score first.
    expect(model.whereToLook.near.map((n) => [n.name, n.perDay.text, n.shortfall])).toEqual([
      [HOSTILE, "18.0", "2.0 more emails a day"],
      ["Seller 4", "16.0", "4.0 more emails a day"],
    ]);
  });

  it("splits the trend into the previous window and this one", () => {
    const sdr = model.trends.find((t) => t.persona === "sdr");
    // 18 Feb .. 13 Mar: W08 (Wed-Sun), W09, W10, W11.
    expect(sdr?.weeks.map((w) => [w.label, w.previous])).toEqual([
      ["18 Feb", true],
      ["23 Feb", true],
      ["2 Mar", false],
      ["9 Mar", false],
    ]);
    expect(sdr?.weeks[2]?.share_at_target).toBeCloseTo(12 / 17, 12);
  });

  it("keeps provenance: config hash, version, files by name", () => {
    expect(model.provenance).toMatchObject({
      version: "9.9.9",
      configPath: "/org/uptake.yml",
      configHash: "0123456789abcdef".repeat(4),
      asOf: "1 Apr 2026",
      window: "2 Mar – 13 Mar 2026",
    });
    expect(model.provenance.imports[0]).toMatchObject({
      files: "people.csv",
      at: "2026-03-20 09:30 UTC",
    });
    expect(model.provenance.method).toContain("per_day: 20");
  });

  it("keeps data-derived names as plain strings for the renderer to escape", () => {
    expect(model.personas[0]?.teams.some((t) => t.team.includes("<b>"))).toBe(true);
    expect(ctx.assessment.people.some((p) => p.name === HOSTILE)).toBe(true);
  });
});
