import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDuckDb } from "../../src/engines/duckdb/index.js";
import { compileScript } from "./support/compile.js";

// A real crash: a child process imports a large file and is SIGKILLed while
// it writes. Reopened, the database holds all of the import or none of it.

const ROWS = 1_000_000;
const dir = mkdtempSync(join(tmpdir(), "uptake-kill-"));
const file = join(dir, "activities.csv");
let child: { script: string; dir: string };

beforeAll(async () => {
  child = compileScript(resolve(import.meta.dirname, "support/kill-child.ts"));
  const engine = await openDuckDb(":memory:");
  await engine.exec(`COPY (
    SELECT 'e' || i AS event_id, 'gen' AS source, 'p' || (i % 500) AS person_id,
      CASE i % 3 WHEN 0 THEN 'email_sent' WHEN 1 THEN 'call_logged' ELSE 'account_touched' END AS activity_type,
      strftime(TIMESTAMP '2024-01-01' + to_seconds(i * 7), '%Y-%m-%dT%H:%M:%SZ') AS occurred_at,
      's' || (i % 1000) AS subject_id
    FROM range(${ROWS}) t(i)) TO '${file}' (HEADER)`);
  await engine.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (child) rmSync(child.dir, { recursive: true, force: true });
});

/** Run the child and SIGKILL it `delayMs` after it reports the write phase began. */
function importAndKill(db: string, delayMs: number): Promise<{ killed: boolean; lines: string[] }> {
  return new Promise((done, fail) => {
    const proc: ChildProcess = spawn(process.execPath, [child.script, db, file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    let stderr = "";
    proc.stdout?.setEncoding("utf8").on("data", (data: string) => {
      for (const line of data.split("\n").filter(Boolean)) {
        lines.push(line);
        if (line === "writing 0/4") setTimeout(() => proc.kill("SIGKILL"), delayMs);
      }
    });
    proc.stderr?.setEncoding("utf8").on("data", (data: string) => {
      stderr += data;
    });
    proc.on("error", fail);
    proc.on("exit", (code, signal) => {
      if (signal === "SIGKILL") done({ killed: true, lines });
      else if (code === 0) done({ killed: false, lines });
      else fail(new Error(`child failed (${code}): ${stderr}`));
    });
  });
}

it("a SIGKILL mid-import leaves all of the import or none of it", { timeout: 60_000 }, async () => {
  const outcomes: string[] = [];
  for (const [i, delay] of [0, 250, 900].entries()) {
    const db = join(dir, `kill-${i}.duckdb`);
    const run = await importAndKill(db, delay);
    const engine = await openDuckDb(db);
    const [row] = await engine.query<{ n: number; daily: number | null }>(
      "SELECT (SELECT count(*) FROM activities) AS n, (SELECT sum(n) FROM activity_daily) AS daily",
    );
    await engine.close();
    const n = row?.n ?? -1;
    expect([0, ROWS]).toContain(n);
    // The rollup went with the rows: both or neither.
    expect(row?.daily ?? 0).toBe(n);
    outcomes.push(`${run.killed ? "killed" : "finished"}:${n}`);
  }
  // The first run was killed as soon as the transaction began: nothing of it stayed.
  expect(outcomes[0]).toBe("killed:0");
});
