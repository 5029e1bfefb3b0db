/**
 * The hostile archive in headless Chromium: on every article page the text a reader sees
 * is the input, line for line (checked with the fidelity comparison on the rendered
 * `innerText`), no script from the text runs (no dialog, no script element, no handler),
 * and searching it shows results as text.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkFidelity,
  formatFidelityProblem,
  normaliseText,
  type PageText,
  type PlacedArticle,
} from '../../scripts/checks/fidelity.ts';
import { ingest, type IngestResult } from '../../scripts/ingest/pipeline.ts';
import { cspHash } from '../../src/shared/csp.ts';
import { articlePath } from '../../src/shared/urls.ts';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSite, fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** Script types a browser never runs: data blocks. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);
const enabled = browserTestsEnabled();

/** What the page shows, read from the rendered DOM (innerText: what a reader sees). */
function renderedText(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    for (const chrome of document.querySelectorAll('[data-archive-chrome]')) chrome.remove();
    const article = document.querySelector('[data-pagefind-body]')!;
    const units: { role: string; text: string; number?: number }[] = [];
    units.push({ role: 'title', text: (article.querySelector('h1') as HTMLElement).innerText });
    const body = article.querySelector('.article-body')!;
    for (const block of body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')) {
      const text = (block as HTMLElement).innerText;
      if (block.tagName === 'LI') {
        const list = block.parentElement!;
        if (list.tagName === 'OL') {
          const start = (list as HTMLOListElement).start;
          units.push({ role: 'numbered', text, number: start + [...list.children].indexOf(block) });
        } else units.push({ role: 'bullet', text });
      } else units.push({ role: /^H\d$/.test(block.tagName) ? 'heading' : 'paragraph', text });
    }
    const footer = article.querySelector('.article-source') as HTMLElement | null;
    if (footer) units.push({ role: 'footer', text: footer.innerText });
    return { units, problems: [] };
  }) as Promise<PageText>;
}

describe.skipIf(!enabled)('the hostile archive in Chromium', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('hostile'));
  let result: IngestResult;

  beforeAll(async () => {
    result = await ingest({ inputs: (await fixtureSite('hostile')).inputs });
  });

  it('shows every input line verbatim and runs no script from the text', async () => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    const placed: PlacedArticle[] = [];
    for (const article of result.articles) {
      const page = await served.browser.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const pagePath = articlePath(article.frontmatter.slug);
      await page.goto(`${served.server.url}${pagePath}`);
      await page.waitForLoadState('load');
      // Every script is the site's: a file from the site, a data block (JSON-LD, the CSL item), or an inline
      // script the page's own policy allows by hash. None is inside the article.
      const policy = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
      const scripts = await page.$$eval('script', (els) =>
        els.map((s) => ({
          src: s.getAttribute('src'),
          type: s.getAttribute('type'),
          text: s.src ? '' : (s.textContent ?? ''),
          inArticle: s.closest('[data-pagefind-body]') !== null,
        })),
      );
      const foreign = scripts.filter(
        (s) =>
          s.inArticle ||
          (s.src !== null
            ? !s.src.startsWith('/')
            : !DATA_TYPES.has(s.type ?? '') && !policy.includes(cspHash(s.text))),
      );
      expect(foreign, pagePath).toEqual([]);
      const pwned = await page.evaluate(
        () =>
          document.title === 'pwned' ||
          'pwned' in window ||
          document.querySelector('[onerror], [onload]') !== null,
      );
      expect(pwned, pagePath).toBe(false);
      const p = article.frontmatter.provenance;
      const text = await renderedText(page);
      placed.push({
        file: p.file,
        index: p.index,
        startLine: p.startLine,
        endLine: p.endLine,
        page: `${pagePath}index.html`,
        text: { units: text.units.map((u) => ({ ...u, text: normaliseText(u.text) })), problems: [] },
      });
      await page.close();
    }
    const report = checkFidelity(
      result.sources.map((s) => ({ file: s.displayPath, lines: s.lines })),
      placed,
    );
    expect(report.problems.map(formatFidelityProblem)).toEqual([]);
    expect(report.linesLost).toBe(0);
    expect(report.pages).toBe(result.articles.length);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds hostile articles by their words and shows the results as text', async () => {
    const page = await served.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of ['Душанбе', 'script', 'javascript']) {
      await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-results li');
      const resultsMarkup = await page.$$eval('#search-results li', (lis) =>
        lis.map((li) => li.querySelectorAll('script, img, iframe, svg, [onerror]').length),
      );
      expect(
        resultsMarkup.every((n) => n === 0),
        query,
      ).toBe(true);
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
