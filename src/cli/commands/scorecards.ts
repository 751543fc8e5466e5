import { relative } from "node:path";
import type { Command } from "commander";
import { assessOptions, type CommonFlags, printJson, toAssessOptions } from "../options.js";
import { progressReporter } from "../progress.js";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface ScorecardsFlags extends CommonFlags {
  out: string;
}

export function registerScorecards(program: Command): void {
  assessOptions(program.command("scorecards"))
    .description(
      "one HTML scorecard per person (their own numbers, anonymous peer figures) and an index per manager",
    )
    .option("-o, --out <dir>", "output folder", "scorecards")
    .option("--json", "print the list of files written as JSON")
    .action(async (flags: ScorecardsFlags) => {
      const { loadContext } = await import("../../app/context.js");
      const { writeScorecards } = await import("../../report/scorecards/write-scorecards.js");
      const ctx = await loadContext(toAssessOptions({ ...flags, persona: undefined }));
      const progress = progressReporter("writing");
      const written = await writeScorecards(ctx, flags.out, { onProgress: progress.onProgress });
      progress.stop();
      if (flags.json) {
        printJson(written);
        return;
      }
      const dir = relative(process.cwd(), written.dir) || ".";
      process.stdout.write(
        `Wrote ${count(written.scorecards.length, "scorecard", "scorecards")} and ` +
          `${count(written.managers.length, "manager index", "manager indexes")} to ${dir}/\n` +
          `Open ${dir}/${written.index} to find them.\n`,
      );
    });
}
