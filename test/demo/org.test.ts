import { describe, expect, it } from "vitest";
import { diffDays, isoWeekday } from "../../src/core/dates.js";
import { generateDemo } from "../../src/demo/index.js";
import { countBy, demo, nyDay } from "./fixture.js";

const data = demo();
const PREV = data.meta.previous_quarter;
const inPrev = (day: string | null) => day !== null && day >= PREV.from && day <= PREV.to;

describe("the demo organisation", () => {
  it("has 200 people split about 35% SDR, 35% AE, 10% managers, 20% CSM", () => {
    expect(data.people).toHaveLength(200);
    const personas = countBy(data.people, (p) => p.persona as string);
    expect(personas.get("manager")).toBe(20);
    expect(personas.get("csm")).toBe(40);
    // Promotions move a few SDRs into AE seats.
    expect(personas.get("sdr")).toBeGreaterThanOrEqual(66);
    expect(personas.get("sdr")).toBeLessThanOrEqual(70);
    expect((personas.get("sdr") ?? 0) + (personas.get("ae") ?? 0)).toBe(140);
  });

  it("has an SDR promoted to AE inside the previous quarter, as two role rows", () => {
    const rows = countBy(data.roles, (r) => r.person_id as string);
    const promoted = [...rows].filter(([, n]) => n === 2).map(([id]) => id);
    expect(promoted.length).toBeGreaterThanOrEqual(1);
    const inside = promoted.filter((id) => {
      const [sdr, ae] = data.roles.filter((r) => r.person_id === id);
      return (
        sdr?.persona === "sdr" &&
        ae?.persona === "ae" &&
        inPrev(ae.valid_from) &&
        diffDays(sdr.valid_to as string, ae.valid_from as string) === 1 &&
        sdr.team !== ae.team
      );
    });
    expect(inside).toHaveLength(1);
    const person = data.people.find((p) => p.person_id === inside[0]);
    expect(person?.persona).toBe("ae");
  });

  it("has new hires in the previous quarter: one early enough to ramp and be evaluated, one too late", () => {
    const hires = data.people.filter((p) => inPrev(p.start_date));
    expect(hires.length).toBeGreaterThanOrEqual(2);
    const starts = hires.map((p) => p.start_date as string);
    expect(starts.some((d) => diffDays(d, PREV.to) < 20)).toBe(true);
    expect(starts.some((d) => diffDays(PREV.from, d) < 20)).toBe(true);
    for (const d of starts) expect(isoWeekday(d)).toBe(1);
    // Their first role row starts with them.
    for (const p of hires) {
      expect(data.roles.find((r) => r.person_id === p.person_id)?.valid_from).toBe(p.start_date);
    }
  });

  it("has leavers in the previous quarter, one within its first two weeks", () => {
    const leavers = data.people.filter((p) => inPrev(p.end_date));
    expect(leavers.length).toBeGreaterThanOrEqual(2);
    expect(leavers.some((p) => diffDays(PREV.from, p.end_date as string) < 14)).toBe(true);
    const lastDay = new Map<string, string>();
    for (const a of data.activities)
      lastDay.set(a.person_id as string, nyDay(a.occurred_at as string));
    // Activities come in time order per person: the last one seen is the last one done.
    for (const p of leavers) {
      const last = lastDay.get(p.person_id as string);
      expect(last).toBeDefined();
      expect((last as string) <= (p.end_date as string)).toBe(true);
    }
  });

  it("gives many people paid time off of a few days to two weeks", () => {
    const pto = data.absences.filter((a) => a.kind === "pto");
    const people = new Set(pto.map((a) => a.person_id));
    expect(people.size).toBeGreaterThan(data.people.length * 0.6);
    const lengths = pto.map((a) => diffDays(a.from as string, a.to as string) + 1);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(16);
    expect(data.absences.some((a) => a.kind === "parental_leave")).toBe(true);
  });

  it("does little work on absence days", () => {
    const away = new Set<string>();
    for (const a of data.absences) {
      for (let d = a.from as string; d <= (a.to as string); d = nextDay(d))
        away.add(`${a.person_id}|${d}`);
    }
    const onLeave = data.activities.filter((a) =>
      away.has(`${a.person_id}|${nyDay(a.occurred_at as string)}`),
    );
    expect(onLeave.length).toBeGreaterThan(0);
    expect(onLeave.length / data.activities.length).toBeLessThan(0.005);
  });

  it("knows the US holidays of the span and the company's own days off", () => {
    expect(data.meta.holidays).toEqual([
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-07-04",
    ]);
    expect(data.meta.company_holidays).toEqual([]);
    const winter = generateDemo({ asOf: "2027-01-15", people: 20 });
    expect(winter.meta.company_holidays).toEqual(["2026-11-27", "2026-12-24"]);
    expect(winter.meta.holidays).toEqual([
      "2026-07-03",
      "2026-07-04",
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-11-27",
      "2026-12-24",
      "2026-12-25",
      "2027-01-01",
    ]);
  });

  it("does much less work on holidays and weekends than on working days", () => {
    const perDay = countBy(data.activities, (a) => nyDay(a.occurred_at as string));
    const holidays = new Set(data.meta.holidays);
    const working: number[] = [];
    const weekend: number[] = [];
    const holiday: number[] = [];
    for (const [day, n] of perDay) {
      if (holidays.has(day)) holiday.push(n);
      else if (isoWeekday(day) >= 6) weekend.push(n);
      else working.push(n);
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(holiday.length).toBeGreaterThanOrEqual(5);
    expect(mean(holiday)).toBeLessThan(mean(working) * 0.15);
    expect(mean(weekend)).toBeGreaterThan(0);
    expect(mean(weekend)).toBeLessThan(mean(working) * 0.1);
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
