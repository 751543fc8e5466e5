// Whether the holiday library knows a country (and state, and region), so
// that "UK" (for GB) is caught when the config is read, with its path and
// line, instead of when the first assessment runs. The library's data is
// large: it is loaded only when a config names a country.

import { createRequire } from "node:module";
import type Holidays from "date-holidays";
import { closest } from "./suggest.js";

let library: Holidays | undefined;

function holidays(): Holidays {
  if (!library) {
    const require = createRequire(import.meta.url);
    const HolidaysClass = require("date-holidays") as typeof Holidays;
    library = new HolidaysClass();
  }
  return library;
}

/** Common names that are not the ISO code. */
const ALIASES: Record<string, string> = { UK: "GB", EN: "GB" };

export interface RegionProblem {
  expected: string;
  suggestion?: string;
}

/** null when `code` ("US", "de-by", "DE-BY-A") is known, else what was expected. */
export function holidayRegionProblem(code: string): RegionProblem | null {
  const [country = "", state, region] = code.toUpperCase().split("-");
  const countries = Object.keys(holidays().getCountries());
  if (!countries.includes(country)) {
    const rest = code.slice(country.length).toUpperCase();
    return withSuggestion(
      "expected a country code the holiday calendar knows, such as US, GB or DE-BY",
      ALIASES[country] ?? closest(country, countries),
      (s) => `${s}${rest}`,
    );
  }
  if (state === undefined) return null;
  const problem = partProblem(country, state, Object.keys(holidays().getStates(country) ?? {}));
  if (problem || region === undefined) return problem;
  const regions = Object.keys(holidays().getRegions(country, state) ?? {});
  return partProblem(`${country}-${state}`, region, regions);
}

function partProblem(parent: string, part: string, known: string[]): RegionProblem | null {
  if (known.includes(part)) return null;
  if (known.length === 0) {
    return {
      expected: `expected ${parent} alone (the holiday calendar has no subdivisions of it)`,
    };
  }
  return withSuggestion(
    `expected a subdivision of ${parent} the holiday calendar knows (${known.join(", ")})`,
    closest(part, known),
    (s) => `${parent}-${s}`,
  );
}

function withSuggestion(
  expected: string,
  suggestion: string | undefined,
  spell: (s: string) => string,
): RegionProblem {
  return suggestion === undefined ? { expected } : { expected, suggestion: spell(suggestion) };
}
