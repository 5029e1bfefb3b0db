/**
 * "Other reports of the same event" in headless Chromium, on the seed site under the base
 * path /archive/: following a report's link lands on the other report, which links back.
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const OPENING = 'dushanbe-host-the-high-level-international-conference-on-international';
const TRANSLATION = 'international-high-level-conference-entitled-international-and-regional';

describe.skipIf(!enabled)('same-event links in a browser', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('base'), '/archive/');

  it('leads from one report of the conference to another and back', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.server.url}articles/${OPENING}/`);
    const list = page.locator('[data-related="same-event"]');
    await expect(list.getByRole('heading').textContent()).resolves.toBe('Other reports of the same event');
    await list.getByRole('link', { name: /^International high-level conference entitled/ }).click();
    await page.waitForURL(`${served.server.url}articles/${TRANSLATION}/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(
      /International high-level conference entitled/,
    );
    await page
      .locator('[data-related="same-event"]')
      .getByRole('link', { name: /^Dushanbe Host the High-Level International Conference/ })
      .click();
    await page.waitForURL(`${served.server.url}articles/${OPENING}/`);
    await page.close();
  });
});
