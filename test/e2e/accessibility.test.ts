/**
 * axe-core finds no accessibility violations on the seed site's pages, in the light and the
 * dark theme; no page scrolls sideways at 320 px; and screenshots of the home page, an
 * article, search results and the dark theme at 390 and 1280 px are written to
 * test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import {
  axeViolations,
  openPage,
  overflowsSideways,
  screenshot,
  type ColorScheme,
} from '../helpers/reader-checks.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();

/** The pages checked, and what to wait for before checking. */
export const READER_PAGES: { name: string; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/' },
  { name: 'listing', path: 'articles/page/2/' },
  { name: 'source', path: 'sources/rfe-rl/' },
  { name: 'month', path: 'years/2022/10/' },
  { name: 'about', path: 'about/' },
  {
    name: 'search',
    path: 'search/?q=Voronkov',
    ready: (page) => page.waitForSelector('#search-results > li'),
  },
  {
    name: 'search-empty',
    path: 'search/?q=qqxyzzyq',
    ready: (page) => page.waitForSelector('#search-empty:not([hidden])'),
  },
  { name: '404', path: '404.html' },
];

describe.skipIf(!enabled)('accessibility and layout of the seed site', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('root'));

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`axe finds no violations in the ${scheme} theme`, async () => {
      const found: string[] = [];
      for (const p of READER_PAGES) {
        const page = await openPage(served.browser, `${served.server.url}${p.path}`, { scheme });
        await p.ready?.(page);
        for (const v of await axeViolations(page))
          found.push(`${p.name}: ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('axe finds no violations in the quick results under the header search', async () => {
    const page = await openPage(served.browser, served.server.url, { scheme: 'dark' });
    await page.fill('#site-search', 'Voronkov');
    await page.waitForSelector('#quick-results li a');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps a visible focus ring and a skip link to the content', async () => {
    const page = await openPage(served.browser, served.server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.close();
  });

  it('fits a 320 px wide screen on every page', async () => {
    const wide: string[] = [];
    for (const p of READER_PAGES) {
      const page = await openPage(served.browser, `${served.server.url}${p.path}`, {
        width: 320,
        height: 640,
      });
      await p.ready?.(page);
      if (await overflowsSideways(page)) wide.push(p.name);
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  it('writes screenshots of home, article and search results, light and dark, at 390 and 1280 px', async () => {
    const shots = READER_PAGES.filter((p) => ['home', 'article', 'search'].includes(p.name));
    const files: string[] = [];
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as ColorScheme[]) {
        for (const p of shots) {
          const page = await openPage(served.browser, `${served.server.url}${p.path}`, {
            scheme,
            width,
            height: 900,
          });
          await p.ready?.(page);
          files.push(await screenshot(page, `seed-${p.name}-${width}-${scheme}`));
          await page.close();
        }
      }
    }
    expect(files).toHaveLength(12);
  });
});

describe.skipIf(!enabled)('accessibility of article pages made from database exports', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('exports'));
  /** An export's article with its details list, and an article in German (its page `lang="de"`). */
  const pages = [
    'articles/ferry-timetable-changes-for-the-winter/',
    'articles/neue-regeln-fur-den-grenzschutz-in-zentralasien/',
  ];

  it('axe finds no violations, light and dark, and nothing scrolls sideways at 320 px', async () => {
    const found: string[] = [];
    const first = await openPage(served.browser, `${served.server.url}${pages[0]}`);
    expect(await first.locator('.article-details dt').count()).toBeGreaterThan(3);
    await first.close();
    for (const path of pages) {
      for (const scheme of ['light', 'dark'] as ColorScheme[]) {
        const page = await openPage(served.browser, `${served.server.url}${path}`, { scheme });
        expect(await page.locator('#article-title').count(), path).toBe(1);
        for (const v of await axeViolations(page))
          found.push(`${path} ${scheme}: ${v.id} at ${v.targets.join(', ')}`);
        await page.close();
      }
      const narrow = await openPage(served.browser, `${served.server.url}${path}`, {
        width: 320,
        height: 640,
      });
      if (await overflowsSideways(narrow)) found.push(`${path}: scrolls sideways at 320 px`);
      await narrow.close();
    }
    expect(found).toEqual([]);
  });
});
