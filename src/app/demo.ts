import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { dayInZone } from "../core/timezone.js";
import type { Assessment, Day } from "../core/types.js";
import { DEMO_DATABASE, DEMO_TIMEZONE, generateDemo, writeDemo } from "../demo/index.js";
import type { ImportKind } from "../importers/kinds.js";
import type { ImportOptions, ImportResult } from "../importers/result.js";
import { loadContext } from "./context.js";
import { importIntoWorkspace } from "./import.js";
import { openWorkspace } from "./workspace.js";

export interface DemoOptions {
  /** The workspace folder (default ./uptake-demo). Its demo files are replaced. */
  dir?: string;
  people?: number;
  seed?: number;
  /** Default: today in the demo's time zone; the data covers the quarters before it. */
  asOf?: Day;
  onProgress?: (
    kind: ImportKind,
    p: Parameters<NonNullable<ImportOptions["onProgress"]>>[0],
  ) => void;
}

export interface DemoResult {
  dir: string;
  config: string;
  imports: ImportResult[];
  assessment: Assessment;
}

// People first, so that nothing is reported as belonging to an unknown person.
const IMPORT_ORDER: ImportKind[] = [
  "people",
  "roles",
  "absences",
  "quotas",
  "opportunities",
  "logins",
  "activities",
];

/** Generates the demo organisation, imports it into a fresh workspace and assesses it. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const dir = resolve(options.dir ?? "uptake-demo");
  const asOf = options.asOf ?? dayInZone(new Date().toISOString(), DEMO_TIMEZONE);
  const data = generateDemo({ people: options.people, seed: options.seed, asOf });
  await mkdir(dir, { recursive: true });
  // A fresh workspace: an earlier demo's database would mix two organisations.
  await rm(join(dir, DEMO_DATABASE), { force: true });
  await rm(join(dir, `${DEMO_DATABASE}.wal`), { force: true });
  const written = await writeDemo(dir, data);
  const config = await loadConfig(written.config);
  const workspace = await openWorkspace({ config });
  const imports: ImportResult[] = [];
  try {
    for (const kind of IMPORT_ORDER) {
      const file = written.files[kind];
      imports.push(
        await importIntoWorkspace(workspace, {
          kind,
          files: [file],
          onProgress: options.onProgress ? (p) => options.onProgress?.(kind, p) : undefined,
        }),
      );
    }
  } finally {
    await workspace.close();
  }
  const { assessment } = await loadContext({ config, asOf });
  return { dir, config: written.config, imports, assessment };
}
