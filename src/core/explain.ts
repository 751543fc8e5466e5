// Every number can be explained: for one person, each day of the window that
// was not eligible and why, the measures and the comparison. Built from the same
// context and functions as assess, so the two always agree.

import { UsageError } from "../errors.js";
import { buildContext, personasHeld } from "./context.js";
import { INELIGIBLE_REASONS } from "./eligibility.js";
import { assessPersonPersona } from "./person-result.js";
import type {
  AssessInput,
  Day,
  Explanation,
  IneligibleReason,
  MethodConfig,
  PersonaExplanation,
  PersonRecord,
} from "./types.js";

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Up to five people whose id, name or email resemble the query. */
export function closestPeople(people: readonly PersonRecord[], query: string): PersonRecord[] {
  const q = query.toLowerCase();
  const scored = people.map((p) => {
    const keys = [p.person_id, p.name, p.email ?? ""]
      .map((k) => k.toLowerCase())
      .filter((k) => k !== "");
    const contains = keys.some((k) => k.includes(q) || (k.length > 0 && q.includes(k)));
    const best = Math.min(...keys.map((k) => distance(q, k)));
    return { p, score: contains ? 0 : best, limit: Math.max(2, Math.floor(q.length / 3)) };
  });
  return scored
    .filter((s) => s.score <= s.limit)
    .sort((a, b) => a.score - b.score || (a.p.person_id < b.p.person_id ? -1 : 1))
    .slice(0, 5)
    .map((s) => s.p);
}

/** By person_id; failing that, a unique case-insensitive match on email or name. */
export function findPerson(people: readonly PersonRecord[], query: string): PersonRecord {
  const exact = people.find((p) => p.person_id === query);
  if (exact) return exact;
  const q = query.trim().toLowerCase();
  const loose = people.filter(
    (p) =>
      p.person_id.toLowerCase() === q || p.email?.toLowerCase() === q || p.name.toLowerCase() === q,
  );
  if (loose.length === 1 && loose[0]) return loose[0];
  const near = loose.length > 1 ? loose : closestPeople(people, query);
  const hint =
    near.length > 0
      ? ` Did you mean: ${near.map((p) => `${p.person_id} (${p.name})`).join(", ")}?`
      : "";
  const what = loose.length > 1 ? "matches several people" : "is not a known person";
  throw new UsageError(`"${query}" ${what}.${hint}`);
}

function emptyReasons(): Record<IneligibleReason, Day[]> {
  return Object.fromEntries(INELIGIBLE_REASONS.map((r) => [r, [] as Day[]])) as Record<
    IneligibleReason,
    Day[]
  >;
}

/**
 * One person over the window, per persona held in it (or only `persona`, which
 * may be one they never held: every day then shows as other_persona).
 */
export function explainCore(
  input: AssessInput,
  method: MethodConfig,
  asOf: Day,
  personId: string,
  persona?: string,
): Explanation {
  const person = findPerson(input.people, personId);
  const ctx = buildContext(input, method, asOf);
  const held = personasHeld(ctx, person);
  if (persona !== undefined && !ctx.personas.has(persona) && !held.includes(persona)) {
    const known = method.personas.map((p) => p.id).join(", ") || "(none)";
    throw new UsageError(`Unknown persona "${persona}". Configured personas: ${known}.`);
  }
  const order = new Map(method.personas.map((p, i) => [p.id, i]));
  const ids = persona !== undefined ? [persona] : held;
  ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1));

  const personas: PersonaExplanation[] = ids.map((id) => {
    const { result, eligibility } = assessPersonPersona(ctx, person, id);
    const ineligible = emptyReasons();
    for (const d of eligibility.days) if (d.reason !== null) ineligible[d.reason].push(d.day);
    const def = ctx.personas.get(id);
    return {
      persona: id,
      label: def?.label ?? id,
      status: result.status,
      eligible_days: result.eligible_days,
      ineligible,
      targets: result.targets,
      score: result.score,
      rule: def?.rule ?? "all",
      min_eligible_days: method.eligibility.min_eligible_days,
      login_days: result.login_days,
      regular_user: result.regular_user,
    };
  });
  return { as_of: asOf, window: ctx.window, person, personas };
}
