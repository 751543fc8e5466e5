// The demo organisation: generate it, write it out for `uptake demo` and tests.

export { DEMO_HOLIDAY_COUNTRY, DEMO_TIMEZONE } from "./calendar.js";
export { DEMO_DATABASE, DEMO_RAMP_DAYS, demoConfigYaml } from "./config-yaml.js";
export { csvChunks, csvField, csvLine } from "./csv.js";
export {
  DEMO_DEFAULT_PEOPLE,
  DEMO_DEFAULT_SEED,
  type GenerateDemoOptions,
  generateDemo,
} from "./generate.js";
export {
  type AbsenceRow,
  type ActivityRow,
  DEMO_COLUMNS,
  DEMO_KINDS,
  type DemoData,
  type DemoKind,
  type DemoMeta,
  type DemoRow,
  type DemoTables,
  type DemoTruth,
  type LoginRow,
  type OpportunityRow,
  type PersonRow,
  type QuotaRow,
  type RoleRow,
} from "./records.js";
export { Rng, rngFor } from "./rng.js";
export type { Archetype } from "./traits.js";
export { type WrittenDemo, writeDemo } from "./write.js";
