/**
 * The search forgives, in headless Chromium on the fixture sites: a misspelt name is
 * corrected (and the reader can search for it as typed), a pasted sentence finds its article
 * first, a word that matches nothing is dropped with a notice, and a query that needs none
 * of this loads no spelling vocabulary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_DIR } from '../../src/shared/search-vocabulary.ts';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';

const enabled = browserTestsEnabled();

/** Titles of the articles whose text holds `text` (read from the built pages). */
function titlesHolding(site: string, text: string): string[] {
  const titles: string[] = [];
  for (const entry of readdirSync(path.join(site, 'articles'))) {
    const file = path.join(site, 'articles', entry, 'index.html');
    if (!existsSync(file)) continue;
    const tree = parseHtml(readFileSync(file, 'utf8'));
    const article = all(tree, '[data-pagefind-body]')[0]; // only article pages have one
    if (article && toString(article).includes(text)) titles.push(textOf(tree, 'h1')!.trim());
  }
  return titles.sort();
}

async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-results li h2 a');
  return page.$$eval('#search-results li h2 a', (as) => as.map((a) => (a.textContent ?? '').trim()));
}

for (const variant of [
  { name: 'at the root', fixture: 'root', base: '/' },
  { name: 'under /archive/', fixture: 'base', base: '/archive/' },
] as const) {
  describe.skipIf(!enabled)(`forgiving search ${variant.name}`, () => {
    const site = fixtureSiteBeforeAll(variant.fixture);
    const served = siteInBrowser(site, variant.base);
    /** Paths the page requested from the vocabulary folder. */
    let vocabularyRequests: string[];

    async function open(query: string, extra = ''): Promise<Page> {
      const page = await served.browser.newPage();
      vocabularyRequests = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith(`${variant.base}${VOCABULARY_DIR}/`))
          vocabularyRequests.push(url.pathname);
      });
      await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}${extra}`);
      return page;
    }

    it('corrects a misspelt name, shows the articles for the right one, and offers the query as typed', async () => {
      const expected = titlesHolding(site(), 'Voronkov');
      expect(expected.length).toBeGreaterThanOrEqual(4);
      const page = await open('Voronkvo');
      expect((await resultTitles(page)).sort()).toEqual(expected);
      const notice = page.locator('.search-notice--corrected');
      expect((await notice.textContent())?.replace(/\s+/g, ' ')).toBe(
        'Showing results for Voronkov — search instead for Voronkvo',
      );
      expect(vocabularyRequests.length).toBeGreaterThan(0);
      expect(vocabularyRequests.length).toBeLessThanOrEqual(6); // the manifest and at most five shards

      await notice.locator('a').click();
      await page.waitForURL(/exact=1/);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.search-notice--corrected').count()).toBe(0);
      expect(await page.inputValue('#search-query')).toBe('Voronkvo');
      await page.close();
    });

    it('corrects the same way in the header search, as the reader types', async () => {
      const expected = titlesHolding(site(), 'Voronkov');
      const page = await served.browser.newPage();
      await page.goto(served.server.url);
      await page.fill('#site-search', 'Voronkvo');
      const notice = page.locator('#quick-results .search-notice--corrected');
      await notice.waitFor();
      expect(await notice.locator('strong').textContent()).toBe('Voronkov');
      const titles = await page.$$eval('#quick-results li a .quick-title', (els) =>
        els.map((e) => (e.textContent ?? '').trim()),
      );
      expect(titles.length).toBe(Math.min(expected.length, 6));
      for (const title of titles) expect(expected).toContain(title);
      await page.close();
    });

    it('corrects a typo in a word of a longer query', async () => {
      const page = await open('Tajkistan foreign debt');
      const titles = await resultTitles(page);
      expect(titles[0]).toBe(titlesHolding(site(), 'foreign debt currently sits')[0]);
      expect(await page.locator('.search-notice--corrected strong').textContent()).toBe(
        'Tajikistan foreign debt',
      );
      await page.close();
    });

    it('puts the article a pasted sentence comes from first', async () => {
      const sentence =
        'Tajikistan’s foreign debt currently sits at $3.3 billion — 60 percent of which (roughly $1.98 billion) is owed to the state-run Export-Import Bank of China.';
      const expected = titlesHolding(site(), sentence);
      expect(expected).toHaveLength(1);
      const page = await open(sentence);
      expect((await resultTitles(page))[0]).toBe(expected[0]);
      expect(await page.locator('.search-notice').count()).toBe(0);
      await page.close();
    });

    it('drops a word that matches nothing, and says so', async () => {
      const page = await open('Dushanbe xqzzyvw');
      const titles = await resultTitles(page);
      expect(titles.sort()).toEqual(titlesHolding(site(), 'Dushanbe'));
      expect(await page.locator('.search-notice--dropped').textContent()).toContain('“xqzzyvw”');
      await page.close();
    });

    it('loads no spelling vocabulary for a query that finds what was typed', async () => {
      const page = await open('Dushanbe');
      await resultTitles(page);
      expect(await page.locator('.search-notice').count()).toBe(0);
      expect(vocabularyRequests).toEqual([]);
      await page.close();
    });
  });
}
