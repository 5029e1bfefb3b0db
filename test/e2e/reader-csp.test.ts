/**
 * The site works under a strict Content-Security-Policy such as Astro's `security.csp`
 * writes: scripts and styles only from the site itself or by the hash of their exact text,
 * WebAssembly for Pagefind, nothing inline by attribute. Each HTML response gets a policy
 * that allows only its own inline <script>s and <style>s by hash (the JSON-LD block is left
 * out on purpose: data blocks are not run), and the test fails on any violation.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { all, parseHtml, toString } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The policy for one HTML page: its own inline scripts and styles by hash, nothing else inline. */
export function strictPolicy(html: string): string {
  const tree = parseHtml(html);
  const scripts = all(tree, 'script:not([src])')
    .filter((s) => !['application/ld+json'].includes(String(s.properties.type ?? '')))
    .map((s) => sha256(toString(s)));
  const styles = all(tree, 'style').map((s) => sha256(toString(s)));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
    `style-src 'self' ${styles.join(' ')}`,
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

describe.skipIf(!enabled)('under a strict Content-Security-Policy', () => {
  // Each HTML response carries the strict policy made from its own text.
  const served = siteInBrowser(fixtureSiteBeforeAll('root'), '/', {
    headers: ({ type, body }) =>
      type.startsWith('text/html') ? { 'content-security-policy': strictPolicy(body.toString('utf8')) } : {},
  });

  /** A page under the strict policy; violations are collected. */
  async function strictPage(): Promise<{ page: Page; violations: string[] }> {
    const context = await served.browser.newContext();
    const violations: string[] = [];
    await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective}: ${e.blockedURI} ${e.sample}`,
        );
      });
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    page.on('close', () => void context.close().catch(() => undefined));
    return { page, violations };
  }

  it('applies the stored theme, toggles it and shows quick results', async () => {
    const { page, violations } = await strictPage();
    await page.goto(served.server.url);
    await page.click('#theme-toggle');
    await page.click('#theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.fill('#site-search', 'Voronkov');
    await page.waitForSelector('#quick-results li a');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('runs the search page, its filters and the highlighting on the article', async () => {
    const { page, violations } = await strictPage();
    await page.goto(`${served.server.url}search/?q=Voronkov`);
    await page.waitForSelector('#search-results > li');
    await page.getByLabel(/^United Nations in Tajikistan/).check();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 1);
    await page.click('#search-results > li h2 a');
    await page.waitForSelector('mark.search-highlight');
    expect(violations).toEqual([]);
    await page.close();
  });
});
