import type { Engine } from "../engines/engine.js";

// Small facts about the database itself: schema version, rollup time zone.

export const META_SCHEMA_VERSION = "schema_version";
export const META_ROLLUP_TIMEZONE = "rollup_timezone";

export async function getMeta(engine: Engine, key: string): Promise<string | null> {
  const d = engine.dialect;
  const rows = await engine.query<{ value: string | null }>(
    `SELECT value FROM meta WHERE ${d.ident("key")} = ${d.string(key)}`,
  );
  return rows[0]?.value ?? null;
}

export async function setMeta(engine: Engine, key: string, value: string): Promise<void> {
  const d = engine.dialect;
  await engine.exec(`DELETE FROM meta WHERE ${d.ident("key")} = ${d.string(key)}`);
  await engine.exec(`INSERT INTO meta VALUES (${d.string(key)}, ${d.string(value)})`);
}
