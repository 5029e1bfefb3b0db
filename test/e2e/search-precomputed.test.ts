/**
 * The precomputed results of the most frequent words (src/shared/top-results.ts), in
 * headless Chromium through the site's own search code: for every word that has them, the
 * search gives what Pagefind's own search gives (every result's score, URL, excerpt, meta,
 * filters and sub-results, the best result's text, the total and the counts), on a site in
 * one language and on one in four; and a search for such a word loads no file of Pagefind's
 * index, where a search for another word does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TOP_RESULTS_DIR,
  TOP_RESULTS_MANIFEST,
  type TopResultsManifest,
} from '../../src/shared/top-results.ts';
import { browserTestsEnabled, startSearchHarness, type SearchHarness } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { buildMultilingualSite } from '../helpers/multilingual-site.ts';

const enabled = browserTestsEnabled();

function precomputedWords(dir: string): string[] {
  const file = path.join(dir, TOP_RESULTS_DIR, TOP_RESULTS_MANIFEST);
  return (JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as TopResultsManifest).words;
}

/** For each word: the search answered from the precomputed file, and Pagefind's own, as plain data. */
async function bothSearches(harness: SearchHarness, words: readonly string[]): Promise<unknown[][]> {
  const { page, close } = await harness.open();
  try {
    return await page.evaluate(async (words) => {
      const api = await window.__searchHarness!.loadPagefind('/');
      type Search = Awaited<ReturnType<typeof api.search>>;
      const plain = async (search: Search) => ({
        total: search.results.length,
        unfilteredResultCount: search.unfilteredResultCount,
        filters: search.filters,
        bestText: search.results[0] ? (await search.results[0].data()).content : undefined,
        results: await Promise.all(
          search.results.map(async (r) => {
            const d = await r.data();
            return {
              score: r.score,
              url: d.url,
              excerpt: d.excerpt,
              meta: d.meta,
              filters: d.filters,
              sub: d.sub_results.map((s) => [s.title, s.url, s.excerpt, s.weighted_locations]),
            };
          }),
        ),
      });
      const out: unknown[][] = [];
      for (const word of words) {
        const precomputed = await plain(await api.search(word, { filters: {} }));
        const pagefind = await plain(await api.search(word, { filters: {}, precomputed: false }));
        out.push([word, precomputed, pagefind]);
      }
      return out;
    }, words);
  } finally {
    await close();
  }
}

describe.skipIf(!enabled)('precomputed results of frequent words', () => {
  const sites: { name: string; dir: string }[] = [];
  const harnesses = new Map<string, SearchHarness>();
  beforeAll(async () => {
    sites.push({ name: 'one language', dir: (await fixtureSite('root')).dir });
    sites.push({ name: 'four languages', dir: (await buildMultilingualSite('precomputed-e2e')).dir });
    for (const site of sites) harnesses.set(site.name, await startSearchHarness(site.dir));
  }, 300_000);
  afterAll(async () => {
    for (const harness of harnesses.values()) await harness.close();
  });

  it.each(['one language', 'four languages'])(
    '%s: every precomputed word gives exactly what Pagefind gives',
    async (name) => {
      const dir = sites.find((s) => s.name === name)!.dir;
      const words = precomputedWords(dir);
      expect(words.length).toBeGreaterThan(50);
      expect(words).toContain('tajikistan');
      for (const [word, precomputed, pagefind] of await bothSearches(harnesses.get(name)!, words)) {
        expect(precomputed, String(word)).toEqual(pagefind);
      }
    },
    120_000,
  );

  it('a search for a precomputed word reads no index file of Pagefind; another word does', async () => {
    const harness = harnesses.get('one language')!;
    const requested = async (query: string): Promise<string[]> => {
      const { page, close } = await harness.open();
      try {
        const urls: string[] = [];
        page.on('request', (r) => urls.push(new URL(r.url()).pathname));
        const outcome = await page.evaluate(
          (query) => window.__searchHarness!.runSearch('/', { query, limit: 20 }),
          query,
        );
        expect(outcome.total).toBeGreaterThan(0);
        return urls;
      } finally {
        await close();
      }
    };
    const indexFile = (url: string): boolean => /\/pagefind\/(?:.*\.pf_|wasm\.)/.test(url);
    const frequent = await requested('Tajikistan');
    expect(frequent.filter(indexFile)).toEqual([]);
    expect(frequent.some((u) => u.startsWith(`/${TOP_RESULTS_DIR}/`))).toBe(true);
    const rare = await requested('Qarshiboev');
    expect(rare.filter(indexFile).length).toBeGreaterThan(0);
  }, 60_000);
});
