/**
 * The browser's side of the precomputed results (src/client/search/top-results.ts) on files
 * served by a stand-in `fetch`: which terms they answer, the merge of the languages, the URLs
 * made for the site's base, and the results past the kept ones, read from the real search
 * at the same places. (That the files hold exactly Pagefind's results is checked in the
 * browser, test/e2e/search-precomputed.test.ts.)
 */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagefindResultData, PagefindSearch } from '../../src/client/search/pagefind.ts';
import { topResults } from '../../src/client/search/top-results.ts';
import {
  rebaseResultUrl,
  TOP_RESULTS_FORMAT,
  TOP_RESULTS_KEPT,
  topResultsTerm,
  type StoredSearch,
  type TopResultsFile,
} from '../../src/shared/top-results.ts';

function stored(language: string, total: number, scores: number[]): StoredSearch {
  return {
    total,
    unfilteredResultCount: 30,
    filters: { source: { [language]: total } },
    results: scores.map((score, i) => ({
      id: `${language}_${i}`,
      score,
      data: {
        url: `/articles/${language}-${i}/`,
        ...(i === 0 ? { content: `best ${language}` } : {}),
        excerpt: `<mark>word</mark> ${language} ${i}`,
        meta: { title: `${language} ${i}` },
        filters: {},
        sub_results: [{ title: 't', url: `/articles/${language}-${i}/#p-1`, excerpt: 'e' }],
      },
    })),
  };
}

const file: TopResultsFile = {
  format: TOP_RESULTS_FORMAT,
  word: 'word',
  languages: {
    en: stored(
      'en',
      25,
      Array.from({ length: TOP_RESULTS_KEPT }, (_, i) => 10 - i * 0.4),
    ),
    de: stored('de', 3, [9.9, 5.05, 0.1]),
  },
};

const served = new Map<string, Buffer<ArrayBuffer>>();
let requests: string[] = [];

beforeEach(() => {
  served.clear();
  requests = [];
  served.set(
    '/sub/search-top/manifest.top',
    gzipSync(JSON.stringify({ format: 1, words: ['other', 'word'] })),
  );
  served.set('/sub/search-top/1.top', gzipSync(JSON.stringify(file)));
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    const body = served.get(url);
    return body ? new Response(body) : new Response(null, { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The real search, as a fake: 28 results, each data naming its place. */
function realSearch(): { search: () => Promise<PagefindSearch>; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    search: () => {
      calls++;
      return Promise.resolve({
        unfilteredResultCount: 30,
        filters: {},
        results: Array.from({ length: 28 }, (_, i) => ({
          id: `real_${i}`,
          score: 0,
          data: () => Promise.resolve({ url: `/real/${i}/` } as PagefindResultData),
        })),
      });
    },
  };
}

describe('precomputed results in the browser', () => {
  it('answer a frequent word, whatever its case, merged over the languages by score', async () => {
    const real = realSearch();
    const search = await topResults('/sub/').lookup('Word', ['en', 'de'], real.search);
    expect(search).toBeDefined();
    expect(search!.results).toHaveLength(28);
    const first = await Promise.all(search!.results.slice(0, 4).map((r) => r.data()));
    expect(first.map((d) => d.url)).toEqual([
      '/sub/articles/en-0/',
      '/sub/articles/de-0/',
      '/sub/articles/en-1/',
      '/sub/articles/en-2/',
    ]);
    expect(first[0]!.content).toBe('best en');
    expect(first[0]!.sub_results[0]!.url).toBe('/sub/articles/en-0/#p-1');
    expect(search!.filters).toEqual({ source: { en: 25, de: 3 } });
    expect(search!.unfilteredResultCount).toBe(60);
    expect(real.calls()).toBe(0);
  });

  it('read results past the kept ones from the real search, at the same places, once', async () => {
    const real = realSearch();
    const search = (await topResults('/sub/').lookup('word', ['en', 'de'], real.search))!;
    const later = await Promise.all(search.results.slice(TOP_RESULTS_KEPT).map((r) => r.data()));
    expect(later.map((d) => d.url)).toEqual(
      Array.from({ length: 28 - TOP_RESULTS_KEPT }, (_, i) => `/real/${TOP_RESULTS_KEPT + i}/`),
    );
    expect(real.calls()).toBe(1);
  });

  it('leave other words, phrases and lost files to Pagefind', async () => {
    const real = realSearch();
    const top = topResults('/sub/');
    expect(await top.lookup('missing', ['en', 'de'], real.search)).toBeUndefined();
    expect(await top.lookup('"word"', ['en', 'de'], real.search)).toBeUndefined();
    expect(await top.lookup('word other', ['en', 'de'], real.search)).toBeUndefined();
    // A language the file does not have (an index built after it): not answered.
    expect(await top.lookup('word', ['en', 'fr'], real.search)).toBeUndefined();
    // The manifest names `other`, whose file is lost.
    expect(await top.lookup('other', ['en'], real.search)).toBeUndefined();
    served.clear();
    expect(await topResults('/gone/').lookup('word', ['en'], real.search)).toBeUndefined();
    expect(requests.filter((r) => r.endsWith('manifest.top'))).toHaveLength(2);
  });

  it('make URLs for the base as Pagefind does for its baseUrl', () => {
    expect(rebaseResultUrl('/', '/articles/a/')).toBe('/articles/a/');
    expect(rebaseResultUrl('/archive/', '/articles/a/#p-2')).toBe('/archive/articles/a/#p-2');
    expect(rebaseResultUrl('../../', '/articles/a/')).toBe('../../articles/a/');
    expect(rebaseResultUrl('https://example.org/news/', '/articles/a/')).toBe(
      'https://example.org/news/articles/a/',
    );
    expect(rebaseResultUrl('/archive/', 'https://elsewhere.example/x')).toBe('https://elsewhere.example/x');
  });

  it('are kept for single words only', () => {
    expect(topResultsTerm(' Tajikistan ')).toBe('tajikistan');
    expect(topResultsTerm('Душанбе')).toBe('душанбе');
    expect(topResultsTerm('2022')).toBe('2022');
    expect(topResultsTerm('border security')).toBeUndefined();
    expect(topResultsTerm('"said"')).toBeUndefined();
    expect(topResultsTerm('co-operation')).toBeUndefined();
  });
});
