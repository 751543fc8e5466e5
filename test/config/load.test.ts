import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { defaultConfig, loadConfig } from "../../src/config/load.js";
import { InputError, UsageError } from "../../src/errors.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "uptake-config-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadConfig without a path", () => {
  test("uses the defaults when ./uptake.yml is missing", async () => {
    const config = await loadConfig(undefined, dir);
    expect(config).toEqual(defaultConfig(dir));
    expect(config.database).toBe(join(dir, "uptake.duckdb"));
    expect(config.source).toEqual({
      path: null,
      text: "",
      hash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
  });

  test("reads ./uptake.yml when it exists", async () => {
    const text = "timezone: Europe/Berlin\ndatabase: db/team.duckdb\n";
    await writeFile(join(dir, "uptake.yml"), text);
    const config = await loadConfig(undefined, dir);
    expect(config.timezone).toBe("Europe/Berlin");
    expect(config.database).toBe(join(dir, "db", "team.duckdb"));
    expect(config.source).toEqual({
      path: join(dir, "uptake.yml"),
      text,
      hash: createHash("sha256").update(text).digest("hex"),
    });
  });
});

describe("loadConfig with a path", () => {
  test("a missing file is a usage error naming it", async () => {
    const missing = join(dir, "nope.yml");
    await expect(loadConfig(missing, dir)).rejects.toThrow(UsageError);
    await expect(loadConfig(missing, dir)).rejects.toThrow(`config file not found: ${missing}`);
  });

  test("even when it is the default name", async () => {
    await expect(loadConfig("uptake.yml", dir)).rejects.toThrow(
      `config file not found: ${join(dir, "uptake.yml")}`,
    );
  });

  test("a relative path is relative to cwd; the database to the file's folder", async () => {
    await mkdir(join(dir, "conf"));
    await writeFile(join(dir, "conf", "sales.yml"), "fiscal_year_start_month: 4\n");
    const config = await loadConfig("conf/sales.yml", dir);
    expect(config.fiscal_year_start_month).toBe(4);
    expect(config.source.path).toBe(join(dir, "conf", "sales.yml"));
    expect(config.database).toBe(join(dir, "conf", "uptake.duckdb"));
  });

  test("a folder is a usage error", async () => {
    await expect(loadConfig(".", dir)).rejects.toThrow(`config file is a folder: ${dir}`);
  });

  test("an invalid file is an input error with located problems", async () => {
    await writeFile(join(dir, "bad.yml"), "privacy:\n  min_group_size: 0\n");
    const error = await loadConfig(join(dir, "bad.yml"), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("bad.yml has 1 problem");
    expect((error as InputError).problems).toEqual([
      { location: "privacy.min_group_size", message: "expected an integer >= 1, got 0 (line 2)" },
    ]);
  });
});
