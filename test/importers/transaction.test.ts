import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engines/engine.js";
import { importFiles } from "../../src/importers/index.js";
import { csv, ORG, type Workbench, workbench } from "./helpers.js";

// A failure after part of the work (the activities are already inserted when
// the rollup or the log fails) must leave the database as it was.

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

/** The real engine, except that the first statement matching `pattern` fails. */
function failingOnce(engine: Engine, pattern: RegExp): Engine & { failed: boolean } {
  const wrapper = {
    name: engine.name,
    dialect: engine.dialect,
    failed: false,
    async exec(sql: string) {
      if (!wrapper.failed && pattern.test(sql)) {
        wrapper.failed = true;
        throw new Error("injected failure");
      }
      return engine.exec(sql);
    },
    query: engine.query.bind(engine),
    stream: engine.stream.bind(engine),
    transaction: engine.transaction.bind(engine),
    close: engine.close.bind(engine),
  };
  return wrapper as Engine & { failed: boolean };
}

const HEADER = "event_id,source,person_id,activity_type,occurred_at,subject_id";

async function snapshot() {
  return {
    activities: await wb.engine.query("SELECT * FROM activities ORDER BY event_id"),
    daily: await wb.engine.query(
      "SELECT * FROM activity_daily ORDER BY person_id, day, activity_type",
    ),
    imports: await wb.engine.query("SELECT id, kind FROM imports ORDER BY id"),
  };
}

describe("one transaction per import", () => {
  it.each([
    ["the rollup", /^INSERT INTO activity_daily/],
    ["the imports log", /^INSERT INTO imports/],
    ["the delete of replaced rows", /^DELETE FROM "activities"/],
  ])("a failure at %s leaves nothing of the import behind", async (_, pattern) => {
    const first = wb.file(
      "a.csv",
      csv([
        HEADER,
        "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,l1",
        "e2,crm,p1,email_sent,2024-01-02T11:00:00Z,l2",
      ]),
    );
    await importFiles(wb.engine, { kind: "activities", files: [first], ...ORG });
    const before = await snapshot();

    const second = wb.file(
      "b.csv",
      csv([
        HEADER,
        "e2,crm,p1,email_sent,2024-01-03T11:00:00Z,l2",
        "e3,crm,p2,call_logged,2024-01-02T12:00:00Z,l3",
      ]),
    );
    const failing = failingOnce(wb.engine, pattern);
    await expect(
      importFiles(failing, { kind: "activities", files: [second], ...ORG }),
    ).rejects.toThrow("injected failure");
    expect(failing.failed).toBe(true);
    expect(await snapshot()).toEqual(before);

    // And again after reopening the file: nothing was committed.
    await wb.reopen();
    expect(await snapshot()).toEqual(before);

    // The engine is usable and the same import now goes through.
    const r = await importFiles(wb.engine, { kind: "activities", files: [second], ...ORG });
    expect(r).toMatchObject({ rowsNew: 1, rowsReplaced: 1 });
    expect(await wb.count("activities")).toBe(3);
  });
});
