/**
 * Search in headless Chromium, through the site's own search code: the search harness
 * (test/helpers/browser.ts) serves src/client/search/engine.ts next to the built site, so
 * `runSearch` loads the site's real Pagefind bundle exactly as the search page and
 * the header search do. For each query it records the time until the results' data is in
 * hand and the bytes the server sent (page and worker requests alike).
 *
 * Cold: the first query in a fresh browser (empty cache, Pagefind not loaded yet).
 * Warm: further queries for other words in the same page.
 */
import type { Browser, Page } from 'playwright-core';
import { startSearchHarness } from '../../test/helpers/browser.ts';
import type { StaticServer } from '../../test/helpers/static-server.ts';
import type { QueryWords } from './query-words.ts';

export interface QueryMeasure {
  word: string;
  /** Time from calling runSearch to having the first `limit` results with their data. */
  ms: number;
  /** Response bytes sent while the query ran. */
  bytes: number;
  requests: number;
  /** Number of matching articles. */
  total: number;
}

export interface SearchPageMeasure {
  word: string;
  /** From navigation start to the first result shown on /search/?q=… (page load included). */
  ms: number | null;
  /** Everything the search page downloaded (HTML, CSS, JS, Pagefind). */
  bytes: number;
}

export interface SearchBenchResult {
  /** Results whose data each query loads (a first screen of results). */
  limit: number;
  gzip: boolean;
  words: { rare: string[]; common: { word: string; share: number }[] };
  cold: { rare: QueryMeasure; common: QueryMeasure };
  warm: { rare: QueryMeasure[]; common: QueryMeasure[] };
  /** Medians of the warm queries. */
  warmMedian: { rare: { ms: number; bytes: number }; common: { ms: number; bytes: number } };
  searchPage: { rare: SearchPageMeasure; common: SearchPageMeasure };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function query(page: Page, server: StaticServer, word: string, limit: number): Promise<QueryMeasure> {
  server.resetTransfers();
  const result = await page.evaluate(
    async ({ word, limit }) => {
      const started = performance.now();
      const outcome = await window.__searchHarness!.runSearch('/', { query: word, limit });
      return { ms: performance.now() - started, total: outcome.total };
    },
    { word, limit },
  );
  await server.idle();
  const log = server.transfers();
  return { word, ms: result.ms, bytes: log.bytes, requests: log.requests.length, total: result.total };
}

async function searchPage(browser: Browser, server: StaticServer, word: string): Promise<SearchPageMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    server.resetTransfers();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
    let ms: number | null = null;
    try {
      ms = await page
        .waitForFunction(
          () => {
            const shown = document.querySelector('#search-results li, [data-search-results] li');
            return shown ? performance.now() : false;
          },
          undefined,
          { timeout: 15_000, polling: 'raf' },
        )
        .then((handle) => handle.jsonValue() as Promise<number>);
    } catch {
      ms = null;
    }
    await server.idle();
    return { word, ms, bytes: server.transfers().bytes };
  } finally {
    await context.close();
  }
}

/** Runs the search benchmark against the site built in `siteDir` (served at `/`). */
export async function runSearchBench(
  siteDir: string,
  words: QueryWords,
  options: { limit?: number; gzip?: boolean; repeats?: number } = {},
): Promise<SearchBenchResult> {
  const limit = options.limit ?? 10;
  const gzip = options.gzip ?? true;
  const repeats = options.repeats ?? 3;
  const rareWords = words.rare;
  const commonWords = words.common.map((c) => c.word);
  if (rareWords.length < 2 || commonWords.length < 2) throw new Error('the corpus gave too few query words');
  const harness = await startSearchHarness(siteDir, { gzip });
  const { browser, server } = harness;
  try {
    const cold = async (word: string): Promise<QueryMeasure> => {
      const runs: QueryMeasure[] = [];
      for (let i = 0; i < repeats; i++) {
        const opened = await harness.open();
        try {
          runs.push(await query(opened.page, server, word, limit));
        } finally {
          await opened.close();
        }
      }
      const ms = median(runs.map((r) => r.ms));
      return { ...runs[0]!, ms };
    };
    const warm = async (first: string, others: string[]): Promise<QueryMeasure[]> => {
      const opened = await harness.open();
      try {
        await query(opened.page, server, first, limit);
        const out: QueryMeasure[] = [];
        for (const word of others) out.push(await query(opened.page, server, word, limit));
        return out;
      } finally {
        await opened.close();
      }
    };
    const coldRare = await cold(rareWords[0]!);
    const coldCommon = await cold(commonWords[0]!);
    const warmRare = await warm(rareWords[0]!, rareWords.slice(1));
    const warmCommon = await warm(commonWords[0]!, commonWords.slice(1));
    const pageRare = await searchPage(browser, server, rareWords[0]!);
    const pageCommon = await searchPage(browser, server, commonWords[0]!);
    return {
      limit,
      gzip,
      words: { rare: rareWords, common: words.common },
      cold: { rare: coldRare, common: coldCommon },
      warm: { rare: warmRare, common: warmCommon },
      warmMedian: {
        rare: { ms: median(warmRare.map((q) => q.ms)), bytes: median(warmRare.map((q) => q.bytes)) },
        common: { ms: median(warmCommon.map((q) => q.ms)), bytes: median(warmCommon.map((q) => q.bytes)) },
      },
      searchPage: { rare: pageRare, common: pageCommon },
    };
  } finally {
    await harness.close();
  }
}
