/**
 * What a reader does, in headless Chromium: search from the header, see the articles that
 * mention a name, open one. On the site at the root and under /archive/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();

/** Titles of the articles whose page text mentions `word` (read from the built pages). */
function titlesMentioning(site: string, word: string): string[] {
  const titles: string[] = [];
  const slugs = readdirSync(path.join(site, 'articles')).filter((n) => n !== 'index.html' && n !== 'page');
  for (const slug of slugs) {
    const tree = parseHtml(readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8'));
    const article = all(tree, '[data-pagefind-body]')[0]!;
    if (toString(article).includes(word)) titles.push(textOf(tree, 'h1')!);
  }
  return titles.sort();
}

for (const variant of [
  { name: 'at the root', fixture: 'root', base: '/' },
  { name: 'under /archive/', fixture: 'base', base: '/archive/' },
] as const) {
  describe.skipIf(!enabled)(`search ${variant.name}`, () => {
    const site = fixtureSiteBeforeAll(variant.fixture);
    const served = siteInBrowser(site, variant.base);

    it('finds exactly the articles that mention Voronkov, and opens one', async () => {
      const expected = titlesMentioning(site(), 'Voronkov');
      expect(expected.length).toBeGreaterThanOrEqual(4);
      const page = await served.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(served.server.url);
      await page.fill('#site-search', 'Voronkov');
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=Voronkov/);
      await page.waitForSelector('#search-results li');
      const titles = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent ?? ''));
      expect(titles.sort()).toEqual(expected);
      const hrefs = await page.$$eval('#search-results li h2 a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      for (const href of hrefs) expect(href.startsWith(`${variant.base}articles/`)).toBe(true);
      await page.click('#search-results li h2 a >> nth=0');
      await page.waitForURL(/\/articles\//);
      const h1 = await page.textContent('h1');
      expect(expected).toContain(h1);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('keeps the query in the URL, so a search is a shareable link', async () => {
      const page = await served.browser.newPage();
      await page.goto(`${served.server.url}search/?q=${encodeURIComponent('Chilling')}`);
      await page.waitForSelector('#search-results li');
      expect(await page.inputValue('#search-query')).toBe('Chilling');
      const titles = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent));
      expect(titles).toContain('Tajikistan Wages Renewed Crackdown On Independent Journalists, Bloggers');
      await page.close();
    });

    it('filters by source', async () => {
      const page = await served.browser.newPage();
      await page.goto(
        `${served.server.url}search/?q=Voronkov&source=${encodeURIComponent('United Nations in Tajikistan')}`,
      );
      await page.waitForSelector('#search-results li');
      const titles = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent));
      expect(titles).toEqual([
        'Meeting of the President of Tajikistan H.E. Emomali Rahmon with UN USG for Counter-Terrorism, Mr. Vladimir Voronkov',
      ]);
      await page.close();
    });
  });
}
