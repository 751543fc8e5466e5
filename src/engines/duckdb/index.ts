export { duckDbDialect } from "./dialect.js";
export { openDuckDb } from "./engine.js";
