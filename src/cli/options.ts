import type { Command } from "commander";
import type { AssessOptions } from "../app/options.js";

export interface CommonFlags {
  config?: string;
  asOf?: string;
  persona?: string;
  json?: boolean;
}

/** --config on every command that reads the workspace. */
export function configOption(command: Command): Command {
  return command.option("-c, --config <file>", "configuration file", undefined);
}

/** --config and --as-of, for every command that assesses. */
export function assessOptions(command: Command): Command {
  return configOption(command).option(
    "--as-of <date>",
    "the day of the assessment, YYYY-MM-DD (default: today in the configured time zone)",
  );
}

export function toAssessOptions(flags: CommonFlags): AssessOptions {
  return { config: flags.config, asOf: flags.asOf, persona: flags.persona };
}

/** Data goes to stdout as one JSON document, nothing else on that stream. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
