import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

/**
 * Compile a test support script (and what it imports) to JavaScript with the
 * project's own tsc, so a child process can run it with plain node. Returns
 * the path of the compiled entry.
 */
export function compileScript(entry: string): string {
  const out = mkdtempSync(join(tmpdir(), "uptake-child-"));
  // Compiled files import @duckdb/node-api: resolve it from the project.
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"), "dir");
  writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/typescript/bin/tsc"),
      "--ignoreConfig",
      entry,
      "--outDir",
      out,
      "--rootDir",
      ROOT,
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--strict",
      "--skipLibCheck",
      "--types",
      "node",
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  return join(out, relative(ROOT, entry)).replace(/\.ts$/, ".js");
}
