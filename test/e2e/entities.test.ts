/**
 * Entities in the reader's browser, on the seed site: an article's link to a person leads to
 * that person's page, which lists the article; the search index offers the `person` filter
 * with the canonical names and their counts (the keys the search page builds facets on).
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { openPage } from '../helpers/reader-checks.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const ARTICLE = 'articles/tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department/';

describe.skipIf(!enabled)('people pages in the browser', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('seed'));

  it('an article’s link to a person opens the person’s page, which lists the article', async () => {
    const page = await openPage(served.browser, `${served.server.url}${ARTICLE}`);
    const link = page.locator('.article-entities a', { hasText: 'Vladimir Voronkov' });
    await expect(link.isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL('**/people/vladimir-voronkov/'), link.click()]);
    expect(await page.locator('h1').textContent()).toBe('Vladimir Voronkov');
    const listed = await page.$$eval('.article-list > li h2 a, .article-list > li h3 a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(listed).toContain(`/${ARTICLE}`);
    expect(listed).toHaveLength(4);
    await page.close();
  });

  it('the search index has the person filter, with the canonical names and counts', async () => {
    const page = await openPage(served.browser, `${served.server.url}search/`);
    // A string, not a function: the test runner would rewrite a function's dynamic import.
    const filters = (await page.evaluate(
      `import(location.origin + '/pagefind/pagefind.js').then((pagefind) => pagefind.filters())`,
    )) as Record<string, Record<string, number> | undefined>;
    expect(filters.person?.['Vladimir Voronkov']).toBe(4);
    expect(filters.person?.['Emomali Rahmon']).toBe(4);
    expect(filters.person?.['Yusuf Rahmon']).toBe(1);
    expect(filters.person?.['Voronkov']).toBeUndefined();
    await page.close();
  });
});
