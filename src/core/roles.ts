// Which persona (and team) a person held on a given day, from effective-dated
// role rows. Activities are credited to the persona held on their day.

import type { Day, PersonRecord, RoleRecord } from "./types.js";

export function roleCovers(role: RoleRecord, day: Day): boolean {
  return (
    (role.valid_from === null || role.valid_from <= day) &&
    (role.valid_to === null || day <= role.valid_to)
  );
}

/**
 * The role a person held on `day`, given that person's role rows. Overlapping
 * rows happen when an import opens a new role without closing the old one; the
 * one with the latest valid_from (an open start counts as earliest) wins, being
 * the most recent decision. Equal starts: the later row in input order wins.
 */
export function roleOn(roles: readonly RoleRecord[], day: Day): RoleRecord | null {
  let best: RoleRecord | null = null;
  for (const role of roles) {
    if (!roleCovers(role, day)) continue;
    if (best === null || (role.valid_from ?? "") >= (best.valid_from ?? "")) best = role;
  }
  return best;
}

export function personaOn(roles: readonly RoleRecord[], day: Day): string | null {
  return roleOn(roles, day)?.persona ?? null;
}

/** The role's team when it names one, else the person's. */
export function teamOn(
  person: PersonRecord,
  roles: readonly RoleRecord[],
  day: Day,
): string | null {
  return roleOn(roles, day)?.team ?? person.team;
}

/** Group rows by person_id, keeping input order (which breaks ties in roleOn). */
export function groupByPerson<T extends { person_id: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.person_id);
    if (list) list.push(row);
    else map.set(row.person_id, [row]);
  }
  return map;
}
