import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

/**
 * Compile a test support script (and what it imports) to JavaScript with the
 * project's own tsc, so a child process can run it with plain node. Returns
 * the compiled entry and the directory to remove afterwards.
 */
export function compileScript(entry: string): { script: string; dir: string } {
  const out = mkdtempSync(join(tmpdir(), "uptake-child-"));
  // Compiled files import @duckdb/node-api: resolve it from the project.
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"), "dir");
  writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/typescript/bin/tsc"),
      "--ignoreConfig",
      // Types are checked by the project's own tsc run; this only needs JavaScript.
      "--noCheck",
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
      "--skipLibCheck",
      "--types",
      "node",
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  return { script: join(out, relative(ROOT, entry)).replace(/\.ts$/, ".js"), dir: out };
}
