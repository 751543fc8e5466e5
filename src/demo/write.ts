// writeDemo: one CSV per kind of record plus the demo's uptake.yml, in one folder.

import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { demoConfigYaml } from "./config-yaml.js";
import { csvChunks } from "./csv.js";
import { DEMO_COLUMNS, DEMO_KINDS, type DemoData, type DemoKind } from "./records.js";

export interface WrittenDemo {
  /** Absolute or dir-relative path of each CSV, e.g. files.activities = "<dir>/activities.csv". */
  files: Record<DemoKind, string>;
  /** The uptake.yml written beside them. */
  config: string;
}

export async function writeDemo(dir: string, data: DemoData): Promise<WrittenDemo> {
  await mkdir(dir, { recursive: true });
  const files = Object.fromEntries(DEMO_KINDS.map((k) => [k, join(dir, `${k}.csv`)])) as Record<
    DemoKind,
    string
  >;
  await Promise.all(
    DEMO_KINDS.map((kind) =>
      pipeline(
        Readable.from(csvChunks(DEMO_COLUMNS[kind], data[kind] as Record<string, string | null>[])),
        createWriteStream(files[kind], { encoding: "utf8" }),
      ),
    ),
  );
  const config = join(dir, "uptake.yml");
  await writeFile(config, demoConfigYaml(data), "utf8");
  return { files, config };
}
