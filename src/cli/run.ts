import { type Command, CommanderError } from "commander";
import { EnvironmentError, InputError, UsageError } from "../errors.js";
import { formatInputError } from "./format/errors.js";

/**
 * Runs the program and turns the typed errors into exit codes: 2 for a usage or
 * input mistake (with a message, never a stack trace), 1 for anything else.
 */
export async function runCli(program: Command, argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`${formatInputError(error)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`uptake: ${error.message}\n`);
      return 2;
    }
    if (error instanceof EnvironmentError) {
      process.stderr.write(`uptake: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(
      `uptake: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
