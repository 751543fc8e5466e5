import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDuckDb } from "../../src/engines/duckdb/index.js";
import { EnvironmentError } from "../../src/errors.js";

const dir = mkdtempSync(join(tmpdir(), "uptake-engine-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("DuckDB engine", () => {
  it("converts BIGINT to number, DATE to YYYY-MM-DD, TIMESTAMP to ISO text", async () => {
    const engine = await openDuckDb(":memory:");
    const rows = await engine.query(
      `SELECT 42::BIGINT AS b, DATE '2024-02-29' AS d, TIMESTAMP '2024-01-02 03:04:05.678' AS t,
        1.5::DOUBLE AS x, 12.25::DECIMAL(10,2) AS m, true AS ok, NULL::VARCHAR AS nothing, 'é' AS s,
        count(*) OVER () AS c`,
    );
    expect(rows).toEqual([
      {
        b: 42,
        d: "2024-02-29",
        t: "2024-01-02T03:04:05.678Z",
        x: 1.5,
        m: 12.25,
        ok: true,
        nothing: null,
        s: "é",
        c: 1,
      },
    ]);
    await engine.close();
  });

  it("streams results chunk by chunk", async () => {
    const engine = await openDuckDb(":memory:");
    const sizes: number[] = [];
    let sum = 0;
    for await (const chunk of engine.stream<{ i: number }>("SELECT range AS i FROM range(5000)")) {
      sizes.push(chunk.length);
      for (const row of chunk) sum += row.i;
    }
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(sum).toBe((4999 * 5000) / 2);
    await engine.close();
  });

  it("commits a transaction to the file and rolls a failed one back", async () => {
    const path = join(dir, "tx.duckdb");
    const engine = await openDuckDb(path);
    await engine.exec("CREATE TABLE t (i BIGINT)");
    await engine.transaction(async () => {
      await engine.exec("INSERT INTO t VALUES (1), (2)");
    });
    await expect(
      engine.transaction(async () => {
        await engine.exec("INSERT INTO t VALUES (3)");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(
      engine.transaction(async () => {
        await engine.exec("INSERT INTO t VALUES (4)");
        await engine.exec("INSERT INTO missing_table VALUES (5)");
      }),
    ).rejects.toThrow(/missing_table/);
    await engine.close();

    const reopened = await openDuckDb(path);
    expect(await reopened.query("SELECT i FROM t ORDER BY i")).toEqual([{ i: 1 }, { i: 2 }]);
    await reopened.close();
  });

  it("refuses a nested transaction instead of silently joining it", async () => {
    const engine = await openDuckDb(":memory:");
    await expect(engine.transaction(() => engine.transaction(async () => 1))).rejects.toThrow(
      /already open/,
    );
    // The outer one was rolled back and the engine is usable again.
    expect(await engine.transaction(async () => 7)).toBe(7);
    await engine.close();
  });

  it("keeps instants in UTC whatever the session would default to", async () => {
    const engine = await openDuckDb(":memory:");
    const [row] = await engine.query(
      "SELECT CAST(TIMESTAMPTZ '2024-03-10 01:30:00-05' AS TIMESTAMP) AS t, current_setting('TimeZone') AS tz",
    );
    expect(row).toEqual({ t: "2024-03-10T06:30:00.000Z", tz: "UTC" });
    await engine.close();
  });
});

describe("opening", () => {
  it("names the file it cannot open", async () => {
    const path = join(dir, "no-such-dir", "x.duckdb");
    await expect(openDuckDb(path)).rejects.toThrow(`cannot open the database ${path}`);
  });

  it("says which file is locked when another process holds it", async () => {
    const file = join(dir, "locked.duckdb");
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { DuckDBInstance } from "@duckdb/node-api";
         const db = await DuckDBInstance.create(${JSON.stringify(file)});
         await db.connect();
         console.log("ready");
         setInterval(() => {}, 1000);`,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const error = await openDuckDb(file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EnvironmentError);
      expect((error as Error).message).toContain(`cannot open the database ${file}`);
      expect((error as Error).message).toMatch(/lock/i);
    } finally {
      holder.kill("SIGKILL");
    }
  });
});
