import type { Day } from "../core/types.js";
import type { Engine } from "../engines/engine.js";
import { getMeta, META_ROLLUP_TIMEZONE, META_SCHEMA_VERSION } from "./meta.js";
import { DATA_TABLES } from "./tables.js";

export interface ImportLogEntry {
  id: number;
  kind: string;
  files: string[];
  /** Rows written (new plus replaced). */
  rows: number;
  rejected: number;
  /** ISO 8601 instant. */
  at: string;
}

/** Where the numbers come from, for provenance in reports. */
export interface Sources {
  /** Row counts per data table. */
  tables: Record<(typeof DATA_TABLES)[number], number>;
  /** First and last day with activity (rollup days), or null without activities. */
  activityDays: { from: Day; to: Day } | null;
  imports: ImportLogEntry[];
  schemaVersion: number | null;
  /** The time zone the daily rollups count days in. */
  rollupTimezone: string | null;
}

export async function readSources(engine: Engine): Promise<Sources> {
  const d = engine.dialect;
  const counts = await engine.query<{ t: string; n: number }>(
    DATA_TABLES.map((t) => `SELECT ${d.string(t)} AS t, count(*) AS n FROM ${t}`).join(
      " UNION ALL ",
    ),
  );
  const tables = Object.fromEntries(DATA_TABLES.map((t) => [t, 0])) as Sources["tables"];
  for (const { t, n } of counts) tables[t as keyof Sources["tables"]] = n;

  const [span] = await engine.query<{ lo: Day | null; hi: Day | null }>(
    "SELECT min(day) AS lo, max(day) AS hi FROM activity_daily",
  );
  const log = await engine.query<{
    id: number;
    kind: string;
    files: string;
    rows: number;
    rejected: number;
    at: string;
  }>(
    `SELECT id, kind, files, ${d.ident("rows")}, rejected, ${d.ident("at")} FROM imports ORDER BY id`,
  );
  const version = await getMeta(engine, META_SCHEMA_VERSION);
  return {
    tables,
    activityDays: span?.lo && span.hi ? { from: span.lo, to: span.hi } : null,
    imports: log.map((e) => ({ ...e, files: JSON.parse(e.files) as string[] })),
    schemaVersion: version === null ? null : Number(version),
    rollupTimezone: await getMeta(engine, META_ROLLUP_TIMEZONE),
  };
}
