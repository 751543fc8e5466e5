// Time zones are checked with the runtime's own Intl data, the same data the
// core uses to turn instants into days, so a zone that passes here works there.

/** True for an IANA time zone name the runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  // Intl also accepts offsets such as "+01:00", which have no daylight saving
  // rules: not a place, so not what `timezone` means.
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every zone name the runtime lists, for "did you mean" suggestions. */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}
