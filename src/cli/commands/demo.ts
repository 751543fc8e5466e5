import { relative } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { formatAssessment } from "../format/assess-text.js";
import { formatGap } from "../format/gap-text.js";
import { printJson } from "../options.js";
import { progressReporter } from "../progress.js";

interface DemoFlags {
  dir: string;
  people?: string;
  seed?: string;
  asOf?: string;
  json?: boolean;
}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new UsageError(`${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "generate a realistic sales organisation, import it into a fresh workspace, and assess it",
    )
    .option("-d, --dir <dir>", "workspace folder (its demo files are replaced)", "uptake-demo")
    .option("--people <n>", "how many people (default 200)")
    .option("--seed <n>", "random seed: the same seed gives the same organisation (default 42)")
    .option("--as-of <date>", "the day of the assessment (default: today)")
    .option("--json", "print the assessment as JSON")
    .action(async (flags: DemoFlags) => {
      const progress = progressReporter("demo");
      const { runDemo } = await import("../../app/demo.js");
      const result = await runDemo({
        dir: flags.dir,
        people: integer("--people", flags.people),
        seed: integer("--seed", flags.seed),
        asOf: flags.asOf,
        onProgress: (kind, p) => progress.onProgress({ ...p, phase: `${kind} ${p.phase}` }),
      });
      progress.stop();
      if (flags.json) {
        printJson(result.assessment);
        return;
      }
      const rows = result.imports.reduce((sum, r) => sum + r.rowsImported, 0);
      const dir = relative(process.cwd(), result.dir) || ".";
      process.stdout.write(
        `Demo organisation written to ${dir}/ and imported (${rows.toLocaleString("en-US")} rows).\n\n`,
      );
      process.stdout.write(formatAssessment(result.assessment));
      process.stdout.write(`\n${formatGap(result.assessment)}`);
      process.stdout.write(
        `\nNext: cd ${dir} && npx uptake explain ${result.assessment.people[0]?.person_id ?? "PERSON"}   (or assess --json, gap)\n`,
      );
    });
}
