import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFiles } from "../../src/importers/index.js";
import { csv, ORG, type Workbench, workbench } from "./helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

async function table(name: string, order: string) {
  return wb.engine.query(`SELECT * FROM ${name} ORDER BY ${order}`);
}

describe("each kind imports and reads back with its types", () => {
  it("people", async () => {
    const f = wb.file(
      "people.csv",
      csv([
        "person_id,name,email,manager_id,team,persona,start_date,end_date",
        "p1,Ann Lee,ann@x.io,m1,East,sdr,2024-01-15,",
        'm1," Mo, Sr. ",,,East,manager,,2024-12-31',
        "p2,Bo,,m1,,,,",
      ]),
    );
    const r = await importFiles(wb.engine, { kind: "people", files: [f], ...ORG });
    expect(r).toMatchObject({ kind: "people", rowsRead: 3, rowsImported: 3, rowsNew: 3 });
    expect(await table("people", "person_id")).toEqual([
      {
        person_id: "m1",
        name: "Mo, Sr.",
        email: null,
        manager_id: null,
        team: "East",
        persona: "manager",
        start_date: null,
        end_date: "2024-12-31",
      },
      {
        person_id: "p1",
        name: "Ann Lee",
        email: "ann@x.io",
        manager_id: "m1",
        team: "East",
        persona: "sdr",
        start_date: "2024-01-15",
        end_date: null,
      },
      {
        person_id: "p2",
        name: "Bo",
        email: null,
        manager_id: "m1",
        team: null,
        persona: null,
        start_date: null,
        end_date: null,
      },
    ]);
  });

  it("roles", async () => {
    const f = wb.file(
      "roles.csv",
      csv([
        "person_id,persona,team,valid_from,valid_to",
        "p1,sdr,East,2024-01-01,2024-03-31",
        "p1,ae,,2024-04-01,",
      ]),
    );
    await importFiles(wb.engine, { kind: "roles", files: [f], ...ORG });
    expect(await table("roles", "valid_from")).toEqual([
      {
        person_id: "p1",
        persona: "sdr",
        team: "East",
        valid_from: "2024-01-01",
        valid_to: "2024-03-31",
      },
      { person_id: "p1", persona: "ae", team: null, valid_from: "2024-04-01", valid_to: null },
    ]);
  });

  it("activities, with instants in UTC whatever offset they came with", async () => {
    const f = wb.file(
      "activities.csv",
      csv([
        "event_id,source,person_id,activity_type,occurred_at,subject_id",
        "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,lead-1",
        "e2,,p1,call_logged,2024-01-02T10:00:00-05:00,",
        "e3,crm,p1,demo_given,2024-01-02 23:30:00.250,acct-9",
      ]),
    );
    const r = await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      knownActivityTypes: ["demo_given"],
    });
    expect(r.rowsImported).toBe(3);
    expect(await table("activities", "event_id")).toEqual([
      {
        source: "crm",
        event_id: "e1",
        person_id: "p1",
        activity_type: "email_sent",
        occurred_at: "2024-01-02T10:00:00.000Z",
        subject_id: "lead-1",
      },
      {
        source: "import",
        event_id: "e2",
        person_id: "p1",
        activity_type: "call_logged",
        occurred_at: "2024-01-02T15:00:00.000Z",
        subject_id: null,
      },
      {
        source: "crm",
        event_id: "e3",
        person_id: "p1",
        activity_type: "demo_given",
        occurred_at: "2024-01-02T23:30:00.250Z",
        subject_id: "acct-9",
      },
    ]);
  });

  it("activities: instants without an offset are read in the input time zone when given", async () => {
    const f = wb.file(
      "a.csv",
      csv(["person_id,activity_type,occurred_at", "p1,email_sent,2024-07-01 09:00:00"]),
    );
    await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      inputTimezone: "Europe/Berlin",
    });
    expect(await table("activities", "event_id")).toMatchObject([
      { occurred_at: "2024-07-01T07:00:00.000Z" },
    ]);
  });

  it("logins", async () => {
    const f = wb.file(
      "logins.csv",
      csv([
        "person_id,occurred_at,source",
        "p1,2024-01-02T08:00:00Z,sso",
        "p1,2024-01-02T09:00:00Z,",
      ]),
    );
    await importFiles(wb.engine, { kind: "logins", files: [f], ...ORG });
    expect(await table("logins", "occurred_at")).toEqual([
      { person_id: "p1", occurred_at: "2024-01-02T08:00:00.000Z", source: "sso" },
      { person_id: "p1", occurred_at: "2024-01-02T09:00:00.000Z", source: "import" },
    ]);
  });

  it("absences", async () => {
    const f = wb.file(
      "absences.csv",
      csv(["person_id,from,to,kind", "p1,2024-02-05,2024-02-09,pto", "p2,2024-02-05,2024-02-05,"]),
    );
    await importFiles(wb.engine, { kind: "absences", files: [f], ...ORG });
    expect(await table("absences", "person_id")).toEqual([
      { person_id: "p1", from: "2024-02-05", to: "2024-02-09", kind: "pto" },
      { person_id: "p2", from: "2024-02-05", to: "2024-02-05", kind: "absence" },
    ]);
  });

  it("opportunities, with every spelling of a boolean", async () => {
    const f = wb.file(
      "opportunities.csv",
      csv([
        "opportunity_id,owner_id,amount,close_date,is_won",
        "o1,p1,1250.50,2024-03-01,true",
        "o2,p1,0,2024-03-02,FALSE",
        "o3,p1,1e3,2024-03-03,1",
        "o4,p1,7,2024-03-04,0",
        "o5,p1,8,2024-03-05,Yes",
        "o6,p1,9,2024-03-06,no",
      ]),
    );
    await importFiles(wb.engine, { kind: "opportunities", files: [f], ...ORG });
    const rows = await table("opportunities", "opportunity_id");
    expect(rows.map((r) => [r.opportunity_id, r.amount, r.close_date, r.is_won])).toEqual([
      ["o1", 1250.5, "2024-03-01", true],
      ["o2", 0, "2024-03-02", false],
      ["o3", 1000, "2024-03-03", true],
      ["o4", 7, "2024-03-04", false],
      ["o5", 8, "2024-03-05", true],
      ["o6", 9, "2024-03-06", false],
    ]);
  });

  it("quotas", async () => {
    const f = wb.file(
      "quotas.csv",
      csv(["person_id,from,to,amount", "p1,2024-01-01,2024-03-31,90000"]),
    );
    await importFiles(wb.engine, { kind: "quotas", files: [f], ...ORG });
    expect(await table("quotas", "person_id")).toEqual([
      { person_id: "p1", from: "2024-01-01", to: "2024-03-31", amount: 90000 },
    ]);
  });

  it("reads JSON lines the same way, numbers and booleans as JSON values", async () => {
    const f = wb.file(
      "opps.jsonl",
      [
        '{"opportunity_id":"o1","owner_id":"p1","amount":1250.5,"close_date":"2024-03-01","is_won":true}',
        "",
        '{"opportunity_id":"o2","owner_id":"p1","amount":"10","close_date":"2024-03-02","is_won":false,"extra":{"x":1}}',
      ].join("\n"),
    );
    await importFiles(wb.engine, { kind: "opportunities", files: [f], ...ORG });
    expect(await table("opportunities", "opportunity_id")).toEqual([
      {
        opportunity_id: "o1",
        owner_id: "p1",
        amount: 1250.5,
        close_date: "2024-03-01",
        is_won: true,
      },
      { opportunity_id: "o2", owner_id: "p1", amount: 10, close_date: "2024-03-02", is_won: false },
    ]);
  });

  it("accepts columns in any order, any case, with extra columns ignored", async () => {
    const f = wb.file(
      "q.csv",
      csv(["Amount,notes,PERSON_ID,To,from", "500,ignored,p9,2024-06-30,2024-04-01"]),
    );
    await importFiles(wb.engine, { kind: "quotas", files: [f], ...ORG });
    expect(await table("quotas", "person_id")).toEqual([
      { person_id: "p9", from: "2024-04-01", to: "2024-06-30", amount: 500 },
    ]);
  });
});

describe("idempotence and replacement", () => {
  const activities = csv([
    "event_id,source,person_id,activity_type,occurred_at,subject_id",
    "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,l1",
    "e2,crm,p1,email_sent,2024-01-02T11:00:00Z,l2",
    ",crm,p2,call_logged,2024-01-03T09:00:00Z,l3",
  ]);

  it("importing the same file twice changes nothing", async () => {
    const f = wb.file("a.csv", activities);
    const first = await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    const before = {
      rows: await table("activities", "event_id"),
      daily: await table("activity_daily", "person_id, day"),
    };
    const second = await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    expect(first).toMatchObject({ rowsImported: 3, rowsNew: 3, rowsUnchanged: 0 });
    expect(second).toMatchObject({
      rowsRead: 3,
      rowsImported: 0,
      rowsNew: 0,
      rowsReplaced: 0,
      rowsUnchanged: 3,
    });
    expect(await table("activities", "event_id")).toEqual(before.rows);
    expect(await table("activity_daily", "person_id, day")).toEqual(before.daily);
    expect(await wb.count("activities")).toBe(3);
  });

  it("gives an activity without event_id a stable id from its content", async () => {
    const f = wb.file("a.csv", activities);
    await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    const [row] = await wb.engine.query("SELECT event_id FROM activities WHERE person_id = 'p2'");
    expect(row?.event_id).toMatch(/^[0-9a-f]{32}$/);

    // The same event written another way (offset, spacing) gets the same id.
    const again = wb.file(
      "b.csv",
      csv([
        "person_id,activity_type,occurred_at,subject_id,source",
        " p2 ,call_logged,2024-01-03T10:00:00+01:00,l3,crm",
      ]),
    );
    const r = await importFiles(wb.engine, { kind: "activities", files: [again], ...ORG });
    expect(r).toMatchObject({ rowsUnchanged: 1, rowsImported: 0 });
    expect(await wb.engine.query("SELECT event_id FROM activities WHERE person_id = 'p2'")).toEqual(
      [{ event_id: row?.event_id }],
    );
  });

  it("a later row replaces an earlier one, within an import and across imports", async () => {
    const f = wb.file(
      "people.csv",
      csv(["person_id,name,team", "p1,Ann,East", "p2,Bo,West", "p1,Ann B.,North"]),
    );
    const first = await importFiles(wb.engine, { kind: "people", files: [f], ...ORG });
    expect(first).toMatchObject({ rowsRead: 3, rowsImported: 2, rowsSuperseded: 1 });
    expect(
      await wb.engine.query("SELECT person_id, name, team FROM people ORDER BY person_id"),
    ).toEqual([
      { person_id: "p1", name: "Ann B.", team: "North" },
      { person_id: "p2", name: "Bo", team: "West" },
    ]);

    const g = wb.file(
      "people2.csv",
      csv(["person_id,name,team", "p2,Bo,South", "p1,Ann B.,North"]),
    );
    const second = await importFiles(wb.engine, { kind: "people", files: [g], ...ORG });
    expect(second).toMatchObject({
      rowsImported: 1,
      rowsReplaced: 1,
      rowsNew: 0,
      rowsUnchanged: 1,
    });
    expect(
      await wb.engine.query("SELECT person_id, name, team FROM people ORDER BY person_id"),
    ).toEqual([
      { person_id: "p1", name: "Ann B.", team: "North" },
      { person_id: "p2", name: "Bo", team: "South" },
    ]);
  });

  it("the last of several files wins for the same key", async () => {
    const a = wb.file(
      "a.csv",
      csv(["opportunity_id,owner_id,amount,close_date,is_won", "o1,p1,100,2024-03-01,no"]),
    );
    const b = wb.file(
      "b.csv",
      csv(["opportunity_id,owner_id,amount,close_date,is_won", "o1,p1,120,2024-03-05,yes"]),
    );
    await importFiles(wb.engine, { kind: "opportunities", files: [a, b], ...ORG });
    expect(await table("opportunities", "opportunity_id")).toEqual([
      { opportunity_id: "o1", owner_id: "p1", amount: 120, close_date: "2024-03-05", is_won: true },
    ]);
  });

  it("a replaced activity moves its rollup from the old day to the new one", async () => {
    const a = wb.file(
      "a.csv",
      csv([
        "event_id,source,person_id,activity_type,occurred_at",
        "e1,crm,p1,email_sent,2024-01-02T10:00:00Z",
      ]),
    );
    await importFiles(wb.engine, { kind: "activities", files: [a], ...ORG });
    const b = wb.file(
      "b.csv",
      csv([
        "event_id,source,person_id,activity_type,occurred_at",
        "e1,crm,p1,email_sent,2024-01-05T10:00:00Z",
      ]),
    );
    const r = await importFiles(wb.engine, { kind: "activities", files: [b], ...ORG });
    expect(r).toMatchObject({ rowsReplaced: 1, rowsNew: 0 });
    expect(await wb.engine.query("SELECT day, n FROM activity_daily")).toEqual([
      { day: "2024-01-05", n: 1 },
    ]);
  });

  it("logs every import", async () => {
    const f = wb.file("a.csv", activities);
    await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    const log = await wb.engine.query(
      `SELECT id, kind, files, "rows", rejected FROM imports ORDER BY id`,
    );
    expect(log).toEqual([
      { id: 1, kind: "activities", files: JSON.stringify([f]), rows: 3, rejected: 0 },
      { id: 2, kind: "activities", files: JSON.stringify([f]), rows: 0, rejected: 0 },
    ]);
  });
});

describe("file encodings and line endings", () => {
  it("reads CSV with a byte order mark and CRLF line endings", async () => {
    const f = wb.file("q.csv", "\uFEFFperson_id,from,to,amount\r\np1,2024-01-01,2024-03-31,5\r\n");
    await importFiles(wb.engine, { kind: "quotas", files: [f], ...ORG });
    expect(await table("quotas", "person_id")).toEqual([
      { person_id: "p1", from: "2024-01-01", to: "2024-03-31", amount: 5 },
    ]);
  });

  it("reads JSON lines with a byte order mark and CRLF line endings", async () => {
    const f = wb.file(
      "q.jsonl",
      '\uFEFF{"person_id":"p1","from":"2024-01-01","to":"2024-03-31","amount":5}\r\n{"person_id":"p2","from":"2024-01-01","to":"2024-03-31","amount":6}\r\n',
    );
    await importFiles(wb.engine, { kind: "quotas", files: [f], ...ORG });
    expect((await table("quotas", "person_id")).map((r) => r.amount)).toEqual([5, 6]);
  });

  it("reads gzip-compressed files", async () => {
    const { gzipSync } = await import("node:zlib");
    const { writeFileSync } = await import("node:fs");
    const path = `${wb.dir}/q.csv.gz`;
    writeFileSync(path, gzipSync("person_id,from,to,amount\np1,2024-01-01,2024-03-31,5\n"));
    await importFiles(wb.engine, { kind: "quotas", files: [path], ...ORG });
    expect(await wb.count("quotas")).toBe(1);
  });
});
