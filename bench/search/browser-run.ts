/**
 * Runs benchmark queries in headless Chromium through the site's own search code:
 * src/client/search/engine.ts is bundled (esbuild) into a harness page served next to the
 * built site on 127.0.0.1, so `runSearch` loads the site's real Pagefind bundle and
 * vocabulary exactly as the search page and the header search do.
 *
 * Modes: `pagefind` is Pagefind's own search as typed (the baseline), `exact` is runSearch
 * with corrections off (`exact: true`), `forgiving` is runSearch as readers get it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { CUTOFF } from './metrics.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const HARNESS = '/__search-bench/';

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

declare global {
  interface Window {
    __searchBench?: {
      run: (mode: SearchMode, query: string) => Promise<QueryRun>;
    };
  }
}

async function harnessScript(): Promise<string> {
  const engine = JSON.stringify(path.join(ROOT, 'src/client/search/engine.ts'));
  const pagefind = JSON.stringify(path.join(ROOT, 'src/client/search/pagefind.ts'));
  const source = `
import { runSearch } from ${engine};
import { loadPagefind } from ${pagefind};
const LIMIT = ${CUTOFF};
window.__searchBench = {
  async run(mode, query) {
    const started = performance.now();
    if (mode === 'pagefind') {
      const pagefind = await loadPagefind('/');
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
      return { results: data.map((d) => d.url), ms: performance.now() - started, total: search.results.length };
    }
    const outcome = await runSearch('/', { query, limit: LIMIT, exact: mode === 'exact' });
    return {
      results: outcome.hits.map((h) => h.url),
      ms: performance.now() - started,
      total: outcome.total,
      strategy: outcome.strategy,
      correctedTo: outcome.corrected?.to,
      vocabularyBytes: outcome.vocabularyBytes,
    };
  },
};
`;
  const bundled = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

interface BenchServer {
  url: string;
  /** Response bytes sent for paths starting with `prefix` since the last reset. */
  bytesUnder: (prefix: string) => number;
  reset: () => void;
  close: () => Promise<void>;
}

async function startServer(siteDir: string, script: string): Promise<BenchServer> {
  const serve = sirv(siteDir, { dev: true, etag: false });
  const sent = new Map<string, number>();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title><script type="module" src="${HARNESS}harness.js"></script></head><body></body></html>`;
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => typeof res;
    const count = (chunk: unknown): void => {
      if (chunk && typeof chunk !== 'function') {
        sent.set(url, (sent.get(url) ?? 0) + Buffer.byteLength(chunk as Buffer));
      }
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      count(chunk);
      return end(chunk, ...rest);
    }) as typeof res.end;
    if (url === HARNESS) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page);
    } else if (url === `${HARNESS}harness.js`) {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.end(script);
    } else {
      serve(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesUnder: (prefix) => [...sent].filter(([u]) => u.startsWith(prefix)).reduce((n, [, b]) => n + b, 0),
    reset: () => sent.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ModeRun {
  mode: SearchMode;
  runs: QueryRun[];
  /** Bytes the server sent for these path prefixes during the mode's queries. */
  bytesUnder: Record<string, number>;
}

/** A browser and a server for one site; each mode runs in a fresh browser context (cold caches). */
export class SearchBench {
  private readonly browser: Browser;
  private readonly server: BenchServer;

  private constructor(browser: Browser, server: BenchServer) {
    this.browser = browser;
    this.server = server;
  }

  static async start(siteDir: string): Promise<SearchBench> {
    const script = await harnessScript();
    const server = await startServer(siteDir, script);
    try {
      return new SearchBench(await launchBrowser(), server);
    } catch (error) {
      await server.close();
      throw error;
    }
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
    const context = await this.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${this.server.url}${HARNESS}`);
      await page.waitForFunction(() => window.__searchBench !== undefined);
      await page.evaluate(([m, q]) => window.__searchBench!.run(m, q), [mode, warmUp] as const);
      this.server.reset();
      const runs: QueryRun[] = [];
      for (const query of queries) {
        runs.push(await page.evaluate(([m, q]) => window.__searchBench!.run(m, q), [mode, query] as const));
        onProgress?.(runs.length);
      }
      const bytesUnder = Object.fromEntries(prefixes.map((p) => [p, this.server.bytesUnder(p)]));
      return { mode, runs, bytesUnder };
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}
