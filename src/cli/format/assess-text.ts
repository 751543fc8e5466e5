import type { Assessment, GroupSummary, PersonResult } from "../../core/types.js";
import { measureWords } from "../../format/words.js";
import { num, pct, scorePct } from "./numbers.js";
import { table } from "./table.js";

function summaryRow(label: string, s: GroupSummary): string[] {
  return [
    label,
    String(s.people),
    String(s.evaluated),
    String(s.adopted),
    pct(s.adoption_rate),
    pct(s.login_rate),
    String(s.logged_in_not_adopted),
  ];
}

function targetCells(p: PersonResult): string {
  return p.targets
    .map(
      (t) =>
        `${num(t.per_day)}/${num(t.target, t.target % 1 === 0 ? 0 : 1)} ${measureWords(t.activity, t.measure)}`,
    )
    .join(", ");
}

/** Nearest to target first: the coaching list, not a ranking of shame. */
export function notAdoptedByPersona(a: Assessment): Map<string, PersonResult[]> {
  const byPersona = new Map<string, PersonResult[]>();
  for (const p of a.people) {
    if (p.status !== "not_adopted") continue;
    const list = byPersona.get(p.persona) ?? [];
    list.push(p);
    byPersona.set(p.persona, list);
  }
  for (const list of byPersona.values()) {
    list.sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.person_id.localeCompare(y.person_id));
  }
  return byPersona;
}

export function formatAssessment(a: Assessment): string {
  const out: string[] = [];
  out.push(
    `Adoption as of ${a.as_of}: window ${a.window.from} to ${a.window.to} (${a.timezone})`,
    "",
    table(
      [
        "persona",
        "people",
        "evaluated",
        "adopted",
        "adoption",
        "login rate",
        "logged in, not adopted",
      ],
      [...a.personas.map((s) => summaryRow(s.label, s)), summaryRow("all", a.overall)],
    ),
  );
  if (a.overall.people === 0) {
    out.push(
      "",
      "Nobody held a persona in this window. Import people (uptake import people FILE) with a persona",
      "column or roles, check the window in uptake.yml, or try `uptake demo` to see a whole organisation.",
    );
  }
  const labels = new Map(a.personas.map((s) => [s.persona, s.label]));
  const lists = notAdoptedByPersona(a);
  if (lists.size > 0) out.push("", "Not adopted, nearest to target first:");
  for (const [persona, people] of lists) {
    out.push(
      "",
      `${labels.get(persona) ?? persona} (${people.length})`,
      table(
        ["person", "name", "team", "score", "per day vs target", "logins"],
        people.map((p) => [
          p.person_id,
          p.name,
          p.team ?? "",
          scorePct(p.score),
          targetCells(p),
          `${p.login_days}/${p.eligible_days} days`,
        ]),
        "lllrlr",
      ),
    );
  }
  const insufficient = a.people.filter((p) => p.status === "insufficient_days").length;
  if (insufficient > 0) {
    out.push(
      "",
      `${insufficient} people had too few eligible days to be evaluated (see uptake explain).`,
    );
  }
  return `${out.join("\n")}\n`;
}
