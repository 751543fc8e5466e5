import type { Command } from "commander";
import { formatAssessment } from "../format/assess-text.js";
import { assessOptions, type CommonFlags, printJson, toAssessOptions } from "../options.js";

export function registerAssess(program: Command): void {
  assessOptions(program.command("assess"))
    .description("who has adopted, per persona, with the login contrast")
    .option("-p, --persona <id>", "only this persona")
    .option("--json", "print the assessment as JSON (the documented interface)")
    .action(async (flags: CommonFlags) => {
      const { assess } = await import("../../app/assess.js");
      const assessment = await assess(toAssessOptions(flags));
      if (flags.json) printJson(assessment);
      else process.stdout.write(formatAssessment(assessment));
    });
}
