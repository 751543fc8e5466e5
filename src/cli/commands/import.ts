import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { IMPORT_KINDS, isImportKind } from "../../importers/kinds.js";
import { formatImportResult } from "../format/import-text.js";
import { configOption, printJson } from "../options.js";
import { progressReporter } from "../progress.js";

interface ImportFlags {
  config?: string;
  inputTimezone?: string;
  skipInvalid?: boolean;
  rejects?: string;
  json?: boolean;
}

export function registerImport(program: Command): void {
  configOption(program.command("import"))
    .description(
      "import CSV (header row, UTF-8) or JSON-lines files; all or nothing unless --skip-invalid",
    )
    .argument("<kind>", IMPORT_KINDS.join("|"))
    .argument("<files...>", "files to import (.csv, .jsonl, .ndjson)")
    .option(
      "--input-timezone <tz>",
      "time zone of instants written without an offset (default UTC)",
    )
    .option("--skip-invalid", "import the valid rows and write the invalid ones to a rejects file")
    .option("--rejects <file>", "where --skip-invalid writes the rejected rows")
    .option("--json", "print the import result as JSON")
    .action(async (kind: string, files: string[], flags: ImportFlags) => {
      if (!isImportKind(kind)) {
        throw new UsageError(`unknown kind "${kind}": expected one of ${IMPORT_KINDS.join(", ")}`);
      }
      const progress = progressReporter(`import ${kind}`);
      try {
        const { importData } = await import("../../app/import.js");
        const result = await importData({
          config: flags.config,
          kind,
          files,
          inputTimezone: flags.inputTimezone,
          skipInvalid: flags.skipInvalid,
          rejectsPath: flags.rejects,
          onProgress: progress.onProgress,
        });
        progress.stop();
        if (flags.json) printJson(result);
        else process.stdout.write(formatImportResult(result));
      } finally {
        progress.stop();
      }
    });
}
