import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB files and Chromium are real: two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
