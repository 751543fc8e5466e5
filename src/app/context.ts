import type { Config } from "../config/config.js";
import { assessCore, checkPersona } from "../core/assess.js";
import type { AssessInput, Assessment, Day, DayRange } from "../core/types.js";
import { previousWindow, resolveWindow } from "../core/window.js";
import { readAssessInput, readSources } from "../store/read-model.js";
import type { AssessOptions } from "./options.js";
import { openWorkspace, resolveAsOf, resolveConfig } from "./workspace.js";

export type Sources = Awaited<ReturnType<typeof readSources>>;

/** The data of one assessment, read once: what explain needs, and assess builds on. */
export interface InputContext {
  config: Config;
  asOf: Day;
  window: DayRange;
  /** The range before the window, for trends. */
  previous: DayRange;
  /** Aggregates covering previous.from .. window.to. */
  input: AssessInput;
  sources: Sources;
}

/** Everything the faces need to show one assessment. */
export interface AssessmentContext extends InputContext {
  assessment: Assessment;
}

export async function loadInputs(options: AssessOptions): Promise<InputContext> {
  // Every usage mistake is found before the database file is opened (or created).
  const config = await resolveConfig(options);
  const asOf = resolveAsOf(options.asOf, config);
  const window = resolveWindow(config.window, asOf, config.fiscal_year_start_month);
  const previous = previousWindow(window, config.window);
  if (options.persona !== undefined) checkPersona(config, options.persona);
  const workspace = await openWorkspace({ config });
  try {
    const { engine } = workspace;
    const input = await readAssessInput(engine, { from: previous.from, to: window.to });
    const sources = await readSources(engine);
    return { config, asOf, window, previous, input, sources };
  } finally {
    await workspace.close();
  }
}

export async function loadContext(options: AssessOptions): Promise<AssessmentContext> {
  const inputs = await loadInputs(options);
  const { input, config, asOf } = inputs;
  return { ...inputs, assessment: assessCore(input, config, asOf, { persona: options.persona }) };
}
