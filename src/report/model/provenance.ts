// Method and provenance: enough to reproduce every number on the page: the
// configuration as applied and the hash of the file it came from, the data
// and its row counts, the as-of date and the version of uptake.

import { basename } from "node:path";
import { stringify } from "yaml";
import type { Config } from "../../config/config.js";
import type { Day, DayRange, MethodConfig } from "../../core/types.js";
import type { Sources } from "../../store/sources.js";
import { count, day, dayRange } from "../html/format.js";

export interface Provenance {
  asOf: string;
  window: string;
  previous: string;
  timezone: string;
  version: string;
  configPath: string;
  configHash: string;
  /** The method as applied, defaults filled in, as YAML. */
  method: string;
  tables: { table: string; rows: string }[];
  activityDays: string;
  imports: { kind: string; files: string; rows: string; rejected: string; at: string }[];
}

/** The method only: the database path is where the workspace lives, not how numbers are made. */
function methodOf(config: Config): MethodConfig {
  const { database: _database, source: _source, ...method } = config;
  return method;
}

export function provenance(
  config: Config,
  sources: Sources,
  dates: { asOf: Day; window: DayRange; previous: DayRange },
  version: string,
): Provenance {
  return {
    asOf: day(dates.asOf),
    window: dayRange(dates.window),
    previous: dayRange(dates.previous),
    timezone: config.timezone,
    version,
    configPath: config.source.path ?? "none: the built-in defaults",
    configHash: config.source.hash,
    method: stringify(methodOf(config), { lineWidth: 0 }),
    tables: Object.entries(sources.tables).map(([table, rows]) => ({ table, rows: count(rows) })),
    activityDays: sources.activityDays ? dayRange(sources.activityDays) : "no activities",
    imports: sources.imports.map((i) => ({
      kind: i.kind,
      files: i.files.map((f) => basename(f)).join(", "),
      rows: count(i.rows),
      rejected: count(i.rejected),
      // An instant in UTC, to the minute: when, not a figure.
      at: `${i.at.slice(0, 16).replace("T", " ")} UTC`,
    })),
  };
}
