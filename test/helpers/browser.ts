/**
 * The one browser harness of the tests and the benchmarks: headless Chromium (Debian's
 * chromium, driven by playwright-core) and the search harness page, which runs the site's
 * own search code (src/client/search/) against a built site served by static-server.ts.
 * When Chromium is missing the tests skip locally, but fail under CI=1: in CI they must run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { runSearch } from '../../src/client/search/engine.ts';
import type { loadPagefind } from '../../src/client/search/pagefind.ts';
import { ROOT } from './paths.ts';
import { serveSite, type ExtraFile, type StaticServer } from './static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const mustRunBrowserTests =
  process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== '0';

/** Chromium's flags for a quiet, reproducible headless run (also Lighthouse's, see reader-checks.ts). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function browserTestsEnabled(): boolean {
  if (!hasChromium && mustRunBrowserTests) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; CI must run the browser tests (apt-get install -y chromium)`,
    );
  }
  return hasChromium;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** Where the search harness page is served, under the site's base. */
export const SEARCH_HARNESS_PATH = '__search-harness/';

declare global {
  interface Window {
    /** The site's search code, as the harness page exposes it. */
    __searchHarness?: { runSearch: typeof runSearch; loadPagefind: typeof loadPagefind };
  }
}

/** The harness page and its script: src/client/search/engine.ts bundled for the browser (esbuild). */
async function searchHarnessFiles(): Promise<Record<string, ExtraFile>> {
  const engine = JSON.stringify(path.join(ROOT, 'src/client/search/engine.ts'));
  const pagefind = JSON.stringify(path.join(ROOT, 'src/client/search/pagefind.ts'));
  const bundled = await build({
    stdin: {
      contents: `import { runSearch } from ${engine};\nimport { loadPagefind } from ${pagefind};\nwindow.__searchHarness = { runSearch, loadPagefind };\n`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return {
    [`${SEARCH_HARNESS_PATH}index.html`]: {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search harness</title><script type="module" src="./harness.js"></script></head><body></body></html>',
    },
    [`${SEARCH_HARNESS_PATH}harness.js`]: {
      type: 'text/javascript; charset=utf-8',
      body: bundled.outputFiles[0]!.text,
    },
  };
}

/** A built site served with the search harness next to it, and a browser to run searches in. */
export interface SearchHarness {
  readonly browser: Browser;
  readonly server: StaticServer;
  /**
   * Opens the harness page in a fresh browser context (empty cache, Pagefind not loaded) and
   * waits until the page and its requests are done; `close` closes the context.
   */
  open: () => Promise<{ page: Page; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

/** Serves `siteDir` at `/` (gzip-compressed unless `gzip: false`) with the harness, and starts Chromium. */
export async function startSearchHarness(
  siteDir: string,
  options: { gzip?: boolean } = {},
): Promise<SearchHarness> {
  const server = await serveSite(siteDir, '/', {
    gzip: options.gzip ?? true,
    extraFiles: await searchHarnessFiles(),
  });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    open: async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${SEARCH_HARNESS_PATH}`);
      await page.waitForFunction(() => window.__searchHarness !== undefined);
      await server.idle();
      return { page, close: () => context.close() };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
