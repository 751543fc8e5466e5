// Golden files for the pure formatters: compare with
// the file, or rewrite it when UPDATE_GOLDEN=1 (then review the diff in git).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "golden");

export function expectGolden(relative: string, actual: string): void {
  const file = join(GOLDEN, relative);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    // A missing file is written so that a new golden shows up in review, and
    // still fails the run: an unreviewed golden must not pass silently.
    const missing = !existsSync(file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (missing && process.env.UPDATE_GOLDEN !== "1") {
      throw new Error(`golden file ${relative} did not exist: written, review it and run again`);
    }
    return;
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
