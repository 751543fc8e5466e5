import type {
  AbsenceRecord,
  AssessInput,
  DailyActivity,
  DayRange,
  LoginDay,
  PersonRecord,
  QuotaRecord,
  RevenueDay,
  RoleRecord,
} from "../core/types.js";
import type { Engine, Row } from "../engines/engine.js";

export { readSources, type Sources } from "./sources.js";

// What the core sees: reference data in full, events only as daily aggregates
// within the range asked for. Rows come ordered so that results are stable.

async function rows<T>(engine: Engine, sql: string): Promise<T[]> {
  return (await engine.query<Row>(sql)) as unknown as T[];
}

/**
 * Roles as the core needs them: the imported roles (a missing team falls back
 * to the person's team), plus one role from people.persona, valid from
 * start_date to end_date, for each person with no imported role.
 */
function mergedRolesSql(): string {
  return `SELECT person_id, persona, team, valid_from, valid_to FROM (
      SELECT r.person_id, r.persona, coalesce(r.team, p.team) AS team, r.valid_from, r.valid_to
      FROM roles r LEFT JOIN people p ON p.person_id = r.person_id
      UNION ALL
      SELECT person_id, persona, team, start_date AS valid_from, end_date AS valid_to
      FROM people
      WHERE persona IS NOT NULL AND person_id NOT IN (SELECT person_id FROM roles)
    ) merged
    ORDER BY person_id, valid_from NULLS FIRST, persona`;
}

/** The core's input for `range` (inclusive days in the organisation's time zone). */
export async function readAssessInput(engine: Engine, range: DayRange): Promise<AssessInput> {
  const d = engine.dialect;
  const within = (column: string) =>
    `${column} >= ${d.date(range.from)} AND ${column} <= ${d.date(range.to)}`;
  const from = d.ident("from");
  const to = d.ident("to");
  // One connection: the reads run one after another anyway.
  const people = await rows<PersonRecord>(
    engine,
    `SELECT person_id, name, email, manager_id, team, start_date, end_date FROM people ORDER BY person_id`,
  );
  const roles = await rows<RoleRecord>(engine, mergedRolesSql());
  const absences = await rows<AbsenceRecord>(
    engine,
    `SELECT person_id, ${from}, ${to}, kind FROM absences ORDER BY person_id, ${from}`,
  );
  const quotas = await rows<QuotaRecord>(
    engine,
    `SELECT person_id, ${from}, ${to}, amount FROM quotas ORDER BY person_id, ${from}`,
  );
  const activity = await rows<DailyActivity>(
    engine,
    `SELECT person_id, day, activity_type, n, distinct_subjects FROM activity_daily
       WHERE ${within("day")} ORDER BY person_id, day, activity_type`,
  );
  const logins = await rows<LoginDay>(
    engine,
    `SELECT person_id, day FROM login_daily WHERE ${within("day")} AND n > 0 ORDER BY person_id, day`,
  );
  const revenue = await rows<RevenueDay>(
    engine,
    `SELECT owner_id AS person_id, close_date AS day, sum(amount) AS amount FROM opportunities
       WHERE is_won AND ${within("close_date")}
       GROUP BY owner_id, close_date ORDER BY person_id, day`,
  );
  return { people, roles, absences, activity, logins, revenue, quotas };
}
