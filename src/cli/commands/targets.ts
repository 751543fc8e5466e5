import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { formatTargets } from "../format/targets-text.js";
import { assessOptions, type CommonFlags, printJson, toAssessOptions } from "../options.js";

interface TargetsFlags extends CommonFlags {
  persona?: string;
  activity?: string;
  from?: string;
  to?: string;
  step?: string;
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name}: expected a number > 0, got "${raw}"`);
  }
  return value;
}

export function registerTargets(program: Command): void {
  assessOptions(program.command("targets"))
    .description(
      "what-if of a persona's per-day target: adoption and outcome difference per candidate",
    )
    // Checked in the action, not by commander: its own exit would bypass exit code 2.
    .option("-p, --persona <id>", "the persona whose target to vary (required)")
    .option("-a, --activity <type>", "the activity (default: the persona's first target)")
    .option("--from <n>", "lowest candidate per day (default: 25% of the target)")
    .option("--to <n>", "highest candidate per day (default: 200% of the target)")
    .option("--step <n>", "step between candidates (default: a round step)")
    .option("--json", "print the what-if as JSON")
    .action(async (flags: TargetsFlags) => {
      if (flags.persona === undefined) throw new UsageError("targets: --persona is required");
      const opts = {
        activity: flags.activity,
        from: positive("from", flags.from),
        to: positive("to", flags.to),
        step: positive("step", flags.step),
      };
      const { loadContext } = await import("../../app/context.js");
      const { targetWhatIf } = await import("../../core/what-if.js");
      const ctx = await loadContext(toAssessOptions(flags));
      const whatIf = targetWhatIf(ctx.assessment, ctx.config, flags.persona, {
        ...opts,
        input: ctx.input,
      });
      if (flags.json) printJson(whatIf);
      else process.stdout.write(formatTargets(whatIf));
    });
}
