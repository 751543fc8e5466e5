import { afterEach, beforeEach, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { ensureSchema, SCHEMA_VERSION, setMeta } from "../../src/store/index.js";
import { type Workbench, workbench } from "../importers/helpers.js";

let wb: Workbench;
beforeEach(async () => {
  wb = await workbench("uptake-schema-");
});
afterEach(async () => {
  await wb.close();
});

it("creates every table once and keeps data when run again", async () => {
  await ensureSchema(wb.engine);
  await wb.engine.exec("INSERT INTO people (person_id, name) VALUES ('p1', 'Ann')");
  await ensureSchema(wb.engine);
  await wb.reopen();
  await ensureSchema(wb.engine);
  expect(await wb.count("people")).toBe(1);
  const tables = await wb.engine.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables ORDER BY t",
  );
  expect(tables.map((r) => r.t)).toEqual([
    "absences",
    "activities",
    "activity_daily",
    "imports",
    "login_daily",
    "logins",
    "meta",
    "opportunities",
    "people",
    "quotas",
    "roles",
  ]);
  expect(await wb.engine.query("SELECT value FROM meta WHERE key = 'schema_version'")).toEqual([
    { value: String(SCHEMA_VERSION) },
  ]);
});

it("refuses a database written by a newer uptake", async () => {
  await ensureSchema(wb.engine);
  await setMeta(wb.engine, "schema_version", String(SCHEMA_VERSION + 1));
  await expect(ensureSchema(wb.engine)).rejects.toThrow(UsageError);
  await expect(ensureSchema(wb.engine)).rejects.toThrow(/newer than this uptake understands/);
});
