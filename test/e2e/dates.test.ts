/**
 * Dates as a reader meets them, in headless Chromium on the seed site under /archive/: the
 * home page's "By date" leads to October 2022, which lists all nine seed articles; an article
 * whose day was resolved from "on Tuesday" shows that day and, in its note, how it was found.
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const PROSECUTOR = 'Prosecutor General Announces the Danger of a “Breakthrough” of the Tajik-Afghan Border';

describe.skipIf(!enabled)('dates in a browser', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('base'), '/archive/');

  it('browses from the home page to October 2022 and to an article with its date and how it was found', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.server.url);
    await page.getByRole('link', { name: '2022', exact: true }).click();
    await page.waitForURL(`${served.server.url}years/2022/`);
    await page
      .getByRole('link', { name: /^October/ })
      .first()
      .click();
    await page.waitForURL(`${served.server.url}years/2022/10/`);
    // The nine seed reports, each with its date at its precision.
    const dates = await page.$$eval('.article-list > li .meta time', (ts) =>
      ts.map((t) => t.getAttribute('datetime')),
    );
    expect(dates.filter((d) => d?.startsWith('2022-10')).length).toBe(9);
    await page.getByRole('link', { name: PROSECUTOR }).click();
    await expect(page.locator('article header .meta time').textContent()).resolves.toBe('October 18, 2022');
    await expect(page.locator('.date-note').textContent()).resolves.toMatch(
      /Resolved from “on Tuesday” against the dated articles next to it/,
    );
    await page.close();
  });
});
