/**
 * The offline edition (`npm run build -- --offline`) of the `root` fixture site, opened from
 * disk (`file://`) in headless Chromium with no special flags: its links, the theme, short
 * links, highlighting, the 404 page, and the search (corrections included) finding exactly
 * what the hosted site finds; no console error on any page type. Also: every address in it
 * is relative and names a file that is there, it works served at any path, and it is no
 * bigger than 1.4 times the hosted site.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { openSearchPage } from '../helpers/search-page.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const enabled = browserTestsEnabled();

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const sizeOf = (dir: string): number =>
  listFiles(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

/** A page of the edition from disk, with its console errors and page errors collected. */
async function openFromDisk(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

async function searchTitles(page: Page): Promise<{ titles: string[]; notices: string }> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return document.querySelector('#search-results li') !== null || /no |nothing/i.test(status);
  });
  return {
    titles: await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent ?? '')),
    notices: (await page.textContent('#search-notices')) ?? '',
  };
}

describe.skipIf(!enabled)('the offline edition', () => {
  const edition = fixtureSiteBeforeAll('offline');
  const hostedSite = fixtureSiteBeforeAll('root');
  const hosted = siteInBrowser(hostedSite);
  const fileUrl = (file: string): string => `${pathToFileURL(edition()).href}/${file}`;
  const browser = (): Browser => hosted.browser;

  it('has only relative addresses inside the archive, each naming a file of the edition', () => {
    const problems: string[] = [];
    for (const file of listFiles(edition()).filter((f) => f.endsWith('.html'))) {
      const doc = parseDocument(readFileSync(path.join(edition(), file), 'utf8'));
      for (const el of DomUtils.findAll(() => true, doc.children)) {
        for (const name of ['href', 'src', 'action', 'data-to']) {
          const value = el.attribs[name];
          if (value === undefined || value.startsWith('#') || /^(https?|mailto):/.test(value)) continue;
          if (value.startsWith('/')) {
            problems.push(`${file}: ${name}="${value}"`);
            continue;
          }
          const target = new URL(value, `file:///e/${file}`).pathname.slice(3);
          if (!existsSync(path.join(edition(), decodeURIComponent(target))))
            problems.push(`${file}: ${value} is missing`);
        }
      }
      if (/type="module"/.test(readFileSync(path.join(edition(), file), 'utf8')))
        problems.push(`${file}: module script`);
    }
    expect(problems).toEqual([]);
    const csp = (file: string): string | undefined =>
      /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
    expect(csp(path.join(edition(), 'search/index.html'))).not.toMatch(/'unsafe-(eval|inline)'/);
    expect(csp(path.join(edition(), 'search/index.html'))).toBe(
      csp(path.join(hostedSite(), 'search/index.html')),
    );
  });

  it('is at most 1.4 times the hosted site, and its zip beside it holds every file', () => {
    expect(sizeOf(edition()) / sizeOf(hostedSite())).toBeLessThanOrEqual(1.4);
    const zipped = Object.keys(unzipSync(readFileSync(`${edition()}.zip`)));
    expect(zipped.sort()).toEqual(
      listFiles(edition())
        .map((f) => `offline/${f}`)
        .sort(),
    );
  });

  it('goes from the home page to an article and back', async () => {
    const { page, errors } = await openFromDisk(browser(), fileUrl('index.html'));
    const link = page.locator('main a[href*="articles/"][href$="/index.html"]').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await page.waitForURL(/\/articles\/[^/]+\/index\.html$/);
    expect((await page.textContent('h1'))!.trim()).toBe(title);
    await page.goBack();
    expect(page.url()).toBe(fileUrl('index.html'));
    await page.close();
    expect(errors).toEqual([]);
  });

  for (const query of ['Voronkov', 'Voronkvo']) {
    it(`finds “${query}” from disk in exactly the articles the hosted site finds`, async () => {
      const online = await openSearchPage(hosted, query);
      expect(online.titles.length).toBeGreaterThan(0);
      const { page, errors } = await openFromDisk(
        browser(),
        `${fileUrl('search/index.html')}?q=${encodeURIComponent(query)}`,
      );
      const offline = await searchTitles(page);
      expect(offline.titles).toEqual(online.titles);
      expect(offline.notices).toBe(online.notices);
      const href = await page.getAttribute('#search-results li h2 a', 'href');
      expect(href).toMatch(/^file:\/\/.*\/articles\/[^/]+\/index\.html\?highlight=/);
      await page.close();
      expect(errors).toEqual([]);
    });
  }

  it('shows no console error on any kind of page, with the theme, short links, highlights and the header search working', async () => {
    const articles = readdirSync(path.join(edition(), 'articles')).filter(
      (d) =>
        d !== 'index.html' && d !== 'page' && existsSync(path.join(edition(), 'articles', d, 'index.html')),
    );
    const article = articles.find((a) => a.startsWith('tajik-fm'))!;
    const shortLink = readdirSync(path.join(edition(), 'a'))[0]!;
    const source = readdirSync(path.join(edition(), 'sources')).find((d) => d !== 'index.html')!;
    const all: string[] = [];
    for (const file of [
      'index.html',
      'articles/index.html',
      'articles/page/2/index.html',
      `sources/${source}/index.html`,
      'years/index.html',
      'about/index.html',
      '404.html',
      'search/index.html?q=security&sort=newest',
    ]) {
      const { page, errors } = await openFromDisk(browser(), fileUrl(file));
      await page.waitForLoadState('load');
      if (file.startsWith('search')) await searchTitles(page);
      await page.close();
      all.push(...errors);
    }

    const { page, errors } = await openFromDisk(browser(), fileUrl(`a/${shortLink}/index.html`));
    await page.waitForURL(/\/articles\/[^/]+\/index\.html$/);
    await page.goto(`${fileUrl(`articles/${article}/index.html`)}?highlight=voronkov`);
    await page.waitForSelector('#article-body mark');
    await page.click('#theme-toggle');
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(theme).toMatch(/^(light|dark)$/);
    await page.goto(fileUrl('about/index.html'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.fill('#site-search', 'Voronkov');
    await page.waitForSelector('#quick-results a[href*="/index.html"]');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/index\.html\?q=Voronkov$/);
    expect((await searchTitles(page)).titles.length).toBeGreaterThan(0);
    await page.close();
    expect([...all, ...errors]).toEqual([]);
  });

  it('cites an article from disk: every offered style formatted, the CSL-JSON file beside it', async () => {
    const article = readdirSync(path.join(edition(), 'articles')).find((a) => a.startsWith('tajik-fm'))!;
    const { page, errors } = await openFromDisk(browser(), fileUrl(`articles/${article}/index.html`));
    await page.click('#cite > summary');
    const styles = page.locator('[data-cite-style]');
    await styles.first().waitFor();
    const offered = JSON.parse((await page.getAttribute('#cite', 'data-cite'))!) as string[];
    expect(await styles.count()).toBe(1 + offered.length);
    const permalink = (await page.textContent('.cite__permalink a'))!;
    expect(permalink).toMatch(/^https:\/\/archive\.example\.org\/a\/[a-z0-9]+\/$/);
    for (const reference of await page.locator('.cite__reference').allTextContents())
      expect(reference).toContain(permalink);
    const csl = await page.getAttribute(
      '.cite__downloads a[type="application/vnd.citationstyles.csl+json"]',
      'href',
    );
    const cslFile = new URL(csl!, page.url());
    expect(JSON.parse(readFileSync(cslFile, 'utf8'))[0].type).toBe('article-newspaper');
    await page.close();
    expect(errors).toEqual([]);
  });

  describe('served by a static server at any path', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveSite(edition(), '/some/deep/path/');
    });
    afterAll(() => server.close());

    it('finds the same articles', async () => {
      const online = await openSearchPage(hosted, 'Voronkov');
      const { page, errors } = await openFromDisk(browser(), `${server.url}search/index.html?q=Voronkov`);
      expect((await searchTitles(page)).titles).toEqual(online.titles);
      await page.close();
      expect(errors).toEqual([]);
    });
  });
});
