export { getMeta, META_ROLLUP_TIMEZONE, META_SCHEMA_VERSION, setMeta } from "./meta.js";
export { readAssessInput } from "./read-model.js";
export { ensureRollups, type RollupSource, rebuildRollup, refreshRollup } from "./rollups.js";
export { ensureSchema, SCHEMA_VERSION } from "./schema.js";
export { type ImportLogEntry, readSources, type Sources } from "./sources.js";
export { columnsOf, DATA_TABLES, TABLES, type TableName } from "./tables.js";
export { checkTimeZone } from "./time-zone.js";
