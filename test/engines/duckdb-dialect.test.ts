import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckDbDialect as d, openDuckDb } from "../../src/engines/duckdb/index.js";
import type { Engine } from "../../src/engines/engine.js";

const dir = mkdtempSync(join(tmpdir(), "uptake-dialect-"));
let engine: Engine;
beforeAll(async () => {
  engine = await openDuckDb(":memory:");
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function value(expr: string): Promise<unknown> {
  const [row] = await engine.query(`SELECT ${expr} AS v`);
  return row?.v;
}

describe("DuckDB dialect: identifiers and literals", () => {
  it("quotes valid identifiers, reserved words included", () => {
    expect(d.ident("person_id")).toBe('"person_id"');
    expect(d.ident("from")).toBe('"from"');
    expect(d.ident("_x1")).toBe('"_x1"');
  });

  it.each(["", "1abc", "a b", 'x"; DROP TABLE people; --', "naïve", "a-b", "t.c"])(
    "rejects the identifier %j",
    (name) => {
      expect(() => d.ident(name)).toThrow(/invalid SQL identifier/);
    },
  );

  it.each([
    "it's",
    "''",
    String.raw`back\slash\' and \\ double`,
    "'; DROP TABLE people; --",
    "mixed \"double\" and 'single'",
    "line\nbreak\ttab\r",
    "unicode ✓ 日本 🦆",
    String.raw`\x27 \u0027 $$ $tag$`,
  ])("round-trips the hostile string %j through a real query", async (s) => {
    expect(await value(d.string(s))).toBe(s);
    expect(await value(d.literal(s))).toBe(s);
  });

  it("refuses a NUL character rather than truncating the literal", () => {
    expect(() => d.string("a\u0000b")).toThrow(/NUL/);
  });

  it("writes null, numbers, booleans, dates and timestamps as literals", async () => {
    expect(await value(d.literal(null))).toBe(null);
    expect(await value(d.literal(-12.5))).toBe(-12.5);
    expect(await value(d.literal(true))).toBe(true);
    expect(await value(d.date("2024-02-29"))).toBe("2024-02-29");
    expect(await value(d.timestamp("2024-01-02T03:04:05.006+01:00"))).toBe(
      "2024-01-02T02:04:05.006Z",
    );
    expect(() => d.literal(Number.NaN)).toThrow(/finite/);
    expect(() => d.date("2024-2-1")).toThrow(/YYYY-MM-DD/);
    expect(() => d.date("2024-01-01'; --")).toThrow(/YYYY-MM-DD/);
  });
});

describe("DuckDB dialect: parsing text", () => {
  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["2024-1-5", null],
    ["2024/01/05", null],
    ["05.01.2024", null],
  ])("tryDate(%j) is %j", async (text, expected) => {
    expect(await value(d.tryDate(d.string(text)))).toBe(expected);
  });

  it.each([
    ["2024-01-15T12:34:56Z", "2024-01-15T12:34:56.000Z"],
    ["2024-01-15T12:34:56.123+02:00", "2024-01-15T10:34:56.123Z"],
    ["2024-01-15T12:34:56-0500", "2024-01-15T17:34:56.000Z"],
    ["2024-01-15 12:34:56", "2024-01-15T17:34:56.000Z"],
    ["2024-01-15T12:34", "2024-01-15T17:34:00.000Z"],
    ["2024-07-15 12:00:00", "2024-07-15T16:00:00.000Z"],
    ["2024-01-15T12:34:56.123456789Z", "2024-01-15T12:34:56.123Z"],
    ["2024-01-15", null],
    ["2024-13-15T12:00:00Z", null],
    ["15/01/2024 12:00", null],
    ["yesterday", null],
  ])("tryInstant(%j) in New York wall time is %j", async (text, expected) => {
    expect(await value(d.tryInstant(d.string(text), "America/New_York"))).toBe(expected);
  });

  it.each([
    ["1250.50", 1250.5],
    ["-3", -3],
    ["1e3", 1000],
    [".5", 0.5],
    ["1,250", null],
    ["inf", null],
    ["1e999", null],
    ["NaN", null],
    ["12 EUR", null],
  ])("tryNumber(%j) is %j", async (text, expected) => {
    expect(await value(d.tryNumber(d.string(text)))).toBe(expected);
  });

  it("matches whole strings only", async () => {
    expect(await value(d.matches("'email_sent'", "[a-z][a-z0-9_]*"))).toBe(true);
    expect(await value(d.matches("'Email_sent'", "[a-z][a-z0-9_]*"))).toBe(false);
    expect(await value(d.matches("'email sent'", "[a-z][a-z0-9_]*"))).toBe(false);
  });
});

describe("DuckDB dialect: days, hashes, instants", () => {
  it("puts an instant on its day in the organisation's time zone", async () => {
    const ts = "TIMESTAMP '2024-03-10 03:30:00'";
    expect(await value(d.dayInZone(ts, "America/New_York"))).toBe("2024-03-09");
    expect(await value(d.dayInZone(ts, "UTC"))).toBe("2024-03-10");
    expect(await value(d.dayInZone("TIMESTAMP '2024-03-09 23:30:00'", "Europe/Berlin"))).toBe(
      "2024-03-10",
    );
  });

  it("hashes text stably as 32 hex digits, sensitive to order and content", async () => {
    const a = await value(d.hashOf(["'crm'", "'p1'", "NULL"]));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await value(d.hashOf(["'crm'", "'p1'", "NULL"]))).toBe(a);
    expect(await value(d.hashOf(["'p1'", "'crm'", "NULL"]))).not.toBe(a);
    // The separator keeps ("ab","c") apart from ("a","bc").
    expect(await value(d.hashOf(["'ab'", "'c'"]))).not.toBe(await value(d.hashOf(["'a'", "'bc'"])));
  });

  it("writes instants as ISO text with microseconds", async () => {
    expect(await value(d.instantText("TIMESTAMP '2024-01-02 03:04:05.5'"))).toBe(
      "2024-01-02T03:04:05.500000Z",
    );
  });
});

describe("DuckDB dialect: reading files as text", () => {
  it("reads a CSV header, and a CSV with broken records set aside with their lines", async () => {
    const path = join(dir, "broken.csv");
    writeFileSync(
      path,
      'a,b,c\n1,"x, y",0012\n2,only two\n3,x,y,extra\n4,"ok",z\n5\n6,"unterminated,q\n',
    );
    expect(await engine.query(d.csvHeader(path))).toEqual([
      { position: 0, name: "a" },
      { position: 1, name: "b" },
      { position: 2, name: "c" },
    ]);
    const rows = await engine.query(
      `SELECT * FROM ${d.readCsvAsText(path, ["a", "b", "c"], "rj")}`,
    );
    expect(rows).toEqual([
      { a: "1", b: "x, y", c: "0012" },
      { a: "4", b: "ok", c: "z" },
    ]);
    const rejects = await engine.query(d.rejectedRecords("rj"));
    // One row per broken record, even when it misses several columns.
    expect(rejects.map((r) => [r.line, r.kind, r.message])).toEqual([
      [3, "MISSING COLUMNS", "Expected Number of Columns: 3 Found: 2"],
      [4, "TOO MANY COLUMNS", "Expected Number of Columns: 3 Found: 4"],
      [6, "MISSING COLUMNS", "Expected Number of Columns: 3 Found: 1"],
      [7, "UNQUOTED VALUE", "Value with unterminated quote found."],
    ]);
    for (const sql of d.dropRejects("rj")) await engine.exec(sql);
    await expect(engine.query("SELECT * FROM rj")).rejects.toThrow();
  });

  it("gives no header rows for an empty file", async () => {
    const path = join(dir, "empty.csv");
    writeFileSync(path, "");
    expect(await engine.query(d.csvHeader(path))).toEqual([]);
  });

  it("reads JSON lines with their line numbers, values as text and broken lines flagged", async () => {
    const path = join(dir, "a.jsonl");
    writeFileSync(
      path,
      [
        '{"id":"p1","amount":12.5,"won":true,"x":{"k":1}}',
        "",
        '{"id": "p2",',
        '"just text"',
        '{"id":3,"amount":null}',
      ].join("\n"),
    );
    const rows = await engine.query(
      `SELECT * FROM ${d.readJsonLinesAsText(path, ["id", "amount", "won"])} ORDER BY __line`,
    );
    expect(rows).toEqual([
      { __line: 1, __error: null, id: "p1", amount: "12.5", won: "true" },
      { __line: 3, __error: "not valid JSON", id: null, amount: null, won: null },
      { __line: 4, __error: "not a JSON object", id: null, amount: null, won: null },
      { __line: 5, __error: null, id: "3", amount: null, won: null },
    ]);
  });

  it("creates a table only once", async () => {
    const ddl = d.createTable("things", [
      { name: "id", type: "varchar", required: true },
      { name: "from", type: "date" },
    ]);
    await engine.exec(ddl);
    await engine.exec(ddl);
    await expect(engine.exec(`INSERT INTO things VALUES (NULL, NULL)`)).rejects.toThrow(/NOT NULL/);
  });
});
