/**
 * Budgets on an article page of the seed site, served gzipped from a loopback server:
 * at most 35 KB of HTML, CSS and JavaScript transferred before the reader starts a search,
 * and Lighthouse (12.2.3, mobile; the median of three runs) scores of performance ≥ 98 and 100 for accessibility,
 * best practices and SEO. The figures are printed, to be reported.
 */
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../helpers/browser.ts';
import { fixtureSiteBeforeAll } from '../helpers/fixture-sites.ts';
import { expectLighthouseBudget, lighthouseScores, pageWeight } from '../helpers/reader-checks.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const enabled = browserTestsEnabled();
/** The longest article of the seed dump. */
const ARTICLE = 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status/';
export const ARTICLE_BUDGET_BYTES = 35_000;

describe.skipIf(!enabled)('budgets of an article page', () => {
  const served = siteInBrowser(fixtureSiteBeforeAll('root'), '/', { gzip: true });

  it('transfers at most 35 KB of HTML, CSS and JS, and nothing from the search index', async () => {
    const weight = await pageWeight(served.browser, `${served.server.url}${ARTICLE}`);
    console.log(
      `article page weight (gzip): ${JSON.stringify(weight.byType)}; HTML+CSS+JS ${weight.total} bytes`,
    );
    expect(weight.byType.Document).toBeGreaterThan(1000);
    expect(weight.total).toBeLessThanOrEqual(ARTICLE_BUDGET_BYTES);
    expect(weight.requests.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
  });

  it('scores performance ≥ 98 and 100 for accessibility, best practices and SEO in Lighthouse', async () => {
    const scores = await lighthouseScores(`${served.server.url}${ARTICLE}`);
    console.log(`Lighthouse on the seed article: ${JSON.stringify({ ...scores, failing: undefined })}`);
    expectLighthouseBudget(scores);
  }, 300_000);
});
