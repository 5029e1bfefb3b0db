/**
 * Searching an archive in several languages, in headless Chromium, from the English search
 * page: a German inflected word finds its German article (stemmed as German), a Korean word
 * its Korean article, English searches find what they found before, and the page keeps its
 * own language; sorted by date, the results of every language come in one date order. The
 * site: test/helpers/multilingual-site.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { buildMultilingualSite, OTHER_LANGUAGE_ARTICLES } from '../helpers/multilingual-site.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';
import { openSearchPage } from '../helpers/search-page.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const [german, austrian, korean] = OTHER_LANGUAGE_ARTICLES;

describe.skipIf(!enabled)('search in several languages', () => {
  let dir = '';
  beforeAll(async () => {
    dir = (await buildMultilingualSite('multilingual-e2e')).dir;
  }, 300_000);
  const served = siteInBrowser(() => dir);

  /** Each article's sort date by its title (undated: `0000-00-00`), from the site's pages. */
  function datesByTitle(): Map<string, string> {
    const dates = new Map<string, string>();
    for (const slug of articlePageSlugs(dir)) {
      const html = readFileSync(path.join(dir, 'articles', slug, 'index.html'), 'utf8');
      const title = /<h1 id="article-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
      const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1] ?? '';
      dates.set(title.replace(/&amp;/g, '&'), date);
    }
    return dates;
  }

  const searchPage = (query: string, extra = '') => openSearchPage(served, query, extra);

  it('finds a German article by an inflected form of its words, stemmed as German', async () => {
    // The article says "Verhandlung" and "beschließt"; Pagefind's English stemming, which
    // mergeIndex would search German with, does not match "beschließen" to "beschließt".
    for (const query of ['Verhandlungen', 'beschließen']) {
      const found = await searchPage(query);
      expect(found.titles, query).toContain(german!.title);
      expect(found.notices, query).toBe('');
      expect(found.lang).toBe('en');
    }
  });

  it('finds an article whose language has a region (de-AT)', async () => {
    const found = await searchPage('Nachtzug Hauptstädte');
    expect(found.titles[0]).toBe(austrian!.title);
  });

  it('finds a Korean article by a Korean word', async () => {
    const found = await searchPage('자전거');
    expect(found.titles).toEqual([korean!.title]);
    expect(found.notices).toBe('');
  });

  it('finds the English articles as before, and no other', async () => {
    const found = await searchPage('Voronkov');
    expect(found.titles.length).toBeGreaterThanOrEqual(4);
    for (const article of OTHER_LANGUAGE_ARTICLES) expect(found.titles).not.toContain(article.title);
  });

  it('sorts the results of every language by date, newest first', async () => {
    const found = await searchPage('Dushanbe', '&sort=newest');
    for (const article of OTHER_LANGUAGE_ARTICLES) expect(found.titles).toContain(article.title);
    const dates = found.titles.map((title) => datesByTitle().get(title) ?? '');
    expect(dates.length).toBeGreaterThan(OTHER_LANGUAGE_ARTICLES.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('searches every language from the header of an English page', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.server.url);
    await page.fill('#site-search', '자전거');
    await page.waitForSelector(`#quick-results li a:has-text("${korean!.title}")`, { timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});
