// Test support: turns demo records into the core's AssessInput the way an
// importer would (instants to New York days, a daily rollup), so that the tests
// can check what the demo is for: the numbers `uptake assess` will show.

import type { AssessInput, DailyActivity, LoginDay, RevenueDay } from "../../src/core/types.js";
import type { DemoData } from "../../src/demo/index.js";
import { nyDay } from "./fixture.js";

export function demoInput(data: DemoData): AssessInput {
  const rollup = new Map<string, DailyActivity & { subjects: Set<string> }>();
  for (const a of data.activities) {
    const day = nyDay(a.occurred_at as string);
    const key = `${a.person_id}|${day}|${a.activity_type}`;
    let row = rollup.get(key);
    if (!row) {
      row = {
        person_id: a.person_id as string,
        day,
        activity_type: a.activity_type as string,
        n: 0,
        distinct_subjects: 0,
        subjects: new Set(),
      };
      rollup.set(key, row);
    }
    row.n++;
    if (a.subject_id !== null) row.subjects.add(a.subject_id);
  }
  const activity: DailyActivity[] = [...rollup.values()].map(({ subjects, ...row }) => ({
    ...row,
    distinct_subjects: subjects.size,
  }));
  const loginKeys = new Set(
    data.logins.map((l) => `${l.person_id}|${nyDay(l.occurred_at as string)}`),
  );
  const logins: LoginDay[] = [...loginKeys].map((k) => {
    const [person_id = "", day = ""] = k.split("|");
    return { person_id, day };
  });
  const revenue: RevenueDay[] = data.opportunities
    .filter((o) => o.is_won === "true")
    .map((o) => ({
      person_id: o.owner_id as string,
      day: o.close_date as string,
      amount: Number(o.amount),
    }));
  return {
    people: data.people.map((p) => ({
      person_id: p.person_id as string,
      name: p.name as string,
      email: p.email,
      manager_id: p.manager_id,
      team: p.team,
      start_date: p.start_date,
      end_date: p.end_date,
    })),
    roles: data.roles.map((r) => ({
      person_id: r.person_id as string,
      persona: r.persona as string,
      team: r.team,
      valid_from: r.valid_from,
      valid_to: r.valid_to,
    })),
    absences: data.absences.map((a) => ({
      person_id: a.person_id as string,
      from: a.from as string,
      to: a.to as string,
      kind: a.kind as string,
    })),
    activity,
    logins,
    revenue,
    quotas: data.quotas.map((q) => ({
      person_id: q.person_id as string,
      from: q.from as string,
      to: q.to as string,
      amount: Number(q.amount),
    })),
  };
}
