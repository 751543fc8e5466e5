import { describe, expect, it } from "vitest";
import { dayInZone, isTimeZone } from "../../src/core/timezone.js";
import { UsageError } from "../../src/errors.js";

describe("dayInZone", () => {
  it("puts an early-morning UTC instant on the previous day in New York", () => {
    expect(dayInZone("2026-03-10T03:30:00Z", "America/New_York")).toBe("2026-03-09");
    expect(dayInZone("2026-03-10T03:30:00Z", "UTC")).toBe("2026-03-10");
    expect(dayInZone("2026-03-09T18:30:00Z", "Asia/Kolkata")).toBe("2026-03-10");
    expect(dayInZone("2026-03-09T18:29:59Z", "Asia/Kolkata")).toBe("2026-03-09");
  });

  it("follows daylight saving time: midnight moves from 05:00Z to 04:00Z on 2026-03-08", () => {
    // EST (UTC-5) before the change, EDT (UTC-4) after.
    expect(dayInZone("2026-03-08T04:59:59Z", "America/New_York")).toBe("2026-03-07");
    expect(dayInZone("2026-03-08T05:00:00Z", "America/New_York")).toBe("2026-03-08");
    expect(dayInZone("2026-03-09T03:59:59Z", "America/New_York")).toBe("2026-03-08");
    expect(dayInZone("2026-03-09T04:00:00Z", "America/New_York")).toBe("2026-03-09");
    // Back to EST on 2026-11-01: 04:30Z on the 2nd is still the 1st.
    expect(dayInZone("2026-11-02T04:30:00Z", "America/New_York")).toBe("2026-11-01");
    // Berlin moves to CEST (UTC+2) on 2026-03-29.
    expect(dayInZone("2026-03-28T23:30:00Z", "Europe/Berlin")).toBe("2026-03-29");
    expect(dayInZone("2026-03-29T22:30:00Z", "Europe/Berlin")).toBe("2026-03-30");
  });

  it("reads timestamps without an offset as UTC, never local time", () => {
    expect(dayInZone("2026-03-10 03:30:00", "America/New_York")).toBe("2026-03-09");
    expect(dayInZone("2026-03-10T03:30:00", "America/New_York")).toBe("2026-03-09");
    expect(dayInZone("2026-03-10T03:30:00+05:00", "UTC")).toBe("2026-03-09");
    expect(dayInZone("2026-03-10", "Pacific/Auckland")).toBe("2026-03-10");
  });

  it("rejects unknown zones and non-timestamps", () => {
    expect(() => dayInZone("2026-03-10T03:30:00Z", "Mars/Olympus")).toThrow(UsageError);
    expect(() => dayInZone("yesterday", "UTC")).toThrow(UsageError);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
  });
});
