import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { importFiles } from "../../src/importers/index.js";
import { csv, inputError, ORG, type Workbench, workbench } from "./helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench();
});
afterEach(async () => {
  await wb.close();
});

const ACTIVITY_HEADER = "event_id,source,person_id,activity_type,occurred_at,subject_id";

/** Import a file (named as given, relative to the bench) and return the InputError's problems. */
async function problemsOf(
  kind: Parameters<typeof importFiles>[1]["kind"],
  name: string,
  content: string | Buffer,
) {
  wb.file(name, content);
  const previous = process.cwd();
  process.chdir(wb.dir);
  try {
    const error = await inputError(importFiles(wb.engine, { kind, files: [name], ...ORG }));
    return { error, problems: error.problems };
  } finally {
    process.chdir(previous);
  }
}

describe("problems with a whole file", () => {
  it("names the missing required columns and the header that came", async () => {
    const { problems } = await problemsOf(
      "activities",
      "a.csv",
      csv(["person_id,activity_type,when", "p1,email_sent,2024-01-02T10:00:00Z"]),
    );
    expect(problems).toEqual([
      {
        location: "a.csv:1",
        field: "occurred_at",
        message:
          "missing required column occurred_at; the header has: person_id, activity_type, when",
      },
    ]);
  });

  it("says when the file seems to use ';' as delimiter", async () => {
    const { problems } = await problemsOf(
      "people",
      "people.csv",
      csv(["person_id;name;email", "p1;Ann;ann@x.io"]),
    );
    expect(problems).toEqual([
      {
        location: "people.csv:1",
        field: "person_id,name",
        message:
          "missing required columns person_id, name; the header has: person_id;name;email; the file seems to use ';' as delimiter; expected ','",
      },
    ]);
  });

  it("refuses an empty file", async () => {
    const { problems } = await problemsOf("quotas", "q.csv", "");
    expect(problems).toEqual([
      {
        location: "q.csv:1",
        message: "the file is empty; expected a header line: person_id,from,to,amount",
      },
    ]);
  });

  it("refuses a file with a header and no rows", async () => {
    const { problems } = await problemsOf("quotas", "q.csv", "person_id,from,to,amount\n");
    expect(problems).toEqual([
      { location: "q.csv:2", message: "the file has a header but no data rows" },
    ]);
  });

  it("refuses an empty JSON-lines file and a JSON array", async () => {
    expect((await problemsOf("logins", "l.jsonl", "\n\n")).problems).toEqual([
      { location: "l.jsonl:1", message: "the file is empty; expected one JSON object per line" },
    ]);
    expect((await problemsOf("logins", "l.json", '[{"person_id":"p1"}]')).problems).toEqual([
      {
        location: "l.json:1",
        message: "the file holds a JSON array; expected JSON lines: one object per line",
      },
    ]);
  });

  it("refuses a column named twice", async () => {
    const { problems } = await problemsOf(
      "quotas",
      "q.csv",
      csv(["person_id,from,to,amount,Amount", "p1,2024-01-01,2024-03-31,1,2"]),
    );
    expect(problems).toEqual([
      {
        location: "q.csv:1",
        field: "amount",
        message: "the column amount appears twice in the header",
      },
    ]);
  });

  it("is a usage error to name a missing file, an unknown kind, an unsupported type or time zone", async () => {
    const f = wb.file(
      "a.csv",
      csv([ACTIVITY_HEADER, "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,"]),
    );
    await expect(
      importFiles(wb.engine, { kind: "activities", files: [join(wb.dir, "nope.csv")], ...ORG }),
    ).rejects.toThrow(UsageError);
    await expect(
      importFiles(wb.engine, { kind: "deals" as "activities", files: [f], ...ORG }),
    ).rejects.toThrow(/unknown import kind "deals"/);
    const x = wb.file("a.xlsx", "x");
    await expect(
      importFiles(wb.engine, { kind: "activities", files: [x], ...ORG }),
    ).rejects.toThrow(/unsupported file type/);
    await expect(
      importFiles(wb.engine, {
        kind: "activities",
        files: [f],
        ...ORG,
        inputTimezone: "Mars/Base",
      }),
    ).rejects.toThrow(/input time zone: unknown time zone "Mars\/Base"/);
    await expect(
      importFiles(wb.engine, { kind: "activities", files: [f], ...ORG, timezone: "Nowhere" }),
    ).rejects.toThrow(UsageError);
  });
});

describe("problems with rows, each at its file:line", () => {
  it("a bad date", async () => {
    const { problems } = await problemsOf(
      "absences",
      "abs.csv",
      csv([
        "person_id,from,to,kind",
        "p1,2024-02-05,2024-02-09,pto",
        "p2,2024/02/05,2024-02-09,pto",
      ]),
    );
    expect(problems).toEqual([
      {
        location: "abs.csv:3",
        field: "from",
        message: 'expected a date YYYY-MM-DD, got "2024/02/05"',
      },
    ]);
  });

  it("an unknown activity type close to a known one", async () => {
    const { problems } = await problemsOf(
      "activities",
      "a.csv",
      csv([
        ACTIVITY_HEADER,
        "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,",
        "e2,crm,p1,email_snt,2024-01-02T10:00:00Z,",
        "e3,crm,p1,Call Logged,2024-01-02T10:00:00Z,",
        "e4,crm,p1,webinar_hosted,2024-01-02T10:00:00Z,",
      ]),
    );
    expect(problems).toEqual([
      {
        location: "a.csv:3",
        field: "activity_type",
        message: 'unknown activity type "email_snt"; did you mean "email_sent"?',
      },
      {
        location: "a.csv:4",
        field: "activity_type",
        message:
          'expected a lowercase snake_case activity type such as email_sent, got "Call Logged"; did you mean "call_logged"?',
      },
      {
        location: "a.csv:5",
        field: "activity_type",
        message:
          'unknown activity type "webinar_hosted"; expected a standard type (email_sent, call_logged, lead_contacted, forecast_updated, recording_viewed, account_touched, meeting_held) or one declared under activity_types in the config',
      },
    ]);
  });

  it("accepts a custom activity type declared in the config", async () => {
    const f = wb.file(
      "a.csv",
      csv([ACTIVITY_HEADER, "e1,crm,p1,webinar_hosted,2024-01-02T10:00:00Z,"]),
    );
    const r = await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      knownActivityTypes: ["webinar_hosted"],
    });
    expect(r.rowsImported).toBe(1);
  });

  it("a negative amount, a bad number, a bad boolean", async () => {
    const { problems } = await problemsOf(
      "opportunities",
      "o.csv",
      csv([
        "opportunity_id,owner_id,amount,close_date,is_won",
        "o1,p1,-5,2024-03-01,true",
        'o2,p1,"1,250",2024-03-01,true',
        "o3,p1,10,2024-03-01,maybe",
      ]),
    );
    expect(problems).toEqual([
      {
        location: "o.csv:2",
        field: "amount",
        message: 'expected an amount of 0 or more, got "-5"',
      },
      {
        location: "o.csv:3",
        field: "amount",
        message: 'expected a number such as 1250.50, got "1,250"',
      },
      {
        location: "o.csv:4",
        field: "is_won",
        message: 'expected true/false, 1/0 or yes/no, got "maybe"',
      },
    ]);
  });

  it("a won deal without an amount or close date; open deals may lack both", async () => {
    const { problems } = await problemsOf(
      "opportunities",
      "o.csv",
      csv([
        "opportunity_id,owner_id,amount,close_date,is_won",
        "o1,p1,,,false",
        "o2,p1,,2024-03-01,true",
        "o3,p1,100,,1",
        "o4,p1,,,yes",
      ]),
    );
    const why = (what: string) => `required when is_won is true: a won deal needs its ${what}`;
    expect(problems).toEqual([
      { location: "o.csv:3", field: "amount", message: why("amount") },
      { location: "o.csv:4", field: "close_date", message: why("close date") },
      { location: "o.csv:5", field: "amount", message: why("amount") },
      { location: "o.csv:5", field: "close_date", message: why("close date") },
    ]);
  });

  it("imports an open deal with neither amount nor close date", async () => {
    const f = wb.file(
      "open.csv",
      csv(["opportunity_id,owner_id,amount,close_date,is_won", "o9,p1,,,false"]),
    );
    const r = await importFiles(wb.engine, { kind: "opportunities", files: [f], ...ORG });
    expect(r.rowsImported).toBe(1);
    const rows = await wb.engine.query("SELECT amount, close_date, is_won FROM opportunities");
    expect(rows).toEqual([{ amount: null, close_date: null, is_won: false }]);
  });

  it("an empty required value, a bad instant, from after to, a bad persona", async () => {
    expect(
      (
        await problemsOf(
          "logins",
          "l.csv",
          csv(["person_id,occurred_at", ",2024-01-02T10:00:00Z", "p1,02/01/2024 10:00"]),
        )
      ).problems,
    ).toEqual([
      { location: "l.csv:2", field: "person_id", message: "required value is empty" },
      {
        location: "l.csv:3",
        field: "occurred_at",
        message:
          'expected an ISO 8601 instant such as 2024-01-15T09:30:00Z (without an offset it is UTC), got "02/01/2024 10:00"',
      },
    ]);
    expect(
      (
        await problemsOf(
          "quotas",
          "q.csv",
          csv(["person_id,from,to,amount", "p1,2024-03-31,2024-01-01,5"]),
        )
      ).problems,
    ).toEqual([
      { location: "q.csv:2", field: "from", message: "from 2024-03-31 is after to 2024-01-01" },
    ]);
    expect(
      (
        await problemsOf(
          "roles",
          "r.csv",
          csv(["person_id,persona,valid_from", "p1,Account Exec,2024-01-01"]),
        )
      ).problems,
    ).toEqual([
      {
        location: "r.csv:2",
        field: "persona",
        message: 'expected a lowercase persona id such as sdr or ae, got "Account Exec"',
      },
    ]);
  });

  it("structurally broken lines, and the lines after them still numbered right", async () => {
    const { problems } = await problemsOf(
      "activities",
      "a.csv",
      csv([
        ACTIVITY_HEADER,
        "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,",
        "e2,crm,p1,email_sent,2024-01-02T10:00:00Z,,extra",
        "e3,crm,p1,email_sent",
        "e4,crm,p1,email_sent,2024-13-02T10:00:00Z,",
        'e5,crm,p1,email_sent,2024-01-02T10:00:00Z,"unterminated',
      ]),
    );
    expect(problems).toEqual([
      { location: "a.csv:3", message: "expected 6 columns as in the header, found 7" },
      { location: "a.csv:4", message: "expected 6 columns as in the header, found 4" },
      {
        location: "a.csv:5",
        field: "occurred_at",
        message:
          'expected an ISO 8601 instant such as 2024-01-15T09:30:00Z (without an offset it is UTC), got "2024-13-02T10:00:00Z"',
      },
      {
        location: "a.csv:6",
        message:
          "a quoted value is not closed properly: an unterminated quote, or text after the closing quote",
      },
    ]);
  });

  it("lines that are not UTF-8, in CSV, JSON lines and a header", async () => {
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const csvProblems = await problemsOf(
      "logins",
      "l.csv",
      latin1("person_id,occurred_at\nRen\u00e9,2024-01-02T10:00:00Z\np2,2024-01-02\n"),
    );
    expect(csvProblems.problems).toEqual([
      { location: "l.csv:2", message: "the line is not valid UTF-8" },
      {
        location: "l.csv:3",
        field: "occurred_at",
        message:
          'expected an ISO 8601 instant such as 2024-01-15T09:30:00Z (without an offset it is UTC), got "2024-01-02"',
      },
    ]);
    const jsonProblems = await problemsOf(
      "logins",
      "l.jsonl",
      latin1(
        '{"person_id":"Ren\u00e9","occurred_at":"2024-01-02T10:00:00Z"}\n{"person_id":"p2","occurred_at":"x"}\n',
      ),
    );
    expect(jsonProblems.problems.map((p) => [p.location, p.message.slice(0, 30)])).toEqual([
      ["l.jsonl:1", "the line is not valid UTF-8"],
      ["l.jsonl:2", "expected an ISO 8601 instant s"],
    ]);
    const header = await problemsOf(
      "logins",
      "h.csv",
      latin1("person_id,occurred_\u00e0t\np1,x\n"),
    );
    expect(header.problems).toEqual([
      {
        location: "h.csv:1",
        message: "the header line is not valid UTF-8; save the file as UTF-8",
      },
    ]);
  });

  it("broken JSON lines at their line", async () => {
    const { problems } = await problemsOf(
      "logins",
      "l.jsonl",
      [
        '{"person_id":"p1","occurred_at":"2024-01-02T10:00:00Z"}',
        "",
        '{"person_id":"p2",',
        "42",
        '{"occurred_at":"2024-01-02T10:00:00Z"}',
      ].join("\n"),
    );
    expect(problems).toEqual([
      { location: "l.jsonl:3", message: "not valid JSON" },
      { location: "l.jsonl:4", message: "not a JSON object" },
      { location: "l.jsonl:5", field: "person_id", message: "required value is empty" },
    ]);
  });
});

describe("all or nothing, or skip the invalid rows", () => {
  const mixed = csv([
    ACTIVITY_HEADER,
    "e1,crm,p1,email_sent,2024-01-02T10:00:00Z,l1",
    "e2,crm,p1,email_snt,2024-01-02T11:00:00Z,l2",
    'e3,crm,p1,email_sent,2024-01-02T12:00:00Z,=HYPERLINK("x")',
    "e4,crm,p1,email_sent,yesterday,-l4",
    "e5,crm,p1,email_sent,2024-01-02T13:00:00Z,l5,extra",
  ]);

  it("imports nothing by default and says how many problems there are", async () => {
    const f = wb.file("a.csv", mixed);
    const error = await inputError(
      importFiles(wb.engine, { kind: "activities", files: [f], ...ORG }),
    );
    expect(error.message).toBe("activities: 3 problems in 3 of 5 rows; nothing was imported");
    expect(error.total).toBe(3);
    expect(error.problems.map((p) => p.location)).toEqual([`${f}:3`, `${f}:5`, `${f}:6`]);
    expect(await wb.count("activities")).toBe(0);
    expect(await wb.count("activity_daily")).toBe(0);
    expect(await wb.count("imports")).toBe(0);
  });

  it("lists the first 20 problems and counts them all", async () => {
    const lines = [ACTIVITY_HEADER];
    for (let i = 0; i < 30; i++) lines.push(`e${i},crm,p1,email_sent,2024-01-02,`);
    const f = wb.file("many.csv", csv(lines));
    const error = await inputError(
      importFiles(wb.engine, { kind: "activities", files: [f], ...ORG }),
    );
    expect(error.total).toBe(30);
    expect(error.problems).toHaveLength(20);
    expect(error.problems[19]?.location).toBe(`${f}:21`);
  });

  it("with skipInvalid imports the rest and writes the bad rows with a reason", async () => {
    const f = wb.file("a.csv", mixed);
    const r = await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      skipInvalid: true,
    });
    expect(r).toMatchObject({
      rowsRead: 5,
      rowsImported: 2,
      rejected: { rows: 3, problems: 3 },
      rejectsPath: `${f}.rejects.csv`,
    });
    expect(r.rejected.first.map((p) => [p.location, p.column, p.value])).toEqual([
      [`${f}:3`, "activity_type", "email_snt"],
      [`${f}:5`, "occurred_at", "yesterday"],
      [`${f}:6`, null, "e5,crm,p1,email_sent,2024-01-02T13:00:00Z,l5,extra"],
    ]);
    expect(
      (await wb.engine.query("SELECT event_id FROM activities ORDER BY event_id")).map(
        (x) => x.event_id,
      ),
    ).toEqual(["e1", "e3"]);
    expect(readFileSync(`${f}.rejects.csv`, "utf8")).toBe(
      csv([
        `${ACTIVITY_HEADER},reason`,
        `e2,crm,p1,email_snt,2024-01-02T11:00:00Z,l2,"${f}:3: activity_type: unknown activity type ""email_snt""; did you mean ""email_sent""?"`,
        `e4,crm,p1,email_sent,yesterday,'-l4,"${f}:5: occurred_at: expected an ISO 8601 instant such as 2024-01-15T09:30:00Z (without an offset it is UTC), got ""yesterday"""`,
        `,,,,,,"${f}:6: expected 6 columns as in the header, found 7: e5,crm,p1,email_sent,2024-01-02T13:00:00Z,l5,extra"`,
      ]),
    );
  });

  it("writes the rejects where it is told to", async () => {
    const f = wb.file("a.csv", mixed);
    const target = join(wb.dir, "out.csv");
    const r = await importFiles(wb.engine, {
      kind: "activities",
      files: [f],
      ...ORG,
      skipInvalid: true,
      rejectsPath: target,
    });
    expect(r.rejectsPath).toBe(target);
    expect(readFileSync(target, "utf8").split("\n")).toHaveLength(5);
  });

  it("file problems stop an import even with skipInvalid", async () => {
    const f = wb.file("a.csv", csv(["person_id,activity_type", "p1,email_sent"]));
    await inputError(
      importFiles(wb.engine, { kind: "activities", files: [f], ...ORG, skipInvalid: true }),
    );
    expect(await wb.count("imports")).toBe(0);
  });
});
