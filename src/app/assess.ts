import type { Assessment } from "../core/types.js";
import { loadContext } from "./context.js";
import type { AssessOptions } from "./options.js";

/** The library's main entry: the object `uptake assess --json` prints. */
export async function assess(options: AssessOptions = {}): Promise<Assessment> {
  return (await loadContext(options)).assessment;
}
