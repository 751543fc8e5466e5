import { explainCore } from "../core/explain.js";
import type { Explanation } from "../core/types.js";
import { loadContext } from "./context.js";
import type { WorkspaceOptions } from "./options.js";

export interface ExplainOptions extends WorkspaceOptions {
  person: string;
  persona?: string;
}

/** Every number for one person, with every day that was not eligible and why. */
export async function explain(options: ExplainOptions): Promise<Explanation> {
  const { config, asOf, input } = await loadContext({ ...options, persona: undefined });
  return explainCore(input, config, asOf, options.person, options.persona);
}
