// Real headless Chromium (Debian's), as the browser tests need it: a throwaway
// profile, and every request the page makes refused and recorded, so that "no
// network requests" is an observation, not an assumption.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../src/report/pdf.js";

export interface SealedBrowser {
  context: BrowserContext;
  /** URLs the pages asked for; every one was refused. */
  requests: string[];
  close(): Promise<void>;
}

export async function openSealedBrowser(viewport: {
  width: number;
  height: number;
}): Promise<SealedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "uptake-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
