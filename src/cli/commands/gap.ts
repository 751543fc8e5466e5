import type { Command } from "commander";
import { formatGap } from "../format/gap-text.js";
import { assessOptions, type CommonFlags, printJson, toAssessOptions } from "../options.js";

export function registerGap(program: Command): void {
  assessOptions(program.command("gap"))
    .description("the Adoption Gap: what top adopters achieve compared with bottom adopters")
    .option("-p, --persona <id>", "only this persona")
    .option("--json", "print the gap section of the assessment as JSON")
    .action(async (flags: CommonFlags) => {
      const { assess } = await import("../../app/assess.js");
      const assessment = await assess(toAssessOptions(flags));
      if (flags.json)
        printJson({ as_of: assessment.as_of, window: assessment.window, gap: assessment.gap });
      else process.stdout.write(formatGap(assessment));
    });
}
