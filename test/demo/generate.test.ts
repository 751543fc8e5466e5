import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isDay } from "../../src/core/dates.js";
import { STANDARD_ACTIVITY_TYPES } from "../../src/core/types.js";
import { DEMO_COLUMNS, DEMO_KINDS, type DemoData, generateDemo } from "../../src/demo/index.js";
import { UsageError } from "../../src/errors.js";
import { AS_OF, demo, nyDay } from "./fixture.js";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const PERSONAS = ["sdr", "ae", "manager", "csm"];

function digest(data: DemoData): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

const unique = (values: (string | null)[]) => new Set(values).size === values.length;

describe("generateDemo: determinism", () => {
  it("gives identical data for the same seed and as_of, and other data for another seed", () => {
    const a = demo();
    expect(digest(generateDemo({ asOf: AS_OF, seed: 42, people: 200 }))).toBe(digest(a));
    const b = generateDemo({ asOf: AS_OF, seed: 43 });
    expect(digest(b)).not.toBe(digest(a));
    expect(b.people.map((p) => p.name)).not.toEqual(a.people.map((p) => p.name));
    expect(b.activities.length).not.toBe(a.activities.length);
  });

  it("is pinned: a small organisation has the same digest on every machine", () => {
    // Changing the generator on purpose changes this digest; anything else changing it is a bug.
    const small = generateDemo({ asOf: AS_OF, people: 30, seed: 5 });
    expect(small.activities).toHaveLength(55_888);
    expect(digest(small)).toBe("b558a0133aa9ab1b8992bf29c484ba0f463dc436594cac5ef7919c30f78736b2");
  });

  it("covers exactly two quarters when as_of is a quarter's first day, across a year end", () => {
    const d = generateDemo({ asOf: "2026-01-01", people: 20 });
    expect(d.meta.span).toEqual({ from: "2025-07-01", to: "2025-12-31" });
    expect(d.meta.quarters).toEqual([
      { from: "2025-07-01", to: "2025-09-30" },
      { from: "2025-10-01", to: "2025-12-31" },
    ]);
    expect(d.meta.previous_quarter).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(d.activities.every((a) => nyDay(a.occurred_at as string) <= "2025-12-31")).toBe(true);
    expect(d.quotas.every((q) => (q.to as string) <= "2025-12-31")).toBe(true);
  });

  it("rejects a headcount below 20, a non-integer seed and a malformed as_of", () => {
    expect(() => generateDemo({ asOf: AS_OF, people: 19 })).toThrow(UsageError);
    expect(() => generateDemo({ asOf: AS_OF, people: 50.5 })).toThrow(UsageError);
    expect(() => generateDemo({ asOf: AS_OF, seed: 1.5 })).toThrow(UsageError);
    expect(() => generateDemo({ asOf: "2026-02-30" })).toThrow(UsageError);
  });

  it("builds a small organisation too, with every persona", () => {
    const small = generateDemo({ asOf: AS_OF, people: 20, seed: 1 });
    expect(small.people).toHaveLength(20);
    expect(new Set(small.people.map((p) => p.persona))).toEqual(new Set(PERSONAS));
  });
});

describe("generateDemo: records", () => {
  const data = demo();

  it("has exactly the canonical columns, in order, on every record", () => {
    for (const kind of DEMO_KINDS) {
      expect(data[kind].length, kind).toBeGreaterThan(0);
      const header = DEMO_COLUMNS[kind].join(",");
      const bad = data[kind].filter((row) => Object.keys(row).join(",") !== header);
      expect(bad, kind).toEqual([]);
    }
  });

  it("covers the two quarters before as_of's quarter and the quarter to date", () => {
    expect(data.meta.span).toEqual({ from: "2026-01-01", to: "2026-07-13" });
    expect(data.meta.previous_quarter).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(data.meta.quarters).toEqual([
      { from: "2026-01-01", to: "2026-03-31" },
      { from: "2026-04-01", to: "2026-06-30" },
      { from: "2026-07-01", to: "2026-09-30" },
    ]);
    const days = data.activities.map((a) => nyDay(a.occurred_at as string));
    expect(days.every((d) => d >= "2026-01-01" && d <= "2026-07-13")).toBe(true);
    expect(days.some((d) => d === "2026-01-02")).toBe(true);
    expect(days.some((d) => d === "2026-07-13")).toBe(true);
  });

  it("has people with unique ids and emails, known personas and existing managers", () => {
    const ids = data.people.map((p) => p.person_id);
    expect(unique(ids)).toBe(true);
    expect(unique(data.people.map((p) => p.email))).toBe(true);
    const byId = new Map(data.people.map((p) => [p.person_id, p]));
    for (const p of data.people) {
      expect(p.person_id).toMatch(/^P\d{4}$/);
      expect(p.email).toMatch(/^[a-z-]+\.[a-z-]+\d*@example\.com$/);
      expect(PERSONAS).toContain(p.persona);
      if (p.start_date !== null) expect(isDay(p.start_date)).toBe(true);
      if (p.end_date !== null) expect(p.end_date >= (p.start_date ?? "")).toBe(true);
      if (p.manager_id !== null) expect(byId.get(p.manager_id)?.persona).toBe("manager");
    }
    // One VP without a manager; every team manager reports to the VP.
    const top = data.people.filter((p) => p.manager_id === null);
    expect(top).toHaveLength(1);
    const vp = top[0]?.person_id;
    for (const p of data.people.filter((x) => x.persona === "manager" && x.person_id !== vp)) {
      expect(p.manager_id).toBe(vp);
    }
  });

  it("gives each team one manager whom all its members report to", () => {
    const reps = data.people.filter((p) => p.persona !== "manager");
    const managerOfTeam = new Map(
      data.people.filter((p) => p.persona === "manager").map((m) => [m.team, m.person_id]),
    );
    for (const p of reps) expect(p.manager_id).toBe(managerOfTeam.get(p.team));
    expect(new Set(reps.map((p) => p.team)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(reps.map((p) => p.team))).toContain("EMEA Enterprise");
  });

  it("has role rows with known personas, real dates in order and no overlaps per person", () => {
    const people = new Set(data.people.map((p) => p.person_id));
    const byPerson = new Map<string, typeof data.roles>();
    for (const r of data.roles) {
      expect(people.has(r.person_id as string)).toBe(true);
      expect(PERSONAS).toContain(r.persona);
      expect(isDay(r.valid_from)).toBe(true);
      if (r.valid_to !== null) expect(r.valid_to >= (r.valid_from as string)).toBe(true);
      byPerson.set(r.person_id as string, [...(byPerson.get(r.person_id as string) ?? []), r]);
    }
    expect(byPerson.size).toBe(data.people.length);
    for (const rows of byPerson.values()) {
      for (let i = 1; i < rows.length; i++) {
        expect((rows[i - 1]?.valid_to as string) < (rows[i]?.valid_from as string)).toBe(true);
      }
    }
  });

  it("has activities with unique ids, ISO UTC instants and standard types, from known people", () => {
    const people = new Set(data.people.map((p) => p.person_id));
    expect(unique(data.activities.map((a) => a.event_id))).toBe(true);
    const bad = data.activities.filter(
      (a) => !INSTANT.test(a.occurred_at as string) || !people.has(a.person_id as string),
    );
    expect(bad).toEqual([]);
    expect(new Set(data.activities.map((a) => a.activity_type))).toEqual(
      new Set(STANDARD_ACTIVITY_TYPES),
    );
    expect(new Set(data.activities.map((a) => a.source))).toEqual(
      new Set(["salesloft", "salesforce", "gong", "gainsight"]),
    );
    const instant = data.activities[1000]?.occurred_at as string;
    expect(new Date(instant).toISOString()).toBe(instant.replace("Z", ".000Z"));
  });

  it("puts activities only on days the person was employed, none on or after as_of", () => {
    const byId = new Map(data.people.map((p) => [p.person_id, p]));
    const bad = data.activities.filter((a) => {
      const p = byId.get(a.person_id);
      const day = nyDay(a.occurred_at as string);
      return day >= AS_OF || day < (p?.start_date ?? "") || day > (p?.end_date ?? "9999");
    });
    expect(bad).toEqual([]);
  });

  it("leaves about 3% of activities without a subject", () => {
    const share =
      data.activities.filter((a) => a.subject_id === null).length / data.activities.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.04);
  });

  it("has CSMs touch some accounts twice a day, so distinct counts differ from raw counts", () => {
    const touches = data.activities.filter((a) => a.activity_type === "account_touched");
    const keys = touches.map(
      (a) => `${a.person_id}|${nyDay(a.occurred_at as string)}|${a.subject_id}`,
    );
    const distinct = new Set(keys).size;
    expect(distinct).toBeLessThan(touches.length * 0.9);
    expect(distinct).toBeGreaterThan(touches.length * 0.7);
    // Only CS people touch accounts.
    const csm = new Set(data.roles.filter((r) => r.persona === "csm").map((r) => r.person_id));
    expect(touches.every((a) => csm.has(a.person_id))).toBe(true);
  });

  it("has logins with ISO UTC instants, unique per person, instant and source", () => {
    const keys = data.logins.map((l) => `${l.person_id}|${l.occurred_at}|${l.source}`);
    expect(unique(keys)).toBe(true);
    expect(data.logins.filter((l) => !INSTANT.test(l.occurred_at as string))).toEqual([]);
  });

  it("has absences with real, ordered dates, known kinds and no overlap per person", () => {
    const last = new Map<string, string>();
    for (const a of data.absences) {
      expect(isDay(a.from) && isDay(a.to)).toBe(true);
      expect((a.from as string) <= (a.to as string)).toBe(true);
      expect(["pto", "sick", "parental_leave"]).toContain(a.kind);
      const prev = last.get(a.person_id as string);
      if (prev !== undefined) expect(prev < (a.from as string)).toBe(true);
      last.set(a.person_id as string, a.to as string);
    }
  });

  it("has opportunities with unique ids, amounts of 5,000-120,000 and closed before as_of", () => {
    expect(unique(data.opportunities.map((o) => o.opportunity_id))).toBe(true);
    const owners = new Set(data.people.map((p) => p.person_id));
    for (const o of data.opportunities) {
      const amount = Number(o.amount);
      expect(Number.isInteger(amount) && amount >= 5000 && amount <= 120_000).toBe(true);
      expect(["true", "false"]).toContain(o.is_won);
      expect(isDay(o.close_date) && (o.close_date as string) < AS_OF).toBe(true);
      expect(owners.has(o.owner_id as string)).toBe(true);
    }
    const won = data.opportunities.filter((o) => o.is_won === "true").length;
    expect(won / data.opportunities.length).toBeGreaterThan(0.2);
    expect(won / data.opportunities.length).toBeLessThan(0.4);
  });

  it("has quarterly quotas only for SDRs and AEs, positive, within a quarter", () => {
    const quotaPersonas = new Set(["sdr", "ae"]);
    const held = new Map<string, Set<string>>();
    for (const r of data.roles) {
      held.set(
        r.person_id as string,
        (held.get(r.person_id as string) ?? new Set()).add(r.persona as string),
      );
    }
    for (const q of data.quotas) {
      expect(Number(q.amount)).toBeGreaterThan(0);
      expect((q.from as string).slice(0, 4)).toBe((q.to as string).slice(0, 4));
      expect([...(held.get(q.person_id as string) ?? [])].some((p) => quotaPersonas.has(p))).toBe(
        true,
      );
    }
    const withQuota = new Set(data.quotas.map((q) => q.person_id));
    for (const p of data.people.filter((x) => x.persona === "manager" || x.persona === "csm")) {
      expect(withQuota.has(p.person_id)).toBe(false);
    }
  });
});
