import type { Config } from "../config/config.js";
import { loadConfig } from "../config/load.js";
import { isDay } from "../core/dates.js";
import { dayInZone } from "../core/timezone.js";
import type { Day } from "../core/types.js";
import { openDuckDb } from "../engines/duckdb/engine.js";
import type { Engine } from "../engines/engine.js";
import { UsageError } from "../errors.js";
import { ensureRollups, ensureSchema } from "../store/schema.js";
import type { WorkspaceOptions } from "./options.js";

export interface Workspace {
  config: Config;
  engine: Engine;
  close(): Promise<void>;
}

export async function resolveConfig(options: WorkspaceOptions): Promise<Config> {
  if (options.config !== undefined && typeof options.config !== "string") return options.config;
  return loadConfig(options.config, options.cwd ?? process.cwd());
}

/** Opens the configured database, creating its tables on first use. */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const config = await resolveConfig(options);
  const engine = await openDuckDb(config.database);
  try {
    await ensureSchema(engine);
    await ensureRollups(engine, config.timezone);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return { config, engine, close: () => engine.close() };
}

/** The as-of day: given, or today in the organisation's time zone (the one clock read). */
export function resolveAsOf(asOf: Day | undefined, config: Config, now: Date = new Date()): Day {
  if (asOf === undefined) return dayInZone(now.toISOString(), config.timezone);
  if (!isDay(asOf)) {
    throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${asOf}"`);
  }
  return asOf;
}
