// The browser tests' workspace: the demo organisation, plus one SDR whose name
// and team are markup, working just under target so the report names them.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { eachDay, isoWeekday } from "../../src/core/dates.js";
import { type CliRun, uptake } from "../e2e/cli.js";

export const AS_OF = "2026-04-02";
export const HOSTILE_NAME = "<script>alert(1)</script>";
export const HOSTILE_TEAM = "<img src=x onerror=alert(2)>";
const HOSTILE_ID = "X0001";

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\n")}\n`;
}

export async function ok(args: string[], cwd: string): Promise<CliRun> {
  const run = await uptake(args, cwd);
  expect(run.stderr, args.join(" ")).toBe("");
  expect(run.code, args.join(" ")).toBe(0);
  return run;
}

/** Writes and imports the hostile person into the demo workspace in `dir`. */
export async function addHostilePerson(dir: string): Promise<void> {
  // 18 emails each weekday of Q1 2026 against a target of 20: within 20% of it.
  const weekdays = eachDay({ from: "2026-01-01", to: "2026-03-31" }).filter(
    (d) => isoWeekday(d) <= 5,
  );
  // Five in the hostile team: a team under the privacy minimum would not be shown.
  const ids = [HOSTILE_ID, "X0002", "X0003", "X0004", "X0005"];
  const people = [
    ["person_id", "name", "email", "manager_id", "team", "persona", "start_date", "end_date"],
    ...ids.map((id) => [
      id,
      id === HOSTILE_ID ? HOSTILE_NAME : `Colleague ${id}`,
      "",
      "",
      HOSTILE_TEAM,
      "sdr",
      "2024-01-02",
      "",
    ]),
  ];
  const activities = [["event_id", "source", "person_id", "activity_type", "occurred_at"]];
  const logins = [["person_id", "occurred_at", "source"]];
  for (const id of ids) {
    for (const day of weekdays) {
      for (let i = 0; i < 18; i++) {
        const minute = String(i).padStart(2, "0");
        activities.push([`${id}-${day}-${i}`, "test", id, "email_sent", `${day}T15:${minute}:00Z`]);
      }
      logins.push([id, `${day}T14:00:00Z`, "test"]);
    }
  }
  const files = { people, activities, logins };
  for (const [kind, rows] of Object.entries(files)) {
    writeFileSync(join(dir, `hostile-${kind}.csv`), csv(rows));
    await ok(["import", kind, `hostile-${kind}.csv`], dir);
  }
}
