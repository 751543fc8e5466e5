// What the demo is for: people who log in but do not adopt, outcomes that rise
// with adoption, and an assessment with the numbers the docs promise.

import { describe, expect, it } from "vitest";
import { configFromText } from "../../src/config/load.js";
import { assessCore } from "../../src/core/assess.js";
import { isoWeekday } from "../../src/core/dates.js";
import { demoConfigYaml, generateDemo } from "../../src/demo/index.js";
import { demoInput } from "./demo-input.js";
import { AS_OF, demo, nyDay } from "./fixture.js";

const data = demo();
const PREV = data.meta.previous_quarter;
const holidays = new Set(data.meta.holidays);

/** Average ranks, ties sharing the mean of their positions. */
function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function spearman(xs: number[], ys: number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (rx.length + 1) / 2;
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    const a = (rx[i] as number) - mean;
    const b = (ry[i] as number) - mean;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return num / Math.sqrt(dx * dy);
}

describe("logins are not adoption", () => {
  it("low adopters still log in on most of their working days", () => {
    const low = data.meta.truth.filter((t) => t.propensity < 0.5).map((t) => t.person_id);
    expect(low.length).toBeGreaterThanOrEqual(15);
    const loginDays = new Set(
      data.logins.map((l) => `${l.person_id}|${nyDay(l.occurred_at as string)}`),
    );
    const away = new Set<string>();
    for (const a of data.absences) {
      for (let d = a.from as string; d <= (a.to as string); d = addDay(d))
        away.add(`${a.person_id}|${d}`);
    }
    const shares = low.map((id) => {
      const p = data.people.find((x) => x.person_id === id);
      let present = 0;
      let logged = 0;
      for (let d = PREV.from; d <= PREV.to; d = addDay(d)) {
        if (isoWeekday(d) >= 6 || holidays.has(d) || away.has(`${id}|${d}`)) continue;
        if ((p?.start_date && d < p.start_date) || (p?.end_date && d > p.end_date)) continue;
        present++;
        if (loginDays.has(`${id}|${d}`)) logged++;
      }
      return present === 0 ? 1 : logged / present;
    });
    const regular = shares.filter((s) => s >= 0.8).length;
    expect(regular / shares.length).toBeGreaterThan(0.8);
  });
});

describe("outcomes follow adoption, with noise", () => {
  it("AE and SDR attainment in the previous quarter rises with propensity", () => {
    const propensity = new Map(data.meta.truth.map((t) => [t.person_id, t.propensity]));
    const won = new Map<string, number>();
    for (const o of data.opportunities) {
      if (
        o.is_won !== "true" ||
        (o.close_date as string) < PREV.from ||
        (o.close_date as string) > PREV.to
      )
        continue;
      won.set(o.owner_id as string, (won.get(o.owner_id as string) ?? 0) + Number(o.amount));
    }
    const quota = new Map<string, number>();
    for (const q of data.quotas) {
      if (q.from !== PREV.from || q.to !== PREV.to) continue; // whole-quarter quotas only
      quota.set(q.person_id as string, (quota.get(q.person_id as string) ?? 0) + Number(q.amount));
    }
    const ids = [...quota.keys()];
    expect(ids.length).toBeGreaterThan(100);
    const x = ids.map((id) => propensity.get(id) as number);
    const y = ids.map((id) => (won.get(id) ?? 0) / (quota.get(id) as number));
    const rho = spearman(x, y);
    expect(rho).toBeGreaterThan(0.25);
    expect(rho).toBeLessThan(0.8);

    // Quartiles by propensity: the top quarter attains clearly more than the bottom.
    const sorted = ids.map((_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
    const q = Math.floor(sorted.length / 4);
    const meanOf = (idx: number[]) => idx.reduce((s, i) => s + (y[i] as number), 0) / idx.length;
    const bottom = meanOf(sorted.slice(0, q));
    const top = meanOf(sorted.slice(-q));
    expect(top - bottom).toBeGreaterThan(0.2);
    expect(bottom).toBeGreaterThan(0.3);
  });
});

describe("volume", () => {
  it("stays within 300k-600k activity rows for 200 people, for a short and a long quarter to date", () => {
    expect(data.activities.length).toBeGreaterThan(300_000);
    expect(data.activities.length).toBeLessThan(600_000);
    const shortest = generateDemo({ asOf: "2026-07-01" }).activities.length;
    const longest = generateDemo({ asOf: "2026-06-30" }).activities.length;
    expect(shortest).toBeGreaterThan(300_000);
    expect(longest).toBeLessThan(600_000);
    expect(longest).toBeGreaterThan(shortest * 1.3);
  });
});

describe("assessed with the demo's uptake.yml", () => {
  const config = configFromText(demoConfigYaml(data), { baseDir: "/tmp" });
  const result = assessCore(demoInput(data), config, AS_OF);

  it("assesses the previous quarter with about half the people adopted and most logging in", () => {
    expect(result.window).toEqual(PREV);
    const overall = result.overall;
    expect(overall.adoption_rate).toBeGreaterThan(0.4);
    expect(overall.adoption_rate).toBeLessThan(0.6);
    expect(overall.login_rate).toBeGreaterThan(0.85);
    expect(overall.logged_in_not_adopted).toBeGreaterThan(overall.evaluated * 0.3);
    for (const persona of result.personas) {
      expect(persona.evaluated, persona.persona).toBeGreaterThanOrEqual(15);
      expect(persona.adoption_rate, persona.persona).toBeGreaterThan(0.3);
      expect(persona.adoption_rate, persona.persona).toBeLessThan(0.7);
    }
  });

  it("has people with too few eligible days, and scores from near zero to far above target", () => {
    const insufficient = result.people.filter((p) => p.status === "insufficient_days");
    expect(insufficient.length).toBeGreaterThanOrEqual(2);
    const scores = result.people.map((p) => p.score).filter((s): s is number => s !== null);
    expect(Math.min(...scores)).toBeLessThan(0.3);
    expect(Math.max(...scores)).toBeGreaterThan(3);
  });

  it("shows an Adoption Gap in quota attainment for SDRs and AEs, and flags heavy users with weak results", () => {
    for (const persona of ["sdr", "ae"]) {
      const gap = result.gap.find((g) => g.persona === persona);
      expect(gap?.computed, persona).toBe(true);
      expect(gap?.metric).toBe("quota_attainment");
      expect((gap?.top?.mean ?? 0) - (gap?.bottom?.mean ?? 0), persona).toBeGreaterThan(0.2);
      expect(gap?.spearman_rho, persona).toBeGreaterThan(0.15);
    }
    const csm = result.gap.find((g) => g.persona === "csm");
    expect(csm?.metric).toBe("revenue");
    expect(result.flags.length).toBeGreaterThanOrEqual(3);
    expect(result.flags.every((f) => f.score >= 3 && f.outcome < f.persona_median)).toBe(true);
  });
});

function addDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
