// The one side effect of scorecards: write every page into the output folder.
// Names come from safeFileStem, and each path is checked to stay inside the
// folder, so no id from imported data can write elsewhere.

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import type { AssessmentContext } from "../../app/context.js";
import { paths } from "./file-names.js";
import { buildManagerIndexes } from "./manager-model.js";
import { personTrends, splitByPerson } from "./person-trend.js";
import { renderManagerIndex, renderTopIndex } from "./render-manager-index.js";
import { renderScorecard } from "./render-scorecard.js";
import { buildScorecard } from "./scorecard-model.js";

export interface WrittenScorecards {
  dir: string;
  index: string;
  scorecards: { person_id: string; file: string }[];
  managers: { manager_id: string | null; file: string }[];
}

type Ctx = Pick<AssessmentContext, "config" | "assessment" | "input" | "window" | "previous">;

function inside(dir: string, file: string): string {
  const full = resolve(dir, file);
  const rel = relative(dir, full);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || resolve(rel) === rel) {
    throw new Error(`refusing to write outside ${dir}: ${file}`);
  }
  return full;
}

async function put(dir: string, file: string, text: string): Promise<void> {
  const full = inside(dir, file);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text, "utf8");
}

export interface WriteOptions {
  /** Called after each page, for a progress bar: rendering charts takes a moment. */
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
}

export async function writeScorecards(
  ctx: Ctx,
  outDir: string,
  options: WriteOptions = {},
): Promise<WrittenScorecards> {
  const dir = resolve(outDir);
  const { assessment, config } = ctx;
  const range = { from: ctx.previous.from, to: ctx.window.to };
  const rows = splitByPerson(ctx.input);
  const ids = [...new Set(assessment.people.map((p) => p.person_id))];
  const scorecards: WrittenScorecards["scorecards"] = [];
  for (const id of ids) {
    const trends = personTrends(rows.get(id), config, range, ctx.window);
    const model = buildScorecard(id, { assessment, method: config, trends });
    const file = paths.person(id);
    await put(dir, file, renderScorecard(model, config.privacy.min_group_size));
    scorecards.push({ person_id: id, file });
    options.onProgress?.({ phase: "scorecards", done: scorecards.length, total: ids.length });
  }
  const labels = new Map(assessment.personas.map((p) => [p.persona, p.label]));
  const managers = buildManagerIndexes(assessment, ctx.input.people);
  for (const m of managers) await put(dir, m.file, renderManagerIndex(m, labels));
  await put(dir, paths.index, renderTopIndex(managers));
  return {
    dir,
    index: paths.index,
    scorecards,
    managers: managers.map((m) => ({ manager_id: m.manager_id, file: m.file })),
  };
}
