import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFiles } from "../../src/importers/index.js";
import { readAssessInput, readSources } from "../../src/store/index.js";
import { csv, ORG, type Workbench, workbench } from "../importers/helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench("uptake-read-");
});
afterEach(async () => {
  await wb.close();
});

async function load(kind: Parameters<typeof importFiles>[1]["kind"], lines: string[]) {
  const f = wb.file(`${kind}.csv`, csv(lines));
  return importFiles(wb.engine, { kind, files: [f], ...ORG });
}

describe("readAssessInput", () => {
  it("merges roles: imported ones win, people.persona fills in for the rest", async () => {
    await load("people", [
      "person_id,name,email,manager_id,team,persona,start_date,end_date",
      "a1,Ann,,m1,East,sdr,2024-01-15,",
      "b2,Bo,,m1,West,sdr,2023-06-01,2024-05-31",
      "c3,Cy,,m1,North,,2024-01-01,",
      "m1,Mo,,,East,manager,,",
    ]);
    await load("roles", [
      "person_id,persona,team,valid_from,valid_to",
      "b2,sdr,,2023-06-01,2024-02-29",
      "b2,ae,Enterprise,2024-03-01,",
      "z9,ae,South,2024-01-01,",
    ]);
    const input = await readAssessInput(wb.engine, { from: "2024-01-01", to: "2024-03-31" });
    expect(input.people).toEqual([
      {
        person_id: "a1",
        name: "Ann",
        email: null,
        manager_id: "m1",
        team: "East",
        start_date: "2024-01-15",
        end_date: null,
      },
      {
        person_id: "b2",
        name: "Bo",
        email: null,
        manager_id: "m1",
        team: "West",
        start_date: "2023-06-01",
        end_date: "2024-05-31",
      },
      {
        person_id: "c3",
        name: "Cy",
        email: null,
        manager_id: "m1",
        team: "North",
        start_date: "2024-01-01",
        end_date: null,
      },
      {
        person_id: "m1",
        name: "Mo",
        email: null,
        manager_id: null,
        team: "East",
        start_date: null,
        end_date: null,
      },
    ]);
    expect(input.roles).toEqual([
      { person_id: "a1", persona: "sdr", team: "East", valid_from: "2024-01-15", valid_to: null },
      // b2's people.persona is ignored: the imported roles say it all. A role
      // without a team takes the person's team.
      {
        person_id: "b2",
        persona: "sdr",
        team: "West",
        valid_from: "2023-06-01",
        valid_to: "2024-02-29",
      },
      {
        person_id: "b2",
        persona: "ae",
        team: "Enterprise",
        valid_from: "2024-03-01",
        valid_to: null,
      },
      // c3 has neither a persona nor roles: left out.
      { person_id: "m1", persona: "manager", team: "East", valid_from: null, valid_to: null },
      // Roles of a person not (yet) in people are kept.
      { person_id: "z9", persona: "ae", team: "South", valid_from: "2024-01-01", valid_to: null },
    ]);
  });

  it("reads events only within the range, and reference data in full", async () => {
    await load("activities", [
      "person_id,activity_type,occurred_at,subject_id",
      "p1,email_sent,2023-12-31T12:00:00Z,l1",
      "p1,email_sent,2024-01-01T12:00:00Z,l1",
      "p1,email_sent,2024-01-01T13:00:00Z,l2",
      "p1,email_sent,2024-01-31T12:00:00Z,l1",
      "p1,email_sent,2024-02-01T12:00:00Z,l1",
    ]);
    await load("logins", [
      "person_id,occurred_at",
      "p1,2023-12-31T08:00:00Z",
      "p1,2024-01-02T08:00:00Z",
      "p1,2024-01-02T09:00:00Z",
      "p1,2024-02-01T08:00:00Z",
    ]);
    await load("opportunities", [
      "opportunity_id,owner_id,amount,close_date,is_won",
      "o1,p1,100,2023-12-31,true",
      "o2,p1,200,2024-01-10,true",
      "o3,p1,50.5,2024-01-10,true",
      "o4,p1,999,2024-01-10,false",
      "o5,p2,300,2024-01-31,yes",
      "o6,p1,400,2024-02-01,true",
    ]);
    await load("absences", [
      "person_id,from,to,kind",
      "p1,2023-12-20,2023-12-24,pto",
      "p1,2024-06-01,2024-06-02,pto",
    ]);
    await load("quotas", [
      "person_id,from,to,amount",
      "p1,2023-10-01,2023-12-31,1000",
      "p1,2024-01-01,2024-03-31,1200",
    ]);

    const input = await readAssessInput(wb.engine, { from: "2024-01-01", to: "2024-01-31" });
    expect(input.activity).toEqual([
      {
        person_id: "p1",
        day: "2024-01-01",
        activity_type: "email_sent",
        n: 2,
        distinct_subjects: 2,
      },
      {
        person_id: "p1",
        day: "2024-01-31",
        activity_type: "email_sent",
        n: 1,
        distinct_subjects: 1,
      },
    ]);
    expect(input.logins).toEqual([{ person_id: "p1", day: "2024-01-02" }]);
    expect(input.revenue).toEqual([
      { person_id: "p1", day: "2024-01-10", amount: 250.5 },
      { person_id: "p2", day: "2024-01-31", amount: 300 },
    ]);
    expect(input.absences).toEqual([
      { person_id: "p1", from: "2023-12-20", to: "2023-12-24", kind: "pto" },
      { person_id: "p1", from: "2024-06-01", to: "2024-06-02", kind: "pto" },
    ]);
    expect(input.quotas).toEqual([
      { person_id: "p1", from: "2023-10-01", to: "2023-12-31", amount: 1000 },
      { person_id: "p1", from: "2024-01-01", to: "2024-03-31", amount: 1200 },
    ]);
  });

  it("reads an empty database as empty input", async () => {
    const { ensureSchema } = await import("../../src/store/index.js");
    await ensureSchema(wb.engine);
    expect(await readAssessInput(wb.engine, { from: "2024-01-01", to: "2024-03-31" })).toEqual({
      people: [],
      roles: [],
      absences: [],
      activity: [],
      logins: [],
      revenue: [],
      quotas: [],
    });
  });
});

describe("readSources", () => {
  it("counts rows per table and lists the imports", async () => {
    await load("people", ["person_id,name", "p1,Ann", "p2,Bo"]);
    await load("activities", [
      "person_id,activity_type,occurred_at",
      "p1,email_sent,2024-01-02T10:00:00Z",
      "p1,email_sent,2024-02-03T10:00:00Z",
      "p2,call_logged,2024-01-05T10:00:00Z",
    ]);
    const sources = await readSources(wb.engine);
    expect(sources.tables).toEqual({
      people: 2,
      roles: 0,
      activities: 3,
      logins: 0,
      absences: 0,
      opportunities: 0,
      quotas: 0,
    });
    expect(sources.activityDays).toEqual({ from: "2024-01-02", to: "2024-02-03" });
    expect(sources.schemaVersion).toBe(1);
    expect(sources.rollupTimezone).toBe("UTC");
    expect(sources.imports.map(({ at, ...e }) => e)).toEqual([
      { id: 1, kind: "people", files: [`${wb.dir}/people.csv`], rows: 2, rejected: 0 },
      { id: 2, kind: "activities", files: [`${wb.dir}/activities.csv`], rows: 3, rejected: 0 },
    ]);
    for (const e of sources.imports)
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
