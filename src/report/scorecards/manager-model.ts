// Who is on each manager's index. That page is for the manager, who may see
// their own reports by name; it links each report's scorecard. People whose
// manager_id is empty are gathered on one "no manager" index, so nobody is
// left without a page.

import type { Assessment, Day, DayRange, PersonRecord, PersonResult } from "../../core/types.js";
import { paths } from "./file-names.js";

export interface ReportRow {
  person_id: string;
  name: string;
  /** Relative to the manager index. */
  href: string;
  entries: PersonResult[];
}

export interface ManagerIndexModel {
  manager_id: string | null;
  /** The manager's name when they are a known person, else null. */
  manager_name: string | null;
  /** Relative to the output folder. */
  file: string;
  as_of: Day;
  window: DayRange;
  reports: ReportRow[];
  /** Entries (person and persona) evaluated, and adopted among them. */
  evaluated: number;
  adopted: number;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rowsOf(entries: PersonResult[]): ReportRow[] {
  const byPerson = new Map<string, PersonResult[]>();
  for (const e of entries) {
    const list = byPerson.get(e.person_id) ?? [];
    list.push(e);
    byPerson.set(e.person_id, list);
  }
  return [...byPerson.entries()]
    .map(([id, list]) => ({
      person_id: id,
      name: (list[0] as PersonResult).name,
      // Manager pages sit in managers/, scorecards in people/.
      href: `../${paths.person(id)}`,
      entries: list,
    }))
    .sort((a, b) => byName({ name: a.name, id: a.person_id }, { name: b.name, id: b.person_id }));
}

/** One index per manager with at least one report in the assessment; "no manager" last. */
export function buildManagerIndexes(
  assessment: Assessment,
  people: readonly PersonRecord[],
): ManagerIndexModel[] {
  const names = new Map(people.map((p) => [p.person_id, p.name]));
  const groups = new Map<string | null, PersonResult[]>();
  for (const e of assessment.people) {
    const key = e.manager_id === null || e.manager_id === "" ? null : e.manager_id;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const models = [...groups.entries()].map(([id, entries]): ManagerIndexModel => {
    const evaluated = entries.filter((e) => e.status === "adopted" || e.status === "not_adopted");
    return {
      manager_id: id,
      manager_name: id === null ? null : (names.get(id) ?? null),
      file: paths.manager(id),
      as_of: assessment.as_of,
      window: assessment.window,
      reports: rowsOf(entries),
      evaluated: evaluated.length,
      adopted: evaluated.filter((e) => e.status === "adopted").length,
    };
  });
  const key = (m: ManagerIndexModel) => ({
    name: m.manager_name ?? m.manager_id ?? "",
    id: m.manager_id ?? "",
  });
  return models.sort((a, b) => {
    if ((a.manager_id === null) !== (b.manager_id === null)) return a.manager_id === null ? 1 : -1;
    return byName(key(a), key(b));
  });
}
