export { type ImportFilesOptions, importFiles } from "./import-files.js";
export { type ImportRecordsOptions, importRecords, RECORDS_LABEL } from "./import-records.js";
export {
  DEFAULT_ABSENCE_KIND,
  DEFAULT_SOURCE,
  type FieldSpec,
  type FieldType,
  IMPORT_KINDS,
  type ImportKind,
  isImportKind,
  KIND_SPECS,
  type KindSpec,
} from "./kinds.js";
export type { ImportOptions, ImportProgress, ImportResult, RowProblem } from "./result.js";
export { suggest } from "./suggest.js";
