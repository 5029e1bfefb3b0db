/**
 * Runs benchmark queries in headless Chromium through the site's own search code: the
 * search harness (test/helpers/browser.ts) serves src/client/search/engine.ts next to the
 * built site on 127.0.0.1, so `runSearch` loads the site's real Pagefind bundle and
 * vocabulary exactly as the search page and the header search do.
 *
 * Modes: `pagefind` is Pagefind's own search as typed (the baseline), `exact` is runSearch
 * with corrections off (`exact: true`), `forgiving` is runSearch as readers get it.
 */
import type { Page } from 'playwright-core';
import { startSearchHarness, type SearchHarness } from '../../test/helpers/browser.ts';
import { CUTOFF } from './metrics.ts';

export type SearchMode = 'pagefind' | 'exact' | 'forgiving';

export interface QueryRun {
  /** URLs of the first CUTOFF results, in rank order. */
  results: string[];
  /** From calling the search to having the first CUTOFF results with their data. */
  ms: number;
  total: number;
  strategy?: string;
  correctedTo?: string;
  vocabularyBytes?: number;
}

/** One query in the harness page, timed there. */
function runQuery(page: Page, mode: SearchMode, query: string): Promise<QueryRun> {
  return page.evaluate(
    async ({ mode, query, limit }) => {
      const { runSearch, loadPagefind } = window.__searchHarness!;
      const started = performance.now();
      if (mode === 'pagefind') {
        const pagefind = await loadPagefind('/');
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
        return {
          results: data.map((d) => d.url),
          ms: performance.now() - started,
          total: search.results.length,
        };
      }
      const outcome = await runSearch('/', { query, limit, exact: mode === 'exact' });
      return {
        results: outcome.hits.map((h) => h.url),
        ms: performance.now() - started,
        total: outcome.total,
        ...(outcome.strategy ? { strategy: outcome.strategy } : {}),
        ...(outcome.corrected ? { correctedTo: outcome.corrected.to } : {}),
        ...(outcome.vocabularyBytes !== undefined ? { vocabularyBytes: outcome.vocabularyBytes } : {}),
      };
    },
    { mode, query, limit: CUTOFF },
  );
}

export interface ModeRun {
  mode: SearchMode;
  runs: QueryRun[];
  /** Bytes the server sent for these path prefixes during the mode's queries. */
  bytesUnder: Record<string, number>;
}

/** A browser and a server for one site; each mode runs in a fresh browser context (cold caches). */
export class SearchBench {
  private readonly harness: SearchHarness;

  private constructor(harness: SearchHarness) {
    this.harness = harness;
  }

  static async start(siteDir: string): Promise<SearchBench> {
    return new SearchBench(await startSearchHarness(siteDir));
  }

  /**
   * Runs the queries in order in one page. A first query (not measured) loads Pagefind, so
   * the times are those of a reader's second and later searches.
   */
  async run(
    mode: SearchMode,
    queries: readonly string[],
    warmUp: string,
    prefixes: readonly string[],
    onProgress?: (done: number) => void,
  ): Promise<ModeRun> {
    const { page, close } = await this.harness.open();
    const { server } = this.harness;
    try {
      await runQuery(page, mode, warmUp);
      await server.idle();
      server.resetTransfers();
      const runs: QueryRun[] = [];
      for (const query of queries) {
        runs.push(await runQuery(page, mode, query));
        onProgress?.(runs.length);
      }
      await server.idle();
      const sent = server.transfers().requests;
      const bytesUnder = Object.fromEntries(
        prefixes.map((p) => [p, sent.filter((r) => r.path.startsWith(p)).reduce((n, r) => n + r.bytes, 0)]),
      );
      return { mode, runs, bytesUnder };
    } finally {
      await close();
    }
  }

  close(): Promise<void> {
    return this.harness.close();
  }
}
