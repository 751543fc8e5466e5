import { UsageError } from "../errors.js";

/** Throws a UsageError unless `tz` is an IANA time zone name. */
export function checkTimeZone(tz: string, what: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    throw new UsageError(
      `${what}: unknown time zone "${tz}"; expected an IANA name such as Europe/Berlin`,
    );
  }
}
