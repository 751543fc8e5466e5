// Whether the holiday library knows a country or region, so that "UK" (for
// GB) does not silently give a calendar without holidays. The library's data
// is large: it is loaded only when a config names a country.

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

/** null when `code` ("US", "DE-BY") is known, else what was expected and a suggestion. */
export function holidayRegionProblem(
  code: string,
): { expected: string; suggestion?: string } | null {
  const [country = "", region] = code.split("-");
  const countries = Object.keys(holidays().getCountries());
  if (!countries.includes(country)) {
    const suggestion = ALIASES[country] ?? closest(country, countries);
    return {
      expected: "expected a country code the holiday calendar knows, such as US, GB or DE-BY",
      ...(suggestion === undefined
        ? {}
        : { suggestion: region ? `${suggestion}-${region}` : suggestion }),
    };
  }
  if (region === undefined) return null;
  const regions = Object.keys(holidays().getStates(country) ?? {});
  if (regions.includes(region)) return null;
  if (regions.length === 0) {
    return {
      expected: `expected ${country} without a region (the holiday calendar has none for it)`,
    };
  }
  const suggestion = closest(region, regions);
  return {
    expected: `expected a region of ${country} the holiday calendar knows (${regions.join(", ")})`,
    ...(suggestion === undefined ? {} : { suggestion: `${country}-${suggestion}` }),
  };
}
