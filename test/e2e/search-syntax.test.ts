/**
 * The query syntax, date ranges, histogram, facets and results export of the search page,
 * in headless Chromium on the seed site (the `root` fixture): a phrase with an excluded
 * word, a range ending on a day (articles dated only by month are not inside it), a query
 * that cannot be read (its message, and the plain words' results), the histogram's links,
 * and the export of every result. Expected articles are read from the built pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();

interface BuiltArticle {
  title: string;
  /** The indexed body's text, white space collapsed. */
  text: string;
  /** The `<time datetime>` of the article's header, if dated. */
  date?: string;
}

function builtArticles(site: string): BuiltArticle[] {
  const out: BuiltArticle[] = [];
  for (const entry of readdirSync(path.join(site, 'articles'))) {
    const file = path.join(site, 'articles', entry, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const tree = parseHtml(html);
    const body = all(tree, '[data-pagefind-body]')[0];
    if (!body) continue;
    const text = toString(body).replace(/\s+/g, ' ');
    const time = all(body, 'header time[datetime]')[0];
    const article: BuiltArticle = { title: textOf(tree, 'h1')!.trim(), text };
    const date = time?.properties.dateTime;
    if (typeof date === 'string') article.date = date;
    out.push(article);
  }
  return out;
}

async function openSearch(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /match/i.test(status) && !/Searching/.test(status);
  });
  // The facets and the histogram come after the results (search-page.ts).
  await page.waitForSelector('#search-facets-box:not([aria-busy])', { state: 'attached' });
  while (await page.locator('#search-more').isVisible()) {
    const n = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction(
      (before) => document.querySelectorAll('#search-results > li').length > before,
      n,
    );
  }
  return (
    await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => (a.textContent ?? '').trim()))
  ).sort();
}

describe.skipIf(!enabled)('search syntax, dates and export on the seed site', () => {
  const site = fixtureSiteBeforeAll('root');
  const served = siteInBrowser(site, '/');

  async function withPage<T>(use: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
    const page = await served.browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      return await use(page, errors);
    } finally {
      await page.close();
    }
  }

  it('has Pagefind read the date filters outside the indexed body, each only to the date’s precision', async () => {
    const articles = builtArticles(site());
    const count = (length: number) => {
      const out: Record<string, number> = {};
      for (const a of articles)
        if (a.date && a.date.length >= length)
          out[a.date.slice(0, length)] = (out[a.date.slice(0, length)] ?? 0) + 1;
      return out;
    };
    await withPage(async (page) => {
      await page.goto(`${served.server.url}search/`);
      // (A string, so that the test runner leaves its dynamic import alone.)
      const filters = (await page.evaluate(
        `import('/pagefind/pagefind.js').then(async (p) => { await p.init(); return p.filters(); })`,
      )) as Record<string, Record<string, number>>;
      expect(filters['date-year']).toEqual(count(4));
      expect(filters['date-month']).toEqual(count(7));
      expect(filters['date-day']).toEqual(count(10));
      expect(Object.keys(count(10)).length).toBeGreaterThan(1);
    });
  });

  it('"border security" -Kyrgyz lists exactly the articles holding the phrase and not the word', async () => {
    const articles = builtArticles(site());
    const withPhrase = articles.filter((a) => /\bborder security\b/i.test(a.text));
    const expected = withPhrase.filter((a) => !/\bkyrgyz\b/i.test(a.text)).map((a) => a.title);
    expect(withPhrase).toHaveLength(4);
    expect(expected).toHaveLength(4); // none of the four says Kyrgyz
    await withPage(async (page, errors) => {
      const titles = await openSearch(
        page,
        `${served.server.url}search/?q=%22border%20security%22%20-Kyrgyz`,
      );
      expect(titles).toEqual(expected.sort());
      expect(await page.locator('.search-notice--syntax').count()).toBe(0);
      // A phrase among other words is checked in the text, too: Pagefind alone would match the words anywhere.
      const holding = articles.filter(
        (a) => /\bborder security\b/i.test(a.text) && /\bDushanbe/i.test(a.text),
      );
      const both = await openSearch(
        page,
        `${served.server.url}search/?q=${encodeURIComponent('"border security" Dushanbe')}`,
      );
      expect(both).toEqual(holding.map((a) => a.title).sort());
      expect(errors).toEqual([]);
    });
  });

  it('Tajikistan up to 2022-10-17 lists exactly those dated to a day up to then', async () => {
    const articles = builtArticles(site());
    const mentioning = articles.filter((a) => /\btajikistan/i.test(a.text));
    const expected = mentioning.filter((a) => a.date && a.date.length === 10 && a.date <= '2022-10-17');
    const monthOnly = mentioning.filter((a) => a.date?.startsWith('2022-10') && a.date.length === 7);
    expect(expected.length).toBeGreaterThan(0);
    expect(monthOnly.length).toBeGreaterThan(0); // the rule matters on this site
    await withPage(async (page, errors) => {
      const titles = await openSearch(page, `${served.server.url}search/?q=Tajikistan&to=2022-10-17`);
      expect(titles).toEqual(expected.map((a) => a.title).sort());
      expect(await page.inputValue('#search-to')).toBe('2022-10-17');
      expect(await page.textContent('#search-status')).toContain('up to 2022-10-17');
      // The whole month holds the month-only articles too.
      const month = await openSearch(
        page,
        `${served.server.url}search/?q=Tajikistan&from=2022-10&to=2022-10`,
      );
      expect(month).toEqual(
        mentioning
          .filter((a) => a.date?.startsWith('2022-10'))
          .map((a) => a.title)
          .sort(),
      );
      expect(errors).toEqual([]);
    });
  });

  it('unites the results of OR, narrows by a field as the filter does, and sorts oldest first, undated last', async () => {
    await withPage(async (page, errors) => {
      const url = (q: string, extra = '') => `${served.server.url}search/?q=${encodeURIComponent(q)}${extra}`;
      const voronkov = await openSearch(page, url('Voronkov'));
      const bishkek = await openSearch(page, url('Bishkek'));
      const either = await openSearch(page, url('Voronkov OR Bishkek'));
      expect(either).toEqual([...new Set([...voronkov, ...bishkek])].sort());
      expect(either.length).toBeGreaterThan(Math.max(voronkov.length, bishkek.length));

      // The forgiving search works inside the syntax: the misspelt word is corrected, the excluded one still left out.
      const articles0 = builtArticles(site());
      const corrected = await openSearch(page, url('Voronkvo -Guterres'));
      expect(corrected).toEqual(
        articles0
          .filter((a) => /\bvoronkov/i.test(a.text) && !/\bguterres\b/i.test(a.text))
          .map((a) => a.title)
          .sort(),
      );
      expect(corrected.length).toBeGreaterThan(0);
      expect(corrected.length).toBeLessThan(voronkov.length);
      expect((await page.textContent('.search-notice--corrected'))?.replace(/\s+/g, ' ')).toContain(
        'Showing results for Voronkov',
      );

      const byFilter = await openSearch(page, url('Tajikistan', '&source=RFE%2FRL'));
      expect(byFilter.length).toBeGreaterThan(0);
      expect(await openSearch(page, url('Tajikistan source:rfe/rl'))).toEqual(byFilter);
      expect(await openSearch(page, url('Tajikistan source:"RFE/RL"'))).toEqual(byFilter);
      expect(await openSearch(page, url('source:"RFE/RL"'))).toEqual(byFilter); // a field alone

      const articles = builtArticles(site());
      const dateOf = new Map(articles.map((a) => [a.title, a.date]));
      await openSearch(page, url('Voronkov', '&sort=oldest'));
      expect(await page.inputValue('#search-sort')).toBe('oldest');
      const ordered = await page.$$eval('#search-results > li h2 a', (as) =>
        as.map((a) => (a.textContent ?? '').trim()),
      );
      const dates = ordered.map((t) => dateOf.get(t));
      expect(dates.at(-1)).toBeUndefined(); // the fixture's undated Voronkov article comes last
      const dated = dates.filter((d): d is string => d !== undefined);
      expect(dated.length).toBeGreaterThan(1);
      const key = (d: string) => d.padEnd(10, '-00');
      expect(dated.map(key)).toEqual([...dated.map(key)].sort());
      expect(errors).toEqual([]);
    });
  });

  it('says what is wrong with a query it cannot read, and shows the plain words’ results', async () => {
    await withPage(async (page, errors) => {
      const plain = await openSearch(
        page,
        `${served.server.url}search/?q=${encodeURIComponent('border security')}`,
      );
      const titles = await openSearch(
        page,
        `${served.server.url}search/?q=${encodeURIComponent('"border security -Kyrgyz')}`,
      );
      const notice = (await page.textContent('.search-notice--syntax'))?.replace(/\s+/g, ' ').trim();
      expect(notice).toBe(
        'Search syntax: The quote at character 1 is never closed. Showing results for the plain words border security.',
      );
      expect(titles).toEqual(plain);
      expect(titles.length).toBeGreaterThan(0);
      await openSearch(
        page,
        `${served.server.url}search/?q=${encodeURIComponent('author:Voronkov Dushanbe')}`,
      );
      expect(await page.textContent('.search-notice--syntax')).toContain('“author:” is not a field');
      expect(errors).toEqual([]);
    });
  });

  it('draws the results over time as links that narrow the range, with facets and counts', async () => {
    await withPage(async (page, errors) => {
      const titles = await openSearch(page, `${served.server.url}search/?q=Tajikistan`);
      const bars = page.locator('.search-histogram li a');
      expect(await bars.count()).toBeGreaterThan(1);
      const first = bars.first();
      const name = (await first.locator('.visually-hidden').textContent()) ?? '';
      const count = Number(/: (\d+) article/.exec(name)?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(titles.length);
      await first.click();
      await page.waitForURL(/from=2022-10-\d\d&to=2022-10-\d\d/);
      expect(await openSearch(page, page.url())).toHaveLength(count);
      // Facets with counts of the current search: every source's count, adding up to the results.
      await openSearch(page, `${served.server.url}search/?q=Tajikistan`);
      const sourceCounts = await page.$$eval('#search-facets fieldset', (sets) =>
        sets
          .filter((f) => f.querySelector('legend')?.textContent === 'Source')
          .flatMap((f) =>
            Array.from(f.querySelectorAll('.count'), (c) => Number(/\d+/.exec(c.textContent ?? '')?.[0])),
          ),
      );
      expect(sourceCounts.length).toBeGreaterThan(1);
      expect(sourceCounts.reduce((a, b) => a + b, 0)).toBe(titles.length);
      expect(errors).toEqual([]);
    });
  });

  it('exports every result, not only the page shown, as CSV and JSON with the short links', async () => {
    await withPage(async (page, errors) => {
      // A search by a field alone: every article in English (the seed site has fewer than a page of them).
      const shown = await openSearch(page, `${served.server.url}search/?q=lang:en`);
      const status = (await page.textContent('#search-status')) ?? '';
      const total = Number(/^([\d,]+) articles? match/.exec(status)?.[1]?.replace(/,/g, ''));
      expect(total).toBe(shown.length);
      expect(total).toBeGreaterThan(10);
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#search-export-csv'),
      ]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csvDownload.suggestedFilename()).toBe('search-lang-en.csv');
      const lines = csv
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe('"title","date","source","url","snippet"');
      expect(lines).toHaveLength(total + 1);
      expect(lines[1]).toMatch(new RegExp(`"${served.server.url}a/[a-z0-9]{10}/"`));
      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#search-export-json'),
      ]);
      const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
        total: number;
        results: { url: string; title: string }[];
      };
      expect(json.total).toBe(total);
      // Every short link leads to an article page that the site redirects to.
      const res = await fetch(json.results[0]!.url);
      expect(res.ok).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
