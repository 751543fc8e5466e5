// Public holidays from the date-holidays library plus the organisation's own
// dates. Only type "public" counts: bank, school and observance days (Valentine's
// Day, Advent Sundays) are working days for a sales team.

import Holidays from "date-holidays";
import { UsageError } from "../errors.js";
import { addDays, inRange } from "./dates.js";
import type { Day, DayRange } from "./types.js";

const libraries = new Map<string, Holidays>();
const byYear = new Map<string, Day[]>();

function closeMatches(code: string, known: Record<string, string>): string {
  const wanted = code.toUpperCase();
  if (wanted === "UK") return ' The United Kingdom is "GB" (or "GB-ENG", "GB-SCT", ...).';
  const hits = Object.entries(known)
    .filter(([k, name]) => k.startsWith(wanted.slice(0, 1)) || name.toUpperCase().includes(wanted))
    .slice(0, 8)
    .map(([k, name]) => `${k} (${name})`);
  return hits.length > 0 ? ` Known codes starting alike: ${hits.join(", ")}.` : "";
}

/** "US", "GB-SCT", "DE-BY" or "DE-BY-A" (country-state-region), case-insensitive. */
function libraryFor(code: string): Holidays {
  const key = code.trim().toUpperCase();
  const cached = libraries.get(key);
  if (cached) return cached;
  const [country = "", state, region, ...rest] = key.split("-");
  const probe = new Holidays();
  const countries = probe.getCountries("en");
  const example =
    'Use an ISO 3166 code such as "US", "GB", "DE-BY" (country-state) or "DE-BY-A" (with region).';
  if (rest.length > 0 || !(country in countries)) {
    throw new UsageError(
      `Unknown holiday country "${code}". ${example}${closeMatches(country, countries)}`,
    );
  }
  if (state !== undefined) {
    const states = probe.getStates(country, "en") ?? {};
    if (!(state in states)) {
      const list = Object.keys(states);
      throw new UsageError(
        `Unknown state "${state}" for holiday country ${country} in "${code}". ` +
          (list.length > 0
            ? `Known states: ${list.join(", ")}.`
            : `${country} has no states: use "${country}".`),
      );
    }
    if (region !== undefined) {
      const regions = probe.getRegions(country, state, "en") ?? {};
      if (!(region in regions)) {
        const list = Object.keys(regions);
        throw new UsageError(
          `Unknown region "${region}" for ${country}-${state} in "${code}". ` +
            (list.length > 0 ? `Known regions: ${list.join(", ")}.` : `Use "${country}-${state}".`),
        );
      }
    }
  }
  const lib =
    state === undefined
      ? new Holidays(country)
      : region === undefined
        ? new Holidays(country, state)
        : new Holidays(country, state, region);
  libraries.set(key, lib);
  return lib;
}

/** Public holiday days of one calendar year, in the country's own calendar. */
function publicHolidays(code: string, year: number): Day[] {
  const key = `${code.trim().toUpperCase()}|${year}`;
  const cached = byYear.get(key);
  if (cached) return cached;
  const days: Day[] = [];
  for (const h of libraryFor(code).getHolidays(year)) {
    if (h.type !== "public") continue;
    // `date` is the local start day; some holidays last several days (Eid: 3).
    const first = h.date.slice(0, 10);
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < length; i++) days.push(addDays(first, i));
  }
  byYear.set(key, days);
  return days;
}

/** Throws UsageError unless date-holidays knows the code. */
export function checkHolidayCountry(code: string): void {
  libraryFor(code);
}

/** Holidays within `range`: the country's public holidays plus the explicit dates. */
export function holidaysIn(range: DayRange, country: string | null, dates: Day[]): Set<Day> {
  const result = new Set<Day>();
  if (country !== null && country.trim() !== "") {
    const first = Number(range.from.slice(0, 4));
    const last = Number(range.to.slice(0, 4));
    // The year before too: a multi-day holiday may start in late December.
    for (let year = first - 1; year <= last; year++) {
      for (const day of publicHolidays(country, year)) if (inRange(day, range)) result.add(day);
    }
  }
  for (const day of dates) if (inRange(day, range)) result.add(day);
  return result;
}
