import { explainCore } from "../core/explain.js";
import type { Explanation } from "../core/types.js";
import { loadInputs } from "./context.js";
import type { WorkspaceOptions } from "./options.js";

export interface ExplainOptions extends WorkspaceOptions {
  person: string;
  persona?: string;
}

/** Every number for one person, with every day that was not eligible and why. */
export async function explain(options: ExplainOptions): Promise<Explanation> {
  // Only the inputs: explaining one person needs no assessment of everyone.
  const { config, asOf, input } = await loadInputs({ ...options, persona: undefined });
  return explainCore(input, config, asOf, options.person, options.persona);
}
