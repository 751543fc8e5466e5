import { addDays } from "../core/dates.js";
import type { Day } from "../core/types.js";
import type { Engine } from "../engines/engine.js";
import { getMeta, META_ROLLUP_TIMEZONE, setMeta } from "./meta.js";
import { checkTimeZone } from "./time-zone.js";

// The daily rollups are the only aggregation pushed to the engine (DESIGN.md
// section 2): per person, per day in the organisation's time zone. Distinct
// subjects cannot be summed, so a touched (person, day) is recomputed from the
// raw rows, never patched.

export type RollupSource = "activities" | "logins";

function rollupSelect(engine: Engine, source: RollupSource, tz: string, where: string): string {
  const day = engine.dialect.dayInZone("occurred_at", tz);
  return source === "activities"
    ? `SELECT person_id, day, activity_type, count(*) AS n, count(DISTINCT subject_id) AS distinct_subjects
       FROM (SELECT person_id, ${day} AS day, activity_type, subject_id FROM activities ${where}) a
       GROUP BY person_id, day, activity_type`
    : `SELECT person_id, day, count(*) AS n
       FROM (SELECT person_id, ${day} AS day FROM logins ${where}) l
       GROUP BY person_id, day`;
}

function rollupTable(source: RollupSource): string {
  return source === "activities" ? "activity_daily" : "login_daily";
}

/** Rebuild one rollup from all raw rows. Run inside a transaction. */
export async function rebuildRollup(
  engine: Engine,
  source: RollupSource,
  tz: string,
): Promise<void> {
  const table = rollupTable(source);
  await engine.exec(`DELETE FROM ${table}`);
  await engine.exec(`INSERT INTO ${table} ${rollupSelect(engine, source, tz, "")}`);
}

/**
 * Recompute the rollup rows of the (person_id, day) pairs listed in `touched`
 * (a table with those two columns). Run inside the import's transaction.
 */
export async function refreshRollup(
  engine: Engine,
  source: RollupSource,
  tz: string,
  touched: string,
): Promise<void> {
  const d = engine.dialect;
  const t = d.ident(touched);
  const [range] = await engine.query<{ lo: Day | null; hi: Day | null }>(
    `SELECT min(day) AS lo, max(day) AS hi FROM ${t}`,
  );
  if (!range?.lo || !range.hi) return;
  const table = rollupTable(source);
  const pairs = `(person_id, day) IN (SELECT person_id, day FROM ${t})`;
  await engine.exec(`DELETE FROM ${table} WHERE ${pairs}`);
  // A day in any zone lies within a day either side of the same UTC date: the
  // bounds let the engine skip storage blocks before it computes days.
  const where = `WHERE occurred_at >= ${d.date(addDays(range.lo, -1))}
    AND occurred_at < ${d.date(addDays(range.hi, 2))}
    AND person_id IN (SELECT person_id FROM ${t})`;
  await engine.exec(
    `INSERT INTO ${table} SELECT * FROM (${rollupSelect(engine, source, tz, where)}) r WHERE ${pairs}`,
  );
}

/**
 * Make the rollups count days in `timezone` (the organisation's, from the
 * config): rebuilt from the raw rows when they were built for another zone.
 * Returns whether a rebuild happened.
 */
export async function ensureRollups(engine: Engine, timezone: string): Promise<boolean> {
  checkTimeZone(timezone, "timezone");
  if ((await getMeta(engine, META_ROLLUP_TIMEZONE)) === timezone) return false;
  await engine.transaction(async () => {
    await rebuildRollup(engine, "activities", timezone);
    await rebuildRollup(engine, "logins", timezone);
    await setMeta(engine, META_ROLLUP_TIMEZONE, timezone);
  });
  return true;
}
