import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { initTemplate } from "../../config/template.js";
import { UsageError } from "../../errors.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("write a commented uptake.yml with the four default personas")
    .option("-c, --config <file>", "where to write it", "uptake.yml")
    .option("--force", "overwrite an existing file")
    .action((flags: { config: string; force?: boolean }) => {
      const path = resolve(flags.config);
      if (existsSync(path) && !flags.force) {
        throw new UsageError(`${path} exists; pass --force to overwrite it`);
      }
      writeFileSync(path, initTemplate());
      process.stdout.write(`wrote ${path}\nnext: uptake import people people.csv\n`);
    });
}
