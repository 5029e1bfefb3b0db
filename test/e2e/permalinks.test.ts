/**
 * Links that never break, in headless Chromium: an old URL (with a paragraph anchor) lands
 * on the renamed article at that paragraph; a short link lands on its article; opening
 * `#<paragraph-id>` scrolls to the paragraph; the "link to this paragraph" affordance shows
 * on keyboard focus and has an accessible name; a search hit links to the paragraph that
 * matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchBrowser } from '../helpers/browser.ts';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, toString } from '../helpers/html.ts';
import { MOVED } from '../helpers/moved-site.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

const enabled = browserTestsEnabled();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2 A/AA violations on the page: rule id and the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the site's CSP refuses inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Id of a paragraph far down an article of a built site (so that reaching it needs a scroll). */
function lateParagraphId(site: string, slug: string): string {
  const tree = parseHtml(readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8'));
  const paragraphs = all(tree, '.article-body > p[id]');
  return String(paragraphs[Math.floor(paragraphs.length * 0.7)]!.properties.id);
}

/**
 * Checks that the window is scrolled to the element: it was scrolled at all, and the element
 * is at the top of the viewport (or as near as the end of the page allows).
 */
async function expectScrolledTo(page: Page, id: string): Promise<void> {
  // Give any scrolling time to finish; the assertions below say what went wrong if it never does.
  await page
    .waitForFunction(
      (target) => {
        const top = document.getElementById(target)?.getBoundingClientRect().top ?? Infinity;
        const atEnd = window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 2;
        return window.scrollY > 0 && top >= -1 && (top < 40 || atEnd);
      },
      id,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const at = await page.evaluate((target) => {
    const el = document.getElementById(target)!;
    return {
      top: el.getBoundingClientRect().top,
      scrollY: window.scrollY,
      maxScroll: document.documentElement.scrollHeight - window.innerHeight,
      height: window.innerHeight,
    };
  }, id);
  expect(at.scrollY).toBeGreaterThan(0);
  expect(at.top).toBeGreaterThanOrEqual(-1);
  expect(at.top).toBeLessThan(at.height / 2);
  if (Math.abs(at.scrollY - at.maxScroll) > 2) expect(at.top).toBeLessThan(40);
}

describe.skipIf(!enabled)('permanent links in a browser', () => {
  let browser: Browser;
  let moved: StaticServer;
  let root: StaticServer;

  /** The folders of the moved site and the site at the root. */
  let siteMoved: string;
  let siteRoot: string;

  beforeAll(async () => {
    [siteMoved, siteRoot] = await fixtureDirs('moved', 'root');
    moved = await serveSite(siteMoved, MOVED.base);
    root = await serveSite(siteRoot, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await moved?.close();
    await root?.close();
  });

  it('takes an old URL with a paragraph anchor to that paragraph of the renamed article', async () => {
    const id = lateParagraphId(siteMoved, MOVED.renamedTo);
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${moved.url}articles/${MOVED.renamedFrom}/#${id}`);
    await page.waitForURL(`${moved.url}articles/${MOVED.renamedTo}/#${id}`);
    expect(await page.textContent('h1')).toBe(
      'Tajikistan Wages Renewed Crackdown On Independent Journalists, Bloggers',
    );
    await expectScrolledTo(page, id);
    await page.close();
  });

  it('follows the redirect without JavaScript too (meta refresh)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${moved.url}articles/${MOVED.renamedFrom}/`);
    await page.waitForURL(`${moved.url}articles/${MOVED.renamedTo}/`);
    expect(await page.textContent('h1')).toContain('Tajikistan Wages Renewed Crackdown');
    await context.close();
  });

  it('takes a short link to its article, and shows a withdrawn article as withdrawn', async () => {
    const tree = parseHtml(
      readFileSync(path.join(siteMoved, 'articles', MOVED.renamedTo, 'index.html'), 'utf8'),
    );
    const canonical = String(all(tree, 'link[rel="canonical"]')[0]!.properties.href);
    const page = await browser.newPage();
    const shortLinks = readdirSync(path.join(siteMoved, 'a'));
    let landed = 0;
    for (const id of shortLinks) {
      await page.goto(`${moved.url}a/${id}/`);
      await page.waitForURL(/\/archive\/articles\/[a-z0-9-]+\/$/);
      expect(await page.locator('h1').count()).toBe(1);
      if (page.url().endsWith(canonical)) landed++;
    }
    expect(landed).toBe(1);
    await page.goto(`${moved.url}articles/${MOVED.withdrawnSlug}/`);
    expect(await page.textContent('main')).toContain('no longer in the archive');
    await page.click('main >> text=Browse the archive');
    await page.waitForURL(moved.url);
    await page.close();
  });

  it('scrolls to a paragraph opened by its anchor, and offers a link to it on keyboard focus', async () => {
    const slug = 'china-in-eurasia-briefing-xi-eyes-security-and-superpower-status';
    const id = lateParagraphId(siteRoot, slug);
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${root.url}articles/${slug}/#${id}`);
    await expectScrolledTo(page, id);

    const link = page.locator(`#${id} > a.anchor-link`);
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    // Its accessible name, as Chromium computes it.
    const named = page.getByRole('link', { name: 'Link to this paragraph' });
    expect(await named.count()).toBe(await page.locator('.article-body p > a.anchor-link').count());
    // Hidden until the block is hovered or the link has focus; focus shows an outline.
    const other = page.locator('.article-body > p[id] > a.anchor-link').first();
    const opacity = () => other.evaluate((el) => getComputedStyle(el).opacity);
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await other.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await other.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await opacity()).toBe('1');
    expect(await other.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    // Following it (Enter) puts the paragraph's address in the location bar.
    const otherId = await other.evaluate((el) => el.parentElement!.id);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${root.url}articles/${slug}/#${otherId}`);
    await page.close();
  });

  it('has no axe violations on an article, a withdrawn page and a redirect page', async () => {
    const page = await browser.newPage();
    await page.goto(`${root.url}articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/`);
    expect(await axeViolations(page)).toEqual([]);
    // With a link focused (its mark shown) and in dark mode too.
    await page.focus('.article-body a.anchor-link');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${moved.url}articles/${MOVED.withdrawnSlug}/`);
    expect(await axeViolations(page)).toEqual([]);
    // The redirect page itself: its script is stubbed and the navigation it starts gets a
    // 204 (No Content), which leaves the page where it is.
    const redirect = await browser.newPage();
    await redirect.route('**/redirect.js', (route) =>
      route.fulfill({ body: '', contentType: 'text/javascript' }),
    );
    await redirect.route(`**/articles/${MOVED.renamedTo}/`, (route) => route.fulfill({ status: 204 }));
    await redirect.goto(`${moved.url}articles/${MOVED.renamedFrom}/`);
    expect(await redirect.textContent('body')).toContain('This address leads to');
    expect(await axeViolations(redirect)).toEqual([]);
    await redirect.close();
    await page.close();
  });

  it('links a search hit to the paragraph that matched', async () => {
    // "Khujand" occurs once in the archive, in a paragraph far down this article.
    const slug = 'tajikistan-wages-renewed-crackdown-on-independent-journalists-bloggers';
    const tree = parseHtml(readFileSync(path.join(siteRoot, 'articles', slug, 'index.html'), 'utf8'));
    const paragraph = all(tree, '.article-body > p[id]').find((p) => toString(p).includes('Khujand'))!;
    const target = `/articles/${slug}/?highlight=khujand#${String(paragraph.properties.id)}`;
    const page = await browser.newPage();
    await page.goto(`${root.url}search/?q=Khujand`);
    await page.waitForSelector('#search-results li');
    const hrefs = await page.$$eval('#search-results li a.result-excerpt', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual([target]);
    expect(await page.textContent('#search-results a.result-excerpt mark')).toBe('Khujand');
    await page.click('#search-results a.result-excerpt');
    await page.waitForURL(`${root.origin}${target}`);
    await page.close();
  });
});
