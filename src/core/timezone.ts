// Instant -> day in the organisation's time zone. The engines do this in SQL;
// this copy serves tests and the core itself, and must agree with them.

import { UsageError } from "../errors.js";
import type { Day } from "./types.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: tz,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
    } catch {
      throw new UsageError(
        `Unknown time zone "${tz}": use an IANA name such as "UTC", "Europe/Berlin" or "America/New_York".`,
      );
    }
    formatters.set(tz, f);
  }
  return f;
}

/** True when Intl knows the IANA time zone name. */
export function isTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day an instant falls on in `tz`. A timestamp without an offset is UTC
 * (DESIGN: "imported timestamps without an offset are UTC"), never the
 * machine's local time, which is what `new Date()` would assume. A bare date is
 * already a day and is returned as is.
 */
export function dayInZone(instantIso: string, tz: string): Day {
  const text = instantIso.trim();
  const formatter = formatterFor(tz);
  if (DATE_ONLY.test(text)) return text;
  const normalised = text.replace(" ", "T");
  const ms = Date.parse(HAS_OFFSET.test(normalised) ? normalised : `${normalised}Z`);
  if (Number.isNaN(ms)) throw new UsageError(`Not a timestamp: ${JSON.stringify(instantIso)}`);
  const parts = formatter.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
