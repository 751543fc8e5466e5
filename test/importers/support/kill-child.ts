// Run by kill.test.ts in a child process that the test SIGKILLs mid-import:
// imports one activities file and reports each progress step on stdout.
import { openDuckDb } from "../../../src/engines/duckdb/index.js";
import { importFiles } from "../../../src/importers/index.js";

const [dbPath, file] = process.argv.slice(2);
if (!dbPath || !file) throw new Error("usage: kill-child <db> <activities.csv>");
const engine = await openDuckDb(dbPath);
await importFiles(engine, {
  kind: "activities",
  files: [file],
  timezone: "UTC",
  knownActivityTypes: [],
  onProgress: (p) => process.stdout.write(`${p.phase} ${p.done}/${p.total}\n`),
});
await engine.close();
process.stdout.write("done\n");
