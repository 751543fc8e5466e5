import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFiles } from "../../src/importers/index.js";
import { ensureRollups, readSources } from "../../src/store/index.js";
import { csv, ORG, type Workbench, workbench } from "../importers/helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench("uptake-rollups-");
});
afterEach(async () => {
  await wb.close();
});

const HEADER = "event_id,source,person_id,activity_type,occurred_at,subject_id";

async function daily() {
  return wb.engine.query(
    "SELECT person_id, day, activity_type, n, distinct_subjects FROM activity_daily ORDER BY person_id, day, activity_type",
  );
}

describe("activity_daily", () => {
  it("counts activities and distinct subjects per person, day and type", async () => {
    const f = wb.file(
      "a.csv",
      csv([
        HEADER,
        "e1,crm,p1,account_touched,2024-01-02T09:00:00Z,acct-1",
        "e2,crm,p1,account_touched,2024-01-02T10:00:00Z,acct-1",
        "e3,crm,p1,account_touched,2024-01-02T11:00:00Z,acct-2",
        "e4,crm,p1,account_touched,2024-01-02T12:00:00Z,",
        "e5,crm,p1,email_sent,2024-01-02T12:00:00Z,lead-1",
        "e6,crm,p1,account_touched,2024-01-03T09:00:00Z,acct-1",
        "e7,crm,p2,account_touched,2024-01-02T09:00:00Z,acct-1",
      ]),
    );
    await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    expect(await daily()).toEqual([
      {
        person_id: "p1",
        day: "2024-01-02",
        activity_type: "account_touched",
        n: 4,
        distinct_subjects: 2,
      },
      {
        person_id: "p1",
        day: "2024-01-02",
        activity_type: "email_sent",
        n: 1,
        distinct_subjects: 1,
      },
      {
        person_id: "p1",
        day: "2024-01-03",
        activity_type: "account_touched",
        n: 1,
        distinct_subjects: 1,
      },
      {
        person_id: "p2",
        day: "2024-01-02",
        activity_type: "account_touched",
        n: 1,
        distinct_subjects: 1,
      },
    ]);
  });

  it("recomputes a day a later import adds to, so distinct subjects stay distinct", async () => {
    const a = wb.file(
      "a.csv",
      csv([HEADER, "e1,crm,p1,account_touched,2024-01-02T09:00:00Z,acct-1"]),
    );
    const b = wb.file(
      "b.csv",
      csv([
        HEADER,
        "e2,crm,p1,account_touched,2024-01-02T15:00:00Z,acct-1",
        "e3,crm,p1,account_touched,2024-01-02T16:00:00Z,acct-2",
      ]),
    );
    await importFiles(wb.engine, { kind: "activities", files: [a], ...ORG });
    await importFiles(wb.engine, { kind: "activities", files: [b], ...ORG });
    expect(await daily()).toEqual([
      {
        person_id: "p1",
        day: "2024-01-02",
        activity_type: "account_touched",
        n: 3,
        distinct_subjects: 2,
      },
    ]);
  });

  it("puts an instant on its day in the organisation's time zone", async () => {
    const f = wb.file(
      "a.csv",
      csv([
        HEADER,
        // 22:30 in New York on the 9th (EST, UTC-5)
        "e1,crm,p1,email_sent,2024-03-10T03:30:00Z,",
        // 00:30 in New York on the 10th
        "e2,crm,p1,email_sent,2024-03-10T05:30:00Z,",
        // 23:59:59 in New York on the 10th, after the switch to EDT (UTC-4)
        "e3,crm,p1,email_sent,2024-03-11T03:59:59Z,",
      ]),
    );
    await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      timezone: "America/New_York",
    });
    expect((await daily()).map((r) => [r.day, r.n])).toEqual([
      ["2024-03-09", 1],
      ["2024-03-10", 2],
    ]);
  });

  it("is rebuilt when the organisation's time zone changes", async () => {
    const f = wb.file(
      "a.csv",
      csv([
        HEADER,
        "e1,crm,p1,email_sent,2024-03-10T03:30:00Z,",
        "e2,crm,p1,email_sent,2024-03-10T05:30:00Z,",
      ]),
    );
    await importFiles(wb.engine, { kind: "activities", files: [f], ...ORG });
    expect((await daily()).map((r) => [r.day, r.n])).toEqual([["2024-03-10", 2]]);
    expect((await readSources(wb.engine)).rollupTimezone).toBe("UTC");

    expect(await ensureRollups(wb.engine, "America/New_York")).toBe(true);
    expect((await daily()).map((r) => [r.day, r.n])).toEqual([
      ["2024-03-09", 1],
      ["2024-03-10", 1],
    ]);
    expect((await readSources(wb.engine)).rollupTimezone).toBe("America/New_York");
    expect(await ensureRollups(wb.engine, "America/New_York")).toBe(false);

    // An import in another zone rebuilds first, then adds its own days in that zone.
    const g = wb.file("b.csv", csv([HEADER, "e3,crm,p1,email_sent,2024-03-10T23:30:00Z,"]));
    await importFiles(wb.engine, {
      kind: "activities",
      files: [g],
      ...ORG,
      timezone: "Asia/Tokyo",
    });
    expect((await daily()).map((r) => [r.day, r.n])).toEqual([
      ["2024-03-10", 2],
      ["2024-03-11", 1],
    ]);
    expect((await readSources(wb.engine)).rollupTimezone).toBe("Asia/Tokyo");
  });
});

describe("login_daily", () => {
  it("counts logins per person and day, rebuilt with the time zone", async () => {
    const f = wb.file(
      "l.csv",
      csv([
        "person_id,occurred_at,source",
        "p1,2024-01-02T08:00:00Z,sso",
        "p1,2024-01-02T08:00:00Z,okta",
        "p1,2024-01-02T23:30:00Z,sso",
        "p2,2024-01-03T00:30:00Z,sso",
      ]),
    );
    await importFiles(wb.engine, { kind: "logins", files: [f], ...ORG });
    const logins = () =>
      wb.engine.query("SELECT person_id, day, n FROM login_daily ORDER BY person_id, day");
    expect(await logins()).toEqual([
      { person_id: "p1", day: "2024-01-02", n: 3 },
      { person_id: "p2", day: "2024-01-03", n: 1 },
    ]);
    await ensureRollups(wb.engine, "Europe/Berlin");
    expect(await logins()).toEqual([
      { person_id: "p1", day: "2024-01-02", n: 2 },
      { person_id: "p1", day: "2024-01-03", n: 1 },
      { person_id: "p2", day: "2024-01-03", n: 1 },
    ]);
  });
});
