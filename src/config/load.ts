// Where configuration comes from: a file (uptake.yml by default), YAML text,
// or the defaults. uptake.yml holds no secrets; any secret a later feature
// needs (an engine password, an API token) is read from the environment, never
// from this file. There are none yet.

import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Config } from "./config.js";
import { DEFAULT_CONFIG_FILE } from "./defaults.js";
import { resolveSpec } from "./resolve.js";
import { validateSpec } from "./validate.js";

/**
 * Loads the config at `path` (relative to `cwd`). Without a path, ./uptake.yml
 * is used when it exists and the defaults otherwise; a path that was given
 * must exist. Throws UsageError for a missing or unreadable file and
 * InputError for an invalid one.
 */
export async function loadConfig(path: string | undefined, cwd = process.cwd()): Promise<Config> {
  const file = resolve(cwd, path ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && path === undefined) return defaultConfig(resolve(cwd));
    if (code === "ENOENT") throw new UsageError(`config file not found: ${file}`);
    if (code === "EISDIR") throw new UsageError(`config file is a folder: ${file}`);
    throw new UsageError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
  return configFromText(text, { path: file });
}

/**
 * Validates and resolves YAML text. `path` names the file in messages and
 * provenance; `baseDir` (default: the file's folder, else the working
 * directory) anchors a relative `database`.
 */
export function configFromText(
  text: string,
  options: { path?: string | null; baseDir?: string } = {},
): Config {
  const path = options.path ? resolve(options.path) : null;
  const baseDir = resolve(options.baseDir ?? (path ? dirname(path) : process.cwd()));
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const spec = validateSpec(source, path ? basename(path) : DEFAULT_CONFIG_FILE);
  return resolveSpec(spec, { path, text, baseDir });
}

/** The defaults, with the database at `<baseDir>/uptake.duckdb`. */
export function defaultConfig(baseDir: string = process.cwd()): Config {
  return resolveSpec(validateSpec(""), { path: null, text: "", baseDir: resolve(baseDir) });
}
