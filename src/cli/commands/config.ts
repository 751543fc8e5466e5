import type { Command } from "commander";
import { configJsonSchema } from "../../config/json-schema.js";
import { configOption, printJson } from "../options.js";

export function registerConfig(program: Command): void {
  const config = program.command("config").description("inspect the configuration");
  config
    .command("schema")
    .description("print the JSON Schema of uptake.yml, for editors")
    .action(() => printJson(configJsonSchema()));
  configOption(
    config.command("check").description("validate uptake.yml and print the resolved settings"),
  ).action(async (flags: { config?: string }) => {
    const { loadConfig } = await import("../../config/load.js");
    const resolved = await loadConfig(flags.config);
    const { source, ...settings } = resolved;
    printJson({ path: source.path, hash: source.hash, ...settings });
  });
}
