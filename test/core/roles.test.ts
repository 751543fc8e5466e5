import { describe, expect, it } from "vitest";
import { personaOn, roleOn, teamOn } from "../../src/core/roles.js";
import { person, role } from "./fixtures.js";

describe("roles", () => {
  const promoted = [
    role("p1", "sdr", "2025-06-01", "2026-03-06", "outbound"),
    role("p1", "ae", "2026-03-07", null),
  ];

  it("gives the persona whose inclusive bounds contain the day", () => {
    expect(personaOn(promoted, "2026-03-06")).toBe("sdr");
    expect(personaOn(promoted, "2026-03-07")).toBe("ae");
    expect(personaOn(promoted, "2025-05-31")).toBeNull();
    expect(personaOn([role("p1", "csm")], "1999-01-01")).toBe("csm");
  });

  it("lets the latest valid_from win when rows overlap", () => {
    const overlapping = [
      role("p1", "sdr", null, null),
      role("p1", "ae", "2026-03-05", null),
      role("p1", "csm", "2026-01-01", null),
    ];
    expect(personaOn(overlapping, "2026-03-04")).toBe("csm");
    expect(personaOn(overlapping, "2026-03-05")).toBe("ae");
    expect(personaOn(overlapping, "2025-12-31")).toBe("sdr");
    // Equal starts: the later row.
    expect(
      roleOn([role("p1", "sdr", "2026-01-01"), role("p1", "ae", "2026-01-01")], "2026-02-01")
        ?.persona,
    ).toBe("ae");
  });

  it("takes the role's team, else the person's", () => {
    const p = person("p1", { team: "west" });
    expect(teamOn(p, promoted, "2026-03-06")).toBe("outbound");
    expect(teamOn(p, promoted, "2026-03-07")).toBe("west");
    expect(teamOn(p, [], "2026-03-07")).toBe("west");
  });
});
