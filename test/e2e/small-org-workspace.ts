import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { uptake } from "./cli.js";
import { ABSENCES, ACTIVITIES, CONFIG, LOGINS, OPPORTUNITIES, PEOPLE, ROLES } from "./small-org.js";

/** People first, so that nothing is reported as belonging to an unknown person. */
export const SMALL_ORG_FILES = {
  people: PEOPLE,
  roles: ROLES,
  absences: ABSENCES,
  opportunities: OPPORTUNITIES,
  logins: LOGINS,
  activities: ACTIVITIES,
} as const;

export type SmallOrgKind = keyof typeof SMALL_ORG_FILES;

/** Writes the hand-worked organisation into `dir` and imports it with the built CLI. */
export async function importSmallOrg(dir: string): Promise<void> {
  writeFileSync(join(dir, "uptake.yml"), CONFIG);
  for (const [kind, text] of Object.entries(SMALL_ORG_FILES)) {
    writeFileSync(join(dir, `${kind}.csv`), text);
    const run = await uptake(["import", kind, `${kind}.csv`], dir);
    if (run.code !== 0 || run.stderr !== "") {
      throw new Error(`import ${kind} exited ${run.code}: ${run.stderr}`);
    }
  }
}
