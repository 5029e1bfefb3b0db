/**
 * The reader's tools in headless Chromium, on the root fixture site: the colour theme
 * toggle, the header search (shortcuts, quick results, plain form without JavaScript), the
 * search page (filters with counts, sort, sub-results, state in the URL, no results) and
 * the highlighting of searched words on the article a result opens.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../../src/shared/theme-key.ts';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { openPage } from '../helpers/reader-checks.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const DATED_TITLE = 'Tajik FM Muhriddin Meets Head of the UN Counter-Terrorism Department Voronkov';
const ARTICLE = 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/';

describe.skipIf(!enabled)('the reader’s tools', () => {
  // A missing address gets the 404 page, as a static host answers it.
  const served = siteInBrowser(fixtureSiteBeforeAll('root'), '/', { notFoundPage: '404.html' });

  const resultTitles = (page: Page): Promise<string[]> =>
    page.$$eval('#search-results > li h2 a', (as) => as.map((a) => a.textContent ?? ''));

  describe('colour theme', () => {
    it('cycles auto → light → dark, and the choice persists across pages', async () => {
      const page = await openPage(served.browser, served.server.url, { scheme: 'light' });
      const toggle = page.locator('#theme-toggle');
      await expect(toggle.isVisible()).resolves.toBe(true);
      expect(await toggle.textContent()).toMatch(/Auto/);
      const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await bg();
      await toggle.click();
      expect(await toggle.textContent()).toMatch(/Light/);
      await toggle.click();
      expect(await toggle.textContent()).toMatch(/Dark/);
      expect(await bg()).not.toBe(light);
      expect(await page.evaluate((k) => localStorage.getItem(k), THEME_STORAGE_KEY)).toBe('dark');
      await page.goto(`${served.server.url}${ARTICLE}`);
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await page.locator('#theme-toggle').textContent()).toMatch(/Dark/);
      await page.locator('#theme-toggle').click();
      expect(await page.getAttribute('html', 'data-theme')).toBeNull();
      expect(await page.evaluate((k) => localStorage.getItem(k), THEME_STORAGE_KEY)).toBeNull();
      await page.close();
    });

    it('applies a stored choice before the body is parsed (no flash of the wrong theme)', async () => {
      const context = await served.browser.newContext({ colorScheme: 'light' });
      await context.addInitScript((key) => {
        localStorage.setItem(key, 'dark');
        const seen = (): void => {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
            document.documentElement.dataset.theme ?? 'none';
        };
        new MutationObserver((_, observer) => {
          if (document.body) {
            seen();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, THEME_STORAGE_KEY);
      const page = await context.newPage();
      await page.goto(`${served.server.url}${ARTICLE}`);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe(
        'dark',
      );
      await context.close();
    });

    it('follows the system setting without JavaScript, and shows no dead toggle', async () => {
      const page = await openPage(served.browser, `${served.server.url}${ARTICLE}`, {
        scheme: 'dark',
        javaScript: false,
      });
      expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(21, 22, 26)');
      expect((await page.locator('.article-body').innerText()).length).toBeGreaterThan(1000);
      await page.close();
    });
  });

  describe('print, motion and the 404 page', () => {
    it('prints an article with its source and address, without the site’s navigation', async () => {
      const page = await openPage(served.browser, `${served.server.url}${ARTICLE}`);
      await page.emulateMedia({ media: 'print' });
      const visible = (selector: string): Promise<boolean> => page.locator(selector).first().isVisible();
      expect(await visible('.site-header')).toBe(false);
      expect(await visible('.site-footer')).toBe(false);
      expect(await visible('.article-nav')).toBe(false);
      expect(await visible('.article-source')).toBe(true);
      expect(await page.locator('.print-only').innerText()).toBe(
        'Archived at https://archive.example.org/articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/',
      );
      await page.emulateMedia({ media: 'screen' });
      expect(await visible('.print-only')).toBe(false);
      await page.close();
    });

    it('scrolls smoothly only when the reader allows motion', async () => {
      const page = await openPage(served.browser, served.server.url);
      const behaviour = (): Promise<string> =>
        page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      // Smooth once the reader is using the page (something has focus); a #link opened from
      // elsewhere jumps straight to its paragraph.
      expect(await behaviour()).toBe('auto');
      await page.focus('#site-search');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect(await behaviour()).toBe('smooth');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await behaviour()).toBe('auto');
      await page.close();
    });

    it('offers the words of a missing address as a search on the 404 page', async () => {
      const page = await openPage(served.browser, `${served.server.url}404.html`);
      expect(await page.inputValue('#not-found-search')).toBe('');
      const missing = await page.goto(`${served.server.url}articles/voronkov-visit/`);
      expect(missing?.status()).toBe(404);
      expect(await page.inputValue('#not-found-search')).toBe('voronkov visit');
      await page.press('#not-found-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=voronkov\+visit$/);
      await page.close();
    });
  });

  describe('header search', () => {
    it('without JavaScript is a form that opens the search page with the query in the URL', async () => {
      const page = await openPage(served.browser, `${served.server.url}${ARTICLE}`, { javaScript: false });
      await page.fill('#site-search', 'Voronkov');
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=Voronkov$/);
      await page.close();
    });

    it('opens with / and with Ctrl-K, shows quick results, and moves through them with the keys', async () => {
      const page = await openPage(served.browser, `${served.server.url}${ARTICLE}`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.locator('h1').click();
      await page.keyboard.press('Control+k');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('Voronkov');
      await page.waitForSelector('#quick-results li a');
      const quick = await page.$$eval('#quick-results li a .quick-title', (s) => s.map((x) => x.textContent));
      expect(quick).toContain(DATED_TITLE);
      expect(await page.textContent('#quick-results .quick-status')).toMatch(/^\d+ articles match\.$/);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('#quick-results') !== null)).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      expect(await page.locator('#quick-results').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.close();
    });

    it('says clearly when nothing matches', async () => {
      const page = await openPage(served.browser, served.server.url);
      await page.fill('#site-search', 'qqxyzzyq');
      await page.waitForSelector('#quick-results .quick-status');
      expect(await page.textContent('#quick-results .quick-status')).toBe('No articles match “qqxyzzyq”.');
      await page.close();
    });
  });

  describe('search page', () => {
    it('shows title, source, date and excerpt, and filters with counts', async () => {
      const page = await openPage(served.browser, `${served.server.url}search/?q=Voronkov`);
      await page.waitForSelector('#search-results > li');
      const first = page.locator('#search-results > li').filter({ hasText: DATED_TITLE });
      expect(await first.locator('.meta').textContent()).toBe(
        'National information agency of Tajikistan · October 17, 2022',
      );
      expect(await first.locator('p mark').count()).toBeGreaterThan(0);
      // The facets come after the results (search-page.ts).
      await page.waitForSelector('#search-facets-box:not([aria-busy])', { state: 'attached' });
      const sourceBoxes = await page.$$eval('#search-facets fieldset', (sets) =>
        sets.map((f) => [
          f.querySelector('legend')?.textContent,
          (f.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ]),
      );
      const source = sourceBoxes.find(([legend]) => legend === 'Source')?.[1] ?? '';
      expect(source).toContain('United Nations in Tajikistan (1)');
      // All four reports are dated in October 2022 (three to the day, one to the month).
      expect(sourceBoxes.find(([legend]) => legend === 'Year')?.[1]).toContain('2022 (4)');
      await page.close();
    });

    it('keeps filters and sort in the URL, and counts other values of a filter in use', async () => {
      const page = await openPage(served.browser, `${served.server.url}search/?q=Voronkov`);
      await page.waitForSelector('#search-results > li');
      const all = (await resultTitles(page)).length;
      await page.getByLabel(/^United Nations in Tajikistan/).check();
      await page.waitForURL(/source=United\+Nations\+in\+Tajikistan/);
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 1);
      await page.waitForSelector('#search-facets-box:not([aria-busy])', { state: 'attached' });
      expect(await resultTitles(page)).toEqual([
        'Meeting of the President of Tajikistan H.E. Emomali Rahmon with UN USG for Counter-Terrorism, Mr. Vladimir Voronkov',
      ]);
      // The box just ticked keeps the focus, and the other sources still show their counts.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
        'United Nations in Tajikistan',
      );
      expect(await page.locator('#search-facets').textContent()).toMatch(
        /National information agency of Tajikistan\s*\(\d+\)/,
      );
      await page.goBack();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, all);
      await page.selectOption('#search-sort', 'newest');
      await page.waitForURL(/sort=newest/);
      // Newest first: the two reports of 18 October, then 17 October, then the one dated only
      // to October 2022 (a month sorts after its days), then the undated.
      const newest = ['October 18, 2022', 'October 18, 2022', 'October 17, 2022', 'October 2022'];
      const dates = (): Promise<string[]> =>
        page.$$eval('#search-results > li .meta', (ms) =>
          ms.map((m) => (m.textContent ?? '').split(' · ').at(-1) ?? '').filter((d) => /\d{4}$/.test(d)),
        );
      await expect.poll(dates, { timeout: 30_000 }).toEqual(newest);
      expect((await resultTitles(page)).length).toBe(all);
      await page.close();
    });

    it('links sub-results into the article and highlights the searched words there', async () => {
      const page = await openPage(
        served.browser,
        `${served.server.url}search/?q=${encodeURIComponent('Taiwan')}`,
      );
      await page.waitForSelector('#search-results > li');
      const sub = page.locator('#search-results .sub-results a').first();
      const href = (await sub.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/\?highlight=taiwan(&highlight=[a-z0-9-]+)*#[a-z0-9-]+$/);
      await sub.click();
      await page.waitForURL(/#/);
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
      await page.waitForSelector('#article-body mark.search-highlight');
      const marked = await page.$$eval('mark.search-highlight', (ms) =>
        ms.map((m) => m.textContent?.toLowerCase()),
      );
      expect(marked.length).toBeGreaterThan(1);
      expect(marked.every((m) => m?.startsWith('taiwan'))).toBe(true);
      await page.close();
    });

    it('shows a clear state when nothing matches, with a way out of the filters', async () => {
      const page = await openPage(served.browser, `${served.server.url}search/?q=qqxyzzyq&source=RFE%2FRL`);
      await page.waitForSelector('#search-empty:not([hidden])');
      expect(await page.textContent('#search-status')).toBe('No articles match “qqxyzzyq” (source RFE/RL).');
      const out = page.locator('#search-empty-filters a');
      expect(await out.getAttribute('href')).toBe('/search/?q=qqxyzzyq');
      await page.close();
    });
  });
});
