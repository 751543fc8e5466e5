// Commands load their application code when they run, so `uptake --help` stays instant.
import { Command } from "commander";
import { VERSION } from "../version.js";
import { registerAssess } from "./commands/assess.js";
import { registerConfig } from "./commands/config.js";
import { registerDemo } from "./commands/demo.js";
import { registerExplain } from "./commands/explain.js";
import { registerGap } from "./commands/gap.js";
import { registerImport } from "./commands/import.js";
import { registerInit } from "./commands/init.js";
import { registerReport } from "./commands/report.js";
import { registerScorecards } from "./commands/scorecards.js";
import { registerTargets } from "./commands/targets.js";

/** Every command registers itself from its own file; this is the table of contents. */
export function buildProgram(): Command {
  const program = new Command("uptake")
    .description(
      "Measures whether a sales team really uses its sales technology: by the work done in it, not by logins.",
    )
    .version(VERSION)
    .showHelpAfterError()
    // Before the commands are added, so that each inherits it: a usage mistake in
    // any subcommand then reaches runCli and exits 2, not commander's own 1.
    .exitOverride();
  for (const register of [
    registerInit,
    registerConfig,
    registerImport,
    registerAssess,
    registerExplain,
    registerGap,
    registerTargets,
    registerScorecards,
    registerReport,
    registerDemo,
  ]) {
    register(program);
  }
  return program;
}
