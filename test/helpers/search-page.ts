/**
 * The site's search page in the browser, as a reader uses it: opened at `search/?q=…`, read
 * once its results (or its "nothing found") are shown. No page error may occur on the way.
 */
import { expect } from 'vitest';
import type { SiteInBrowser } from './site-in-browser.ts';

export interface SearchPageOutcome {
  /** The titles of the results shown, in order. */
  titles: string[];
  /** The notices shown (corrections, dropped words …), as text. */
  notices: string;
  /** The search page's own language. */
  lang: string;
}

/** Opens the search page for `query` (with `extra` URL parameters, e.g. `&sort=newest`). */
export async function openSearchPage(
  served: SiteInBrowser,
  query: string,
  extra = '',
): Promise<SearchPageOutcome> {
  const page = await served.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return document.querySelector('#search-results li') !== null || /no |nothing/i.test(status);
  });
  const titles = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.textContent ?? ''));
  const notices = (await page.textContent('#search-notices')) ?? '';
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.close();
  expect(errors).toEqual([]);
  return { titles, notices, lang };
}
