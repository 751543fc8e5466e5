import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pdfPathFor } from "../../src/cli/commands/report.js";
import { UsageError } from "../../src/errors.js";
import { findChromium, INSTALL_HINT } from "../../src/report/pdf.js";

const EXISTING = fileURLToPath(import.meta.url);

describe("findChromium", () => {
  it("says how to install a browser when none is found, and never looks further", () => {
    expect(() => findChromium(undefined, ["/nonexistent/chromium"])).toThrow(UsageError);
    expect(() => findChromium(undefined, [])).toThrow(`no Chromium found; ${INSTALL_HINT}`);
  });

  it("refuses a --chromium path that does not exist", () => {
    expect(() => findChromium("/nonexistent/chromium")).toThrow(
      `--chromium: no browser at /nonexistent/chromium; ${INSTALL_HINT}`,
    );
  });

  it("takes the given path, else the first candidate that exists", () => {
    expect(findChromium(EXISTING, [])).toBe(EXISTING);
    expect(findChromium(undefined, ["/nonexistent/chromium", EXISTING])).toBe(EXISTING);
  });
});

describe("pdfPathFor", () => {
  it("puts the PDF beside the HTML", () => {
    expect(pdfPathFor("/r/adoption-gap.html")).toBe("/r/adoption-gap.pdf");
    expect(pdfPathFor("/r/Report.HTM")).toBe("/r/Report.pdf");
    expect(pdfPathFor("/r/report")).toBe("/r/report.pdf");
  });
});
