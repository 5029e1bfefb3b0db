/**
 * "Cite this article" and "cite this paragraph" in Chromium, on the root fixture site under
 * its Content-Security-Policy: the panel formats APA, MLA and Chicago (MLA and Chicago when
 * the official CSL styles are installed: Debian's citation-style-language-styles, which CI
 * installs), each copy button puts exactly the shown reference on the clipboard, the BibTeX
 * and RIS downloads hold the article, and a paragraph's anchor offers its link and citation.
 * No CSP violation and no console error on the way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
const ARTICLE = 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/';
const TITLE = 'China In Eurasia Briefing: Xi Eyes Security And Superpower Status';
/** The root fixture's site URL: citations carry it, the test server is elsewhere. */
const SITE_URL = 'https://archive.example.org/';
const hasStyles = existsSync('/usr/share/citation-style-language/styles/modern-language-association.csl');

describe.skipIf(!enabled)('citing an article and a paragraph', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('root'));
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    context = await served.browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url });
    page = await context.newPage();
    problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
      });
    });
    await page.goto(`${served.server.url}${ARTICLE}`);
  });

  afterEach(async () => {
    expect(problems).toEqual([]);
    await context.close();
  });

  const clipboard = (): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

  it('formats the reference in each style, and copies exactly what it shows', async () => {
    await page.click('#cite > summary');
    const styles = page.locator('[data-cite-style]');
    await styles.first().waitFor();
    expect(await styles.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.citeStyle))).toEqual(
      hasStyles ? ['apa', 'modern-language-association', 'chicago-author-date'] : ['apa'],
    );
    const permalink = await page.locator('.cite__permalink a').textContent();
    expect(permalink).toMatch(new RegExp(`^${SITE_URL}a/[a-z0-9]+/$`));
    for (const item of await styles.all()) {
      const shown = (await item.locator('.cite__reference').textContent())!;
      expect(shown).toContain(permalink);
      expect(shown.toLowerCase()).toContain('xi eyes security');
      expect(shown).toContain('RFE/RL');
      await item.locator('button').click();
      await expect.poll(clipboard).toBe(shown);
    }
    await page.click('.cite__permalink button');
    await expect.poll(clipboard).toBe(permalink);
  });

  it('downloads BibTeX and RIS of the article', async () => {
    await page.click('#cite > summary');
    await page.locator('[data-cite-download="bibtex"]').waitFor();
    const read = async (selector: string): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const bibtex = parseBibtex(await read('[data-cite-download="bibtex"]'));
    expect(bibtex.errors).toEqual([]);
    expect(bibtex.entries[0]?.fields).toMatchObject({ title: TITLE, journal: 'RFE/RL' });
    expect(String(bibtex.entries[0]?.fields.url)).toMatch(new RegExp(`^${SITE_URL}a/`));
    const ris = await read('[data-cite-download="ris"]');
    expect(ris).toMatch(/^TY {2}- NEWS$/m);
    expect(ris).toContain(`T1  - ${TITLE}`);
  });

  it('a paragraph’s anchor offers its permanent link and a citation with it', async () => {
    const first = page.locator('#article-body p[id]').first();
    const id = (await first.getAttribute('id'))!;
    await first.hover();
    await first.locator('a.anchor-link').click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const bar = page.locator('.cite-paragraph');
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Copy link to paragraph' }).click();
    const linkPattern = new RegExp(`^${SITE_URL}a/[a-z0-9]+/#${id}$`);
    // The clipboard is written asynchronously; the formatter (for the citation) loads on demand.
    await expect.poll(clipboard, { timeout: 20_000 }).toMatch(linkPattern);
    const link = await clipboard();
    await bar.getByRole('button', { name: 'Copy citation (APA)' }).click();
    await expect.poll(clipboard, { timeout: 20_000 }).toContain(TITLE);
    expect(await clipboard()).toContain(link);
    // The same anchor again closes the bar.
    await first.locator('a.anchor-link').click();
    await expect.poll(() => bar.count()).toBe(0);
  });
});
