import type { RollupSource } from "../store/rollups.js";
import { DATA_TABLES, type TableName } from "../store/tables.js";

// The canonical import formats: one per table, columns named as in the table.
// An importer for a vendor export maps onto one of these.

export const IMPORT_KINDS = DATA_TABLES;

export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How a text cell is checked and typed. */
export type FieldType =
  | "text"
  | "date"
  | "instant"
  | "amount"
  | "boolean"
  | "activity_type"
  | "persona";

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  /** Used when the cell is empty or the column absent. */
  default?: string;
}

export interface KindSpec {
  kind: ImportKind;
  table: TableName & ImportKind;
  /** In the order the canonical header lists them. */
  fields: FieldSpec[];
  /** Natural key: a row with the same key replaces the stored one. */
  key: string[];
  /** The column naming a person, checked against people (kept, reported if unknown). */
  person: string | null;
  /** Two date columns that must be in order when both are given. */
  range: [string, string] | null;
  /** Optional columns that become required when a boolean column is true. */
  requiredWhen?: { when: string; fields: string[] };
  rollup: RollupSource | null;
}

const req = (name: string, type: FieldType = "text"): FieldSpec => ({ name, type, required: true });
const opt = (name: string, type: FieldType = "text", fallback?: string): FieldSpec =>
  fallback === undefined
    ? { name, type, required: false }
    : { name, type, required: false, default: fallback };

/** Source of events that do not say where they come from. */
export const DEFAULT_SOURCE = "import";
export const DEFAULT_ABSENCE_KIND = "absence";

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  people: {
    kind: "people",
    table: "people",
    fields: [
      req("person_id"),
      req("name"),
      opt("email"),
      opt("manager_id"),
      opt("team"),
      opt("persona", "persona"),
      opt("start_date", "date"),
      opt("end_date", "date"),
    ],
    key: ["person_id"],
    person: null,
    range: ["start_date", "end_date"],
    rollup: null,
  },
  roles: {
    kind: "roles",
    table: "roles",
    fields: [
      req("person_id"),
      req("persona", "persona"),
      opt("team"),
      req("valid_from", "date"),
      opt("valid_to", "date"),
    ],
    key: ["person_id", "valid_from"],
    person: "person_id",
    range: ["valid_from", "valid_to"],
    rollup: null,
  },
  activities: {
    kind: "activities",
    table: "activities",
    fields: [
      opt("event_id"),
      opt("source", "text", DEFAULT_SOURCE),
      req("person_id"),
      req("activity_type", "activity_type"),
      req("occurred_at", "instant"),
      opt("subject_id"),
    ],
    key: ["source", "event_id"],
    person: "person_id",
    range: null,
    rollup: "activities",
  },
  logins: {
    kind: "logins",
    table: "logins",
    fields: [
      req("person_id"),
      req("occurred_at", "instant"),
      opt("source", "text", DEFAULT_SOURCE),
    ],
    key: ["person_id", "occurred_at", "source"],
    person: "person_id",
    range: null,
    rollup: "logins",
  },
  absences: {
    kind: "absences",
    table: "absences",
    fields: [
      req("person_id"),
      req("from", "date"),
      req("to", "date"),
      opt("kind", "text", DEFAULT_ABSENCE_KIND),
    ],
    key: ["person_id", "from"],
    person: "person_id",
    range: ["from", "to"],
    rollup: null,
  },
  opportunities: {
    kind: "opportunities",
    table: "opportunities",
    fields: [
      req("opportunity_id"),
      req("owner_id"),
      // Open deals often have no amount or close date yet (pipeline exports);
      // a won deal must have both, or its revenue could not be counted.
      opt("amount", "amount"),
      opt("close_date", "date"),
      req("is_won", "boolean"),
    ],
    key: ["opportunity_id"],
    person: "owner_id",
    range: null,
    requiredWhen: { when: "is_won", fields: ["amount", "close_date"] },
    rollup: null,
  },
  quotas: {
    kind: "quotas",
    table: "quotas",
    fields: [req("person_id"), req("from", "date"), req("to", "date"), req("amount", "amount")],
    key: ["person_id", "from"],
    person: "person_id",
    range: ["from", "to"],
    rollup: null,
  },
};

export function isImportKind(kind: string): kind is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(kind);
}
