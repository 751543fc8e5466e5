// One person in one persona: eligibility, measures, status, logins and
// outcomes, all over the same window.

import type { CoreContext } from "./context.js";
import { personDays } from "./context.js";
import { type Eligibility, eligibility } from "./eligibility.js";
import { evaluate } from "./evaluate.js";
import { isRegularUser, loginDays } from "./logins.js";
import { quotaAttainment, quotaIn, revenueIn } from "./outcomes.js";
import { teamOn } from "./roles.js";
import type { PersonRecord, PersonResult } from "./types.js";

export interface PersonPersona {
  result: PersonResult;
  eligibility: Eligibility;
}

export function assessPersonPersona(
  ctx: CoreContext,
  person: PersonRecord,
  persona: string,
): PersonPersona {
  const p = personDays(ctx, person);
  const el = eligibility(p, persona, ctx.window, ctx.calendar, ctx.method.eligibility.ramp_days);
  const evaluation = evaluate(
    ctx.personas.get(persona),
    ctx.activity.get(person.person_id) ?? [],
    new Set(el.measure),
    el.eligible.length,
    ctx.method.eligibility.min_eligible_days,
  );
  const logins = loginDays(el.eligible, ctx.logins.get(person.person_id) ?? new Set());
  const revenue = revenueIn(ctx.revenue.get(person.person_id) ?? [], ctx.window);
  const quota = quotaIn(ctx.quotas.get(person.person_id) ?? [], ctx.window);
  // The team as of the last day in W the person held this persona: where they ended up.
  const lastHeld = [...el.days]
    .reverse()
    .find(
      (d) =>
        d.reason !== "before_start" && d.reason !== "after_end" && d.reason !== "other_persona",
    );
  const team = lastHeld ? teamOn(person, p.roles, lastHeld.day) : person.team;
  return {
    eligibility: el,
    result: {
      person_id: person.person_id,
      name: person.name,
      team,
      manager_id: person.manager_id,
      persona,
      status: evaluation.status,
      eligible_days: el.eligible.length,
      score: evaluation.score,
      login_days: logins,
      regular_user: isRegularUser(logins, el.eligible.length),
      targets: evaluation.targets,
      revenue,
      quota,
      quota_attainment: quotaAttainment(revenue, quota),
    },
  };
}
