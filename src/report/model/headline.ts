// The headline: logins against adoption, overall and per persona. The login
// rate is what most tools report; the contrast with adoption is the point.

import type { Assessment, GroupSummary } from "../../core/types.js";
import { count, percent } from "../html/format.js";
import { type Figure, figure, paths } from "./figure.js";

export interface SummaryFigures {
  people: Figure;
  evaluated: Figure;
  adopted: Figure;
  adoptionRate: Figure;
  loginRate: Figure;
  loggedInNotAdopted: Figure;
}

export interface PersonaHeadline extends SummaryFigures {
  persona: string;
  label: string;
  /** False for personas found in the data without a definition. */
  defined: boolean;
}

export interface Headline {
  overall: SummaryFigures;
  personas: PersonaHeadline[];
}

function summaryFigures(s: GroupSummary, path: (field: string) => string): SummaryFigures {
  return {
    people: figure(path("people"), s.people, count(s.people)),
    evaluated: figure(path("evaluated"), s.evaluated, count(s.evaluated)),
    adopted: figure(path("adopted"), s.adopted, count(s.adopted)),
    adoptionRate: figure(path("adoption_rate"), s.adoption_rate, percent(s.adoption_rate)),
    loginRate: figure(path("login_rate"), s.login_rate, percent(s.login_rate)),
    loggedInNotAdopted: figure(
      path("logged_in_not_adopted"),
      s.logged_in_not_adopted,
      count(s.logged_in_not_adopted),
    ),
  };
}

export function headlineModel(a: Assessment, definedPersonas: ReadonlySet<string>): Headline {
  return {
    overall: summaryFigures(a.overall, paths.overall),
    personas: a.personas.map((p) => ({
      persona: p.persona,
      label: p.label,
      defined: definedPersonas.has(p.persona),
      ...summaryFigures(p, (field) => paths.persona(p.persona, field)),
    })),
  };
}
