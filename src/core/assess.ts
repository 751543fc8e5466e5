// The whole method over one window: every person in every persona they held,
// the summaries, the Adoption Gap and the quality flags.

import { UsageError } from "../errors.js";
import { buildContext, type CoreContext, personaOrder, personasHeld, presence } from "./context.js";
import { qualityFlags } from "./flags.js";
import { computeGaps } from "./gap.js";
import { loginRate } from "./logins.js";
import { assessPersonPersona } from "./person-result.js";
import type {
  AssessInput,
  Assessment,
  Day,
  GroupSummary,
  MethodConfig,
  PersonaSummary,
  PersonResult,
} from "./types.js";

export interface AssessOptions {
  /** Restrict people, personas, gap and flags to this configured persona. */
  persona?: string;
}

export function checkPersona(method: MethodConfig, persona: string): void {
  if (!method.personas.some((p) => p.id === persona)) {
    const known = method.personas.map((p) => p.id).join(", ") || "(none)";
    throw new UsageError(`Unknown persona "${persona}". Configured personas: ${known}.`);
  }
}

/** Person entries for every (person, persona held in W), in persona then person_id order. */
export function personResults(ctx: CoreContext, only?: string): PersonResult[] {
  const entries: PersonResult[] = [];
  for (const person of ctx.people) {
    for (const persona of personasHeld(ctx, person)) {
      if (only !== undefined && persona !== only) continue;
      entries.push(assessPersonPersona(ctx, person, persona).result);
    }
  }
  const order = personaOrder(
    ctx,
    entries.map((e) => e.persona),
  );
  const rank = new Map(order.map((p, i) => [p, i]));
  return entries.sort(
    (a, b) =>
      (rank.get(a.persona) ?? 0) - (rank.get(b.persona) ?? 0) ||
      (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0),
  );
}

export function summarize(
  entries: readonly PersonResult[],
  login_rate: number | null,
): GroupSummary {
  const evaluated = entries.filter((e) => e.status === "adopted" || e.status === "not_adopted");
  const adopted = evaluated.filter((e) => e.status === "adopted").length;
  return {
    people: entries.length,
    evaluated: evaluated.length,
    adopted,
    adoption_rate: evaluated.length > 0 ? adopted / evaluated.length : null,
    login_rate,
    logged_in_not_adopted: evaluated.filter((e) => e.regular_user && e.status === "not_adopted")
      .length,
  };
}

export function assessCore(
  input: AssessInput,
  method: MethodConfig,
  asOf: Day,
  options: AssessOptions = {},
): Assessment {
  if (options.persona !== undefined) checkPersona(method, options.persona);
  const ctx = buildContext(input, method, asOf);
  const people = personResults(ctx, options.persona);

  const present = presence(ctx);
  const loggedIn = (id: string, day: Day) => ctx.logins.get(id)?.has(day) ?? false;
  const rateFor = (persona: string | undefined) =>
    loginRate(
      ctx.workingDays,
      (day) =>
        (present.get(day) ?? [])
          .filter((p) => persona === undefined || p.persona === persona)
          .map((p) => p.id),
      loggedIn,
    );

  const ids =
    options.persona !== undefined
      ? [options.persona]
      : personaOrder(
          ctx,
          people.map((p) => p.persona),
        );
  const personas: PersonaSummary[] = ids.map((id) => ({
    persona: id,
    label: ctx.personas.get(id)?.label ?? id,
    ...summarize(
      people.filter((p) => p.persona === id),
      rateFor(id),
    ),
  }));

  // With a persona filter the gap and flags see only that persona's definition.
  const scoped: MethodConfig =
    options.persona === undefined
      ? method
      : { ...method, personas: method.personas.filter((p) => p.id === options.persona) };
  const gap = computeGaps(people, scoped).filter(
    (g) => options.persona === undefined || g.persona === options.persona,
  );
  const flags = qualityFlags(people, gap, scoped);

  return {
    as_of: asOf,
    window: ctx.window,
    timezone: method.timezone,
    overall: summarize(people, rateFor(options.persona)),
    personas,
    people,
    gap,
    flags,
  };
}
