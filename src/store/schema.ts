import type { Engine } from "../engines/engine.js";
import { UsageError } from "../errors.js";
import { getMeta, META_SCHEMA_VERSION, setMeta } from "./meta.js";
import { TABLES } from "./tables.js";

/** Bumped when a stored table changes shape; an older uptake refuses a newer file. */
export const SCHEMA_VERSION = 1;

/** Create every table that does not exist yet. Idempotent. */
export async function ensureSchema(engine: Engine): Promise<void> {
  for (const [name, columns] of Object.entries(TABLES)) {
    await engine.exec(engine.dialect.createTable(name, columns));
  }
  const stored = await getMeta(engine, META_SCHEMA_VERSION);
  if (stored === null) {
    await setMeta(engine, META_SCHEMA_VERSION, String(SCHEMA_VERSION));
  } else if (Number(stored) > SCHEMA_VERSION) {
    throw new UsageError(
      `the database has schema version ${stored}, newer than this uptake understands (${SCHEMA_VERSION}); upgrade uptake`,
    );
  }
}

export { ensureRollups } from "./rollups.js";
