export type { Config } from "./config.js";
export { DEFAULT_CONFIG_FILE, DEFAULTS, defaultPersonas } from "./defaults.js";
export { configJsonSchema } from "./json-schema.js";
export { configFromText, defaultConfig, loadConfig } from "./load.js";
export { type ConfigSource, resolveSpec } from "./resolve.js";
export { type Spec, type SpecInput, specSchema } from "./schema.js";
export { initTemplate } from "./template.js";
export { checkSpec, formatProblems, validateSpec } from "./validate.js";
