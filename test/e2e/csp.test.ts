/**
 * The Content-Security-Policy in Chromium: every page type carries it, loads with zero
 * violations, and search (Pagefind: WebAssembly and a worker) works under it. A script
 * injected into a page is refused, which shows the policy is enforced and that the
 * violation listener sees what it refuses.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { articlePageSlugs, htmlPages, urlPathOf } from '../helpers/site-files.ts';

const enabled = browserTestsEnabled();

interface Watched {
  page: Page;
  /** CSP violations and console errors seen so far. */
  problems: () => Promise<string[]>;
}

/** A page that records every securitypolicyviolation event and console error. */
async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // Failed loads are reported with their URL below; the console does not name it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    // Browsers ask for /favicon.ico on their own; the site has none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      consoleErrors.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return {
    page,
    problems: async () => [
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
      ...consoleErrors,
    ],
  };
}

describe.skipIf(!enabled)('Content-Security-Policy', () => {
  const site = fixtureSiteBeforeAll('root');
  const served = siteInBrowser(site);

  /** One page of each kind: the first page of each top folder at each depth, plus 404. */
  function onePageOfEachKind(): string[] {
    const seen = new Map<string, string>();
    for (const file of htmlPages(site())) {
      const parts = file.split('/');
      const key = `${parts[0]}:${parts.length}`;
      if (!seen.has(key)) seen.set(key, urlPathOf(file));
    }
    return [...seen.values()];
  }

  it('every page type loads with the policy and zero violations', async () => {
    const pages = onePageOfEachKind();
    expect(pages).toEqual(
      expect.arrayContaining([
        '',
        '404.html',
        'search/',
        'sources/',
        `articles/${articlePageSlugs(site())[0]}/`,
      ]),
    );
    for (const urlPath of pages) {
      const { page, problems } = await watchedPage(served.browser);
      await page.goto(`${served.server.url}${urlPath}`);
      await page.waitForLoadState('load');
      const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(policy, urlPath).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, urlPath).toMatch(/default-src 'self'/);
      expect(policy, urlPath).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(await problems(), urlPath).toEqual([]);
      await page.close();
    }
  });

  it('search finds results under the policy, with zero violations', async () => {
    const { page, problems } = await watchedPage(served.browser);
    await page.goto(`${served.server.url}search/?q=Voronkov`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li').count()).toBeGreaterThanOrEqual(4);
    // A second query in the same page goes through the loaded engine (worker and wasm).
    await page.fill('#search-query', 'Chilling');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=Chilling/);
    await page.waitForSelector('#search-results li');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('refuses a script injected into a page, and reports it', async () => {
    const { page, problems } = await watchedPage(served.browser);
    await page.goto(`${served.server.url}articles/${articlePageSlugs(site())[0]}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'injected' in window || '__injected' in window;
    });
    expect(ran).toBe(false);
    expect((await problems()).some((p) => p.startsWith('script-src'))).toBe(true);
    await page.close();
  });
});
