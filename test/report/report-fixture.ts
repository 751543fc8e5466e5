// A small organisation worked out by hand for the report's pure tests: 17
// SDRs whose emails per day and revenue rise together (a computed gap), one
// far above target with no revenue (a quality flag), three AEs (too few for a
// gap) and a person whose name and team are hostile markup.

import type { AssessmentContext } from "../../src/app/context.js";
import type { Config } from "../../src/config/config.js";
import { assessCore } from "../../src/core/assess.js";
import type { DailyActivity, LoginDay, RevenueDay } from "../../src/core/types.js";
import { previousWindow, resolveWindow } from "../../src/core/window.js";
import type { Sources } from "../../src/store/sources.js";
import { AS_OF, daily, input, method, person, role, weekdays } from "../core/fixtures.js";

export const HOSTILE = "<script>alert(1)</script>";
export const HOSTILE_TEAM = `<b>Team & "Co"</b>`;

const WINDOW = { from: "2026-03-02", to: "2026-03-13" };
const PREVIOUS = { from: "2026-02-18", to: "2026-03-01" };

function sdrs() {
  const people = [];
  const roles = [];
  const activity: DailyActivity[] = [];
  const revenue: RevenueDay[] = [];
  const logins: LoginDay[] = [];
  for (let i = 1; i <= 17; i++) {
    const id = `s${String(i).padStart(2, "0")}`;
    people.push(
      person(id, {
        // s05 is within 20% of target: the report names them in "where to look".
        name: i === 5 ? HOSTILE : `Seller ${i}`,
        // Five in the hostile team: enough to be shown by team.
        team: i >= 12 && i <= 16 ? HOSTILE_TEAM : i % 2 === 0 ? "East" : "West",
      }),
    );
    roles.push(role(id, "sdr"));
    // s01 10/day ... s16 40/day; s17 70/day, far above the target of 20.
    const perDay = i === 17 ? 70 : 8 + 2 * i;
    activity.push(...daily(id, weekdays(PREVIOUS.from, WINDOW.to), "email_sent", perDay));
    if (i !== 17) revenue.push({ person_id: id, day: "2026-03-10", amount: 1000 * i });
    // Everyone logs in on every weekday of the window except s01 (never).
    if (i !== 1)
      for (const day of weekdays(WINDOW.from, WINDOW.to)) logins.push({ person_id: id, day });
  }
  return { people, roles, activity, revenue, logins };
}

function aes() {
  const ids = ["a1", "a2", "a3"];
  return {
    people: ids.map((id) => person(id, { name: `Closer ${id}`, team: "North" })),
    roles: ids.map((id) => role(id, "ae")),
    activity: ids.flatMap((id) => daily(id, weekdays(WINDOW.from, WINDOW.to), "email_sent", 12)),
  };
}

export function fixtureContext(): AssessmentContext {
  const m = method({ window: { kind: "explicit", ...WINDOW } });
  const config: Config = {
    ...m,
    database: "/nowhere/uptake.duckdb",
    source: { path: "/org/uptake.yml", text: "", hash: "0123456789abcdef".repeat(4) },
  };
  const s = sdrs();
  const a = aes();
  const data = input({
    people: [...s.people, ...a.people],
    roles: [...s.roles, ...a.roles],
    activity: [...s.activity, ...a.activity],
    revenue: s.revenue,
    logins: s.logins,
  });
  const sources: Sources = {
    tables: {
      people: 20,
      roles: 20,
      activities: 5000,
      logins: 160,
      absences: 0,
      opportunities: 16,
      quotas: 0,
    } as Sources["tables"],
    activityDays: { from: PREVIOUS.from, to: WINDOW.to },
    imports: [
      {
        id: 1,
        kind: "people",
        files: ["/data/in/people.csv"],
        rows: 20,
        rejected: 1,
        at: "2026-03-20T09:30:12.000Z",
      },
    ],
    schemaVersion: 1,
    rollupTimezone: "UTC",
  };
  const window = resolveWindow(config.window, AS_OF, config.fiscal_year_start_month);
  return {
    config,
    asOf: AS_OF,
    window,
    previous: previousWindow(window, config.window),
    input: data,
    assessment: assessCore(data, config, AS_OF),
    sources,
  };
}
