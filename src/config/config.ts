import type { MethodConfig } from "../core/types.js";

/** The resolved configuration: the method plus where the workspace lives. */
export interface Config extends MethodConfig {
  /** Absolute path of the DuckDB file (default: uptake.duckdb beside the config file). */
  database: string;
  source: {
    /** Absolute path of the config file, or null when the defaults were used. */
    path: string | null;
    /** The YAML text as read (empty when defaults were used). */
    text: string;
    /** sha256 hex of the text, for provenance. */
    hash: string;
  };
}
