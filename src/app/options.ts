import type { Config } from "../config/config.js";
import type { Day } from "../core/types.js";

/** What every application function accepts: which config, and the as-of date. */
export interface WorkspaceOptions {
  /** A path to uptake.yml, or an already resolved Config. Default: ./uptake.yml (or the defaults). */
  config?: string | Config;
  /** The day the assessment is made; default today in the organisation's time zone. */
  asOf?: Day;
  /** Where relative paths resolve; default process.cwd(). */
  cwd?: string;
}

export interface AssessOptions extends WorkspaceOptions {
  /** Restrict to one persona. */
  persona?: string;
}
