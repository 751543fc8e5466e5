// The library: the same application functions the CLI calls, the same result objects.

export { assess } from "./app/assess.js";
export { type AssessmentContext, loadContext } from "./app/context.js";
export { type ExplainOptions, explain } from "./app/explain.js";
export { type ImportDataOptions, importData } from "./app/import.js";
export type { AssessOptions, WorkspaceOptions } from "./app/options.js";
export { openWorkspace, type Workspace } from "./app/workspace.js";
export type { Config } from "./config/config.js";
export { configFromText, defaultConfig, loadConfig } from "./config/index.js";
export { assessCore } from "./core/assess.js";
export { explainCore } from "./core/explain.js";
export * from "./core/types.js";
export { HttpError, InputError, type InputProblem, UsageError } from "./errors.js";
export type { ImportKind } from "./importers/kinds.js";
export type { ImportResult, RowProblem } from "./importers/result.js";
