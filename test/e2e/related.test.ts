/**
 * "Other reports of the same event" in headless Chromium, on the seed site under the base
 * path /archive/: following a report's link lands on the other report, which links back.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchBrowser } from '../helpers/browser.ts';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const enabled = browserTestsEnabled();
const OPENING = 'dushanbe-host-the-high-level-international-conference-on-international';
const TRANSLATION = 'international-high-level-conference-entitled-international-and-regional';

describe.skipIf(!enabled)('same-event links in a browser', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const [site] = await fixtureDirs('base');
    server = await serveSite(site!, '/archive/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leads from one report of the conference to another and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/${OPENING}/`);
    const list = page.locator('[data-related="same-event"]');
    await expect(list.getByRole('heading').textContent()).resolves.toBe('Other reports of the same event');
    await list.getByRole('link', { name: /^International high-level conference entitled/ }).click();
    await page.waitForURL(`${server.url}articles/${TRANSLATION}/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(
      /International high-level conference entitled/,
    );
    await page
      .locator('[data-related="same-event"]')
      .getByRole('link', { name: /^Dushanbe Host the High-Level International Conference/ })
      .click();
    await page.waitForURL(`${server.url}articles/${OPENING}/`);
    await page.close();
  });
});
