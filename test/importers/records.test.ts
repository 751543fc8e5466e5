import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFiles, importRecords } from "../../src/importers/index.js";
import { csv, inputError, ORG, type Workbench, workbench } from "./helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

describe("importRecords: the server's path, the same checks as files", () => {
  it("imports records with typed values and reads them back", async () => {
    const r = await importRecords(wb.engine, {
      kind: "logins",
      records: [
        { person_id: "p1", occurred_at: "2024-01-02T08:00:00Z", source: "sso" },
        { person_id: "p1", occurred_at: new Date("2024-01-03T08:00:00Z") },
      ],
      ...ORG,
    });
    expect(r).toMatchObject({ kind: "logins", files: ["records"], rowsRead: 2, rowsImported: 2 });
    expect(await wb.engine.query("SELECT * FROM logins ORDER BY occurred_at")).toEqual([
      { person_id: "p1", occurred_at: "2024-01-02T08:00:00.000Z", source: "sso" },
      { person_id: "p1", occurred_at: "2024-01-03T08:00:00.000Z", source: "import" },
    ]);
    expect(await wb.engine.query("SELECT person_id, day, n FROM login_daily ORDER BY day")).toEqual(
      [
        { person_id: "p1", day: "2024-01-02", n: 1 },
        { person_id: "p1", day: "2024-01-03", n: 1 },
      ],
    );
  });

  it("is idempotent on (source, event_id)", async () => {
    const records = [
      {
        event_id: "x1",
        source: "api",
        person_id: "p1",
        activity_type: "email_sent",
        occurred_at: "2024-01-02T10:00:00Z",
      },
    ];
    await importRecords(wb.engine, { kind: "activities", records, ...ORG });
    const again = await importRecords(wb.engine, { kind: "activities", records, ...ORG });
    expect(again).toMatchObject({ rowsImported: 0, rowsUnchanged: 1 });
    expect(await wb.count("activities")).toBe(1);
  });

  it("refuses an empty batch, and a record that is not an object", async () => {
    const empty = await inputError(
      importRecords(wb.engine, { kind: "logins", records: [], ...ORG }),
    );
    expect(empty.problems).toEqual([{ location: "records", message: "no records to import" }]);
    const odd = await inputError(
      importRecords(wb.engine, {
        kind: "logins",
        records: [
          { person_id: "p1", occurred_at: "2024-01-02T08:00:00Z" },
          null as never,
          [] as never,
        ],
        ...ORG,
      }),
    );
    expect(odd.problems).toEqual([
      { location: "records:2", message: "not a JSON object" },
      { location: "records:3", message: "not a JSON object" },
    ]);
  });

  it("locates problems by record number", async () => {
    const error = await inputError(
      importRecords(wb.engine, {
        kind: "quotas",
        records: [
          { person_id: "p1", from: "2024-01-01", to: "2024-03-31", amount: 100 },
          { person_id: "p2", from: "2024-01-01", to: "2024-03-31", amount: -1 },
          { person_id: "p3", from: "Q1", to: "2024-03-31", amount: 1 },
        ],
        ...ORG,
      }),
    );
    expect(error.problems).toEqual([
      {
        location: "records:2",
        field: "amount",
        message: 'expected an amount of 0 or more, got "-1"',
      },
      { location: "records:3", field: "from", message: 'expected a date YYYY-MM-DD, got "Q1"' },
    ]);
    expect(await wb.count("quotas")).toBe(0);
  });

  it("with skipInvalid imports the good records and writes no rejects file unless told where", async () => {
    const r = await importRecords(wb.engine, {
      kind: "quotas",
      records: [
        { person_id: "p1", from: "2024-01-01", to: "2024-03-31", amount: 100 },
        { person_id: "p2", from: "2024-01-01", to: "2024-03-31", amount: -1 },
      ],
      ...ORG,
      skipInvalid: true,
    });
    expect(r).toMatchObject({ rowsImported: 1, rejected: { rows: 1 }, rejectsPath: null });
    expect(r.rejected.first).toEqual([
      {
        location: "records:2",
        column: "amount",
        value: "-1",
        reason: 'expected an amount of 0 or more, got "-1"',
      },
    ]);
  });
});

describe("unknown people", () => {
  it("keeps events of people not in people and reports how many", async () => {
    const people = wb.file("people.csv", csv(["person_id,name", "p1,Ann"]));
    await importFiles(wb.engine, { kind: "people", files: [people], ...ORG });
    const f = wb.file(
      "a.csv",
      csv([
        "person_id,activity_type,occurred_at",
        "p1,email_sent,2024-01-02T10:00:00Z",
        "p7,email_sent,2024-01-02T10:00:00Z",
        "p7,email_sent,2024-01-02T11:00:00Z",
        "p8,call_logged,2024-01-02T10:00:00Z",
      ]),
    );
    const r = await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    expect(r.unknownPeople).toEqual({ people: 2, rows: 3 });
    expect(await wb.count("activities")).toBe(4);

    const opps = wb.file(
      "o.csv",
      csv([
        "opportunity_id,owner_id,amount,close_date,is_won",
        "o1,p1,5,2024-01-02,1",
        "o2,p9,5,2024-01-02,1",
      ]),
    );
    const o = await importFiles(wb.engine, { kind: "opportunities", files: [opps], ...ORG });
    expect(o.unknownPeople).toEqual({ people: 1, rows: 1 });

    // Once the person arrives, nothing is unknown any more.
    const more = wb.file("people2.csv", csv(["person_id,name", "p7,Sam", "p8,Kim"]));
    await importFiles(wb.engine, { kind: "people", files: [more], ...ORG });
    const again = await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    expect(again.unknownPeople).toEqual({ people: 0, rows: 0 });
  });
});

describe("progress", () => {
  it("reports each phase in order", async () => {
    const f = wb.file(
      "a.csv",
      csv(["person_id,activity_type,occurred_at", "p1,email_sent,2024-01-02T10:00:00Z"]),
    );
    const seen: string[] = [];
    await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(seen).toEqual([
      "reading 0/1",
      "reading 1/1",
      "validating 0/1",
      "validating 1/1",
      "writing 0/4",
      "writing 1/4",
      "writing 2/4",
      "writing 3/4",
      "writing 4/4",
      "rollup 0/1",
      "rollup 1/1",
    ]);
  });
});
