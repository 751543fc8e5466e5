import type { ColumnDef } from "../engines/dialect.js";

// The stored shape of every table. Instants are TIMESTAMP in UTC; days are DATE
// in the organisation's time zone (rollups only).

export const TABLES = {
  people: [
    { name: "person_id", type: "varchar", required: true },
    { name: "name", type: "varchar", required: true },
    { name: "email", type: "varchar" },
    { name: "manager_id", type: "varchar" },
    { name: "team", type: "varchar" },
    { name: "persona", type: "varchar" },
    { name: "start_date", type: "date" },
    { name: "end_date", type: "date" },
  ],
  roles: [
    { name: "person_id", type: "varchar", required: true },
    { name: "persona", type: "varchar", required: true },
    { name: "team", type: "varchar" },
    { name: "valid_from", type: "date", required: true },
    { name: "valid_to", type: "date" },
  ],
  activities: [
    { name: "source", type: "varchar", required: true },
    { name: "event_id", type: "varchar", required: true },
    { name: "person_id", type: "varchar", required: true },
    { name: "activity_type", type: "varchar", required: true },
    { name: "occurred_at", type: "timestamp", required: true },
    { name: "subject_id", type: "varchar" },
  ],
  logins: [
    { name: "person_id", type: "varchar", required: true },
    { name: "occurred_at", type: "timestamp", required: true },
    { name: "source", type: "varchar", required: true },
  ],
  absences: [
    { name: "person_id", type: "varchar", required: true },
    { name: "from", type: "date", required: true },
    { name: "to", type: "date", required: true },
    { name: "kind", type: "varchar", required: true },
  ],
  opportunities: [
    { name: "opportunity_id", type: "varchar", required: true },
    { name: "owner_id", type: "varchar", required: true },
    { name: "amount", type: "double", required: false },
    { name: "close_date", type: "date", required: false },
    { name: "is_won", type: "boolean", required: true },
  ],
  quotas: [
    { name: "person_id", type: "varchar", required: true },
    { name: "from", type: "date", required: true },
    { name: "to", type: "date", required: true },
    { name: "amount", type: "double", required: true },
  ],
  activity_daily: [
    { name: "person_id", type: "varchar", required: true },
    { name: "day", type: "date", required: true },
    { name: "activity_type", type: "varchar", required: true },
    { name: "n", type: "bigint", required: true },
    { name: "distinct_subjects", type: "bigint", required: true },
  ],
  login_daily: [
    { name: "person_id", type: "varchar", required: true },
    { name: "day", type: "date", required: true },
    { name: "n", type: "bigint", required: true },
  ],
  imports: [
    { name: "id", type: "bigint", required: true },
    { name: "kind", type: "varchar", required: true },
    /** JSON array of the file names (or "records"). */
    { name: "files", type: "varchar", required: true },
    /** Rows written: new plus replaced. */
    { name: "rows", type: "bigint", required: true },
    { name: "rejected", type: "bigint", required: true },
    { name: "at", type: "timestamp", required: true },
  ],
  meta: [
    { name: "key", type: "varchar", required: true },
    { name: "value", type: "varchar" },
  ],
} as const satisfies Record<string, readonly ColumnDef[]>;

export type TableName = keyof typeof TABLES;

/** The tables that hold imported data, in the order a summary lists them. */
export const DATA_TABLES = [
  "people",
  "roles",
  "activities",
  "logins",
  "absences",
  "opportunities",
  "quotas",
] as const satisfies readonly TableName[];

export function columnsOf(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}
