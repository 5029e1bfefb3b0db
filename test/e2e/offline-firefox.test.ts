/**
 * The offline edition opened from disk (`file://`) in Firefox (Debian's firefox-esr, headless,
 * no flags, over WebDriver BiDi: test/helpers/firefox.ts), where the rules for pages from disk
 * are Firefox's own: home → an article → back, the theme toggle,
 * and the search with a correction finding exactly what the hosted site finds in Firefox; no
 * console error. Screenshots of the home page and of a search from disk are kept in
 * test-results/screenshots/ to look at.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxTestsEnabled, launchFirefox } from '../helpers/firefox.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { ROOT } from '../helpers/paths.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const enabled = firefoxTestsEnabled();
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** A new page at `url`, with its console errors and page errors collected. */
async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`));
  await page.goto(url);
  return { page, errors };
}

/**
 * Waits until `check` holds, asking from here: puppeteer's waitForFunction compiles its
 * function in the page, which the pages' Content-Security-Policy (no `unsafe-eval`) forbids.
 */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function resultTitles(page: Page): Promise<{ titles: string[]; notices: string }> {
  await until(async () => {
    const status = await page.$eval('#search-status', (e) => e.textContent ?? '');
    return (await page.$('#search-results li')) !== null || /no |nothing/i.test(status);
  }, 'the search results');
  return {
    titles: await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent ?? '')),
    notices: await page.$eval('#search-notices', (e) => e.textContent ?? ''),
  };
}

describe.skipIf(!enabled)('the offline edition in Firefox, from disk', () => {
  const edition = fixtureSiteBeforeAll('offline');
  const hostedSite = fixtureSiteBeforeAll('root');
  const fileUrl = (file: string): string => `${pathToFileURL(edition()).href}/${file}`;
  let browser: Browser;
  let hosted: StaticServer;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    hosted = await serveSite(hostedSite(), '/');
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await hosted?.close();
  });

  it('goes from the home page to an article and back, and keeps the theme chosen', async () => {
    const { page, errors } = await open(browser, fileUrl('index.html'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'firefox-offline-home.png') });
    const link = (await page.$('main a[href*="articles/"][href$="/index.html"]'))!;
    const title = (await link.evaluate((a) => a.textContent ?? '')).trim();
    await link.click();
    await until(async () => /\/articles\/[^/]+\/index\.html$/.test(page.url()), 'the article');
    expect((await page.$eval('h1', (h) => h.textContent ?? '')).trim()).toBe(title);
    await page.click('#theme-toggle');
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(theme).toMatch(/^(light|dark)$/);
    // page.goBack() waits for a navigation event that a page from disk coming back from
    // Firefox's back-forward cache does not send over BiDi (page.url() stays on the article
    // too): go back as the reader's button does, and ask the page where it is.
    await page.evaluate(() => history.back());
    await until(
      async () => (await page.evaluate(() => location.href)) === fileUrl('index.html'),
      'the home page again',
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.close();
    expect(errors).toEqual([]);
  });

  for (const query of ['Voronkov', 'Voronkvo']) {
    it(`finds “${query}” from disk in exactly the articles the hosted site finds`, async () => {
      const online = await open(browser, `${hosted.url}search/?q=${encodeURIComponent(query)}`);
      const expected = await resultTitles(online.page);
      await online.page.close();
      expect(expected.titles.length).toBeGreaterThan(0);
      const { page, errors } = await open(
        browser,
        `${fileUrl('search/index.html')}?q=${encodeURIComponent(query)}`,
      );
      const found = await resultTitles(page);
      expect(found).toEqual(expected);
      const href = await page.$eval('#search-results li h2 a', (a) => a.getAttribute('href'));
      expect(href).toMatch(/^file:\/\/.*\/articles\/[^/]+\/index\.html\?highlight=/);
      if (query === 'Voronkvo')
        await page.screenshot({ path: path.join(SCREENSHOTS, 'firefox-offline-search.png') });
      await page.close();
      expect([...online.errors, ...errors]).toEqual([]);
    });
  }

  it('shows no console error on any kind of page, and a short link leads to its article', async () => {
    const shortLink = readdirSync(path.join(edition(), 'a'))[0]!;
    const all: string[] = [];
    for (const file of [
      'articles/index.html',
      'articles/page/2/index.html',
      'years/index.html',
      'people/index.html',
      'about/index.html',
      '404.html',
    ]) {
      const { page, errors } = await open(browser, fileUrl(file));
      await until(async () => (await page.evaluate(() => document.readyState)) === 'complete', file);
      await page.close();
      all.push(...errors);
    }
    // A short link's page moves on at once, which aborts a navigation the driver started
    // (NS_BINDING_ABORTED): follow it from a page, as a reader's click would.
    const { page, errors } = await open(browser, fileUrl('about/index.html'));
    await page.evaluate(
      (url) => {
        location.href = url;
      },
      fileUrl(`a/${shortLink}/index.html`),
    );
    await until(
      async () => /\/articles\/[^/]+\/index\.html$/.test(await page.evaluate(() => location.href)),
      'the short link to lead to its article',
    );
    await page.close();
    expect([...all, ...errors]).toEqual([]);
  });
});
