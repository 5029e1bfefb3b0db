/**
 * The reader's checks on a real archive: the BBC corpus (../shared/corpora/bbc, not
 * part of the repository; skipped when absent), built with the real CLI. Checks a sample
 * of its pages: HTML validity, axe in both themes, no sideways scrolling at 320 px, the
 * article budget and Lighthouse on its largest article, and screenshots.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { htmlErrors } from '../helpers/html-validate.ts';
import { all, parseHtml, toString } from '../helpers/html.ts';
import { writeOfflineEdition } from '../../scripts/offline/write-edition.ts';
import { BBC, FIXTURES, ROOT } from '../helpers/paths.ts';
import {
  axeViolations,
  expectLighthouseBudget,
  lighthouseScores,
  openPage,
  overflowsSideways,
  pageWeight,
  screenshot,
  type ColorScheme,
} from '../helpers/reader-checks.ts';
import { htmlPages, urlPathOf } from '../helpers/site-files.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const hasCorpus = existsSync(BBC);
const enabled = hasCorpus && browserTestsEnabled();
const SITE_DIR = path.join(ROOT, 'test-results/sites/bbc');
/** Articles checked with html-validate: every n-th one. */
const ARTICLE_SAMPLE_EVERY = 25;

describe.skipIf(!enabled)('the BBC archive (2,225 files, 2,125 articles)', () => {
  let browser: Browser;
  let server: StaticServer;
  let gzipServer: StaticServer;
  let pages: string[];
  let largestArticle: string;

  beforeAll(async () => {
    buildSite([BBC], SITE_DIR, [
      '--config',
      path.join(FIXTURES, 'bbc-site.yaml'),
      '--site',
      'https://bbc-archive.example.org',
    ]);
    pages = htmlPages(SITE_DIR);
    const articles = pages.filter((p) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(p));
    largestArticle = urlPathOf(
      articles.reduce((a, b) =>
        statSync(path.join(SITE_DIR, a)).size >= statSync(path.join(SITE_DIR, b)).size ? a : b,
      ),
    );
    server = await serveSite(SITE_DIR);
    gzipServer = await serveSite(SITE_DIR, '/', { gzip: true });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gzipServer?.close();
  });

  const READER_PAGES = (): { name: string; path: string; ready?: (page: Page) => Promise<unknown> }[] => [
    { name: 'home', path: '' },
    { name: 'article', path: largestArticle },
    { name: 'listing', path: 'sections/business/page/3/' },
    {
      name: 'search',
      path: 'search/?q=gordon+brown&section=politics',
      ready: (page) => page.waitForSelector('#search-results > li'),
    },
    { name: '404', path: '404.html' },
  ];

  it('has every article and listing, each listing page within the page size', () => {
    const articles = pages.filter((p) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(p));
    // 2,225 files hold 2,125 texts: each of the 100 exact copies is merged into the article
    // of its first place, whose page lists every place.
    expect(articles).toHaveLength(2125);
    const places = articles.flatMap((p) =>
      all(parseHtml(readFileSync(path.join(SITE_DIR, p), 'utf8')), '.provenance code').map((c) =>
        toString(c),
      ),
    );
    expect(places).toHaveLength(2225);
    expect(new Set(places).size).toBe(2225);
    for (const listing of pages.filter((p) =>
      /^(articles|sections\/[^/]+|sources\/[^/]+)\/(page\/\d+\/)?index\.html$/.test(p),
    )) {
      const items = all(parseHtml(readFileSync(path.join(SITE_DIR, listing), 'utf8')), '.article-list > li');
      expect(items.length, listing).toBeGreaterThan(0);
      expect(items.length, listing).toBeLessThanOrEqual(50);
    }
    expect(pages).toContain('sections/business/page/11/index.html');
  });

  it('is valid HTML: every listing, a sample of articles and of people pages', async () => {
    const articles = pages.filter((p) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(p));
    // Thousands of people pages share one template: a sample, as for the articles.
    const people = pages.filter((p) => /^people\/[^/]+\/index\.html$/.test(p));
    const sampled = new Set([...articles, ...people]);
    const sample = [
      ...pages.filter((p) => !sampled.has(p)),
      ...articles.filter((_, i) => i % ARTICLE_SAMPLE_EVERY === 0),
      ...people.filter((_, i) => i % ARTICLE_SAMPLE_EVERY === 0),
      `${largestArticle}index.html`,
    ];
    const errors: string[] = [];
    for (const file of sample)
      errors.push(...(await htmlErrors(readFileSync(path.join(SITE_DIR, file), 'utf8'), file)));
    expect(sample.length).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`axe finds no violations in the ${scheme} theme`, async () => {
      const found: string[] = [];
      for (const p of READER_PAGES()) {
        const page = await openPage(browser, `${server.url}${p.path}`, { scheme });
        await p.ready?.(page);
        for (const v of await axeViolations(page))
          found.push(`${p.name}: ${v.id} at ${v.targets.join(', ')}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('fits 320 px, and writes screenshots at 390 and 1280 px', async () => {
    const wide: string[] = [];
    for (const p of READER_PAGES()) {
      const page = await openPage(browser, `${server.url}${p.path}`, { width: 320, height: 640 });
      await p.ready?.(page);
      if (await overflowsSideways(page)) wide.push(p.name);
      await page.close();
    }
    expect(wide).toEqual([]);
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as ColorScheme[]) {
        for (const p of READER_PAGES().filter((x) => ['home', 'article', 'search'].includes(x.name))) {
          const page = await openPage(browser, `${server.url}${p.path}`, { scheme, width, height: 900 });
          await p.ready?.(page);
          await screenshot(page, `bbc-${p.name}-${width}-${scheme}`);
          await page.close();
        }
      }
    }
  });

  it('keeps its largest article within 35 KB and scores as required in Lighthouse', async () => {
    const weight = await pageWeight(browser, `${gzipServer.url}${largestArticle}`);
    console.log(
      `BBC largest article ${largestArticle}: ${JSON.stringify(weight.byType)}; HTML+CSS+JS ${weight.total} bytes`,
    );
    expect(weight.total).toBeLessThanOrEqual(35_000);
    const scores = await lighthouseScores(`${gzipServer.url}${largestArticle}`);
    console.log(`Lighthouse on the BBC article: ${JSON.stringify({ ...scores, failing: undefined })}`);
    expectLighthouseBudget(scores);
  }, 360_000);

  it('has an offline edition whose search from disk finds an article by its title with a typo', async () => {
    const out = path.join(ROOT, 'test-results/sites/bbc-offline');
    await writeOfflineEdition({ site: SITE_DIR, out, base: '/', root: ROOT });
    // A title of the archive, its longest word with two letters swapped ("Optimism" → "Optimsim").
    const article = largestArticle;
    const title = toString(
      all(parseHtml(readFileSync(path.join(SITE_DIR, article, 'index.html'), 'utf8')), 'h1')[0]!,
    );
    const words = title.split(/\s+/);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const i = Math.floor(longest.length / 2);
    const typo = `${longest.slice(0, i)}${longest[i + 1]}${longest[i]}${longest.slice(i + 2)}`;
    const query = words.map((w) => (w === longest ? typo : w)).join(' ');
    expect(query).not.toBe(title);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(out).href}/search/index.html?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results li h2 a', { timeout: 30_000 });
    const titles = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent ?? ''));
    expect(titles, query).toContain(title);
    await page.close();
    expect(errors).toEqual([]);
  }, 300_000);
});
