import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { buildSite } from './site-build.ts';
import { serveStatic } from './static-server.ts';

/** A built site served over HTTP, and a browser to read it with. */
export interface SiteInBrowser {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Serves a built site and launches Chromium. */
export async function openSite(outDir: string): Promise<SiteInBrowser> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Builds an archive into `outDir`, then serves it as openSite does; a failed build throws its output. */
export async function openBuiltSite(contentDir: string, outDir: string): Promise<SiteInBrowser> {
  const build = buildSite(contentDir, outDir);
  if (build.status !== 0) throw new Error(build.output);
  return openSite(outDir);
}
