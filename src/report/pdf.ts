// Print the report to PDF through the system's headless Chromium. Never
// downloads a browser: without one, the error says how to install it.

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { UsageError } from "../errors.js";

export type Paper = "A4" | "Letter";

export const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
] as const;

export const INSTALL_HINT =
  "install Chromium: apt-get install chromium (Debian/Ubuntu), or pass --chromium PATH";

/**
 * Flags for a closed network and a root user: without the background-networking
 * ones Chromium keeps trying hosts it cannot reach; --headless is passed
 * explicitly because a persistent context otherwise may not add it.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The browser to use: the given path, else the first system Chromium found. */
export function findChromium(
  explicit?: string,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  if (explicit !== undefined) {
    if (!existsSync(explicit))
      throw new UsageError(`--chromium: no browser at ${explicit}; ${INSTALL_HINT}`);
    return explicit;
  }
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new UsageError(`no Chromium found; ${INSTALL_HINT}`);
  return found;
}

export interface PdfOptions {
  executablePath: string;
  paper?: Paper;
}

export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  // A fresh profile per run: no state shared with a user's browser or another run.
  const profile = await mkdtemp(join(tmpdir(), "uptake-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      // The page needs nothing from outside; refuse anything it might ask for.
      await context.route("**/*", (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: "load" });
      await page.emulateMedia({ media: "print" });
      return await page.pdf({
        format: options.paper ?? "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER,
        margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
      });
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

// Chromium fills the pageNumber and totalPages spans; fonts must be set here,
// the template does not inherit the page's styles.
const FOOTER = `<div style="width:100%;font:8px Arial,'Liberation Sans',sans-serif;color:#6b7280;padding:0 12mm;display:flex;justify-content:space-between"><span>uptake · Adoption report</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
