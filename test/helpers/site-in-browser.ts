/**
 * A built site served on localhost and a headless Chromium, for the tests of the enclosing
 * `describe` block: started before its tests, closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite, type ServeOptions, type StaticServer } from './static-server.ts';

export interface SiteInBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** `site` is called when the block starts (e.g. `() => inject('siteRoot')`). */
export function siteInBrowser(site: () => string, base = '/', options: ServeOptions = {}): SiteInBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveSite(site(), base, options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not started yet (use it inside a test)');
      return browser;
    },
    get server(): StaticServer {
      if (!server) throw new Error('the site is not served yet (use it inside a test)');
      return server;
    },
  };
}
