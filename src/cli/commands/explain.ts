import type { Command } from "commander";
import { formatExplanation } from "../format/explain-text.js";
import { assessOptions, type CommonFlags, printJson } from "../options.js";

export function registerExplain(program: Command): void {
  assessOptions(program.command("explain"))
    .description("every number for one person: eligible days and why not, measures, verdict")
    .argument("<person>", "person_id")
    .option("-p, --persona <id>", "only this persona")
    .option("--json", "print the explanation as JSON")
    .action(async (person: string, flags: CommonFlags) => {
      const { explain } = await import("../../app/explain.js");
      const explanation = await explain({
        config: flags.config,
        asOf: flags.asOf,
        person,
        persona: flags.persona,
      });
      if (flags.json) printJson(explanation);
      else process.stdout.write(formatExplanation(explanation));
    });
}
