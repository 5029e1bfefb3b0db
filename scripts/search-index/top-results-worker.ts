/**
 * Worker thread for top-results.ts: runs the site's own Pagefind (`<site>/pagefind/pagefind.js`,
 * the module the browser loads) in Node, searches each word in every language of the index
 * exactly as the search page does (src/client/search/pagefind.ts: the same options, one
 * Pagefind per language, no filters), and writes what it returned (src/shared/top-results.ts).
 *
 * Pagefind reads its files with `fetch`; in this thread `fetch` reads them from the site's
 * folder (a thread of its own, so the stand-in touches nothing else of the build).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveJobs } from '../../src/shared/worker-pool.ts';
import {
  PAGEFIND_EXCERPT_LENGTH,
  TOP_RESULTS_FORMAT,
  TOP_RESULTS_KEPT,
  topResultsFile,
  type PagefindResultData,
  type StoredResult,
  type StoredResultData,
  type StoredSearch,
  type TopResultsFile,
} from '../../src/shared/top-results.ts';

export interface TopResultsJob {
  siteDir: string;
  outDir: string;
  languages: string[];
  /** The words this thread writes, each with its place in the manifest (file i is word i). */
  words: Array<{ index: number; word: string }>;
}

export interface TopResultsWritten {
  bytes: number;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options: { filters: Record<string, unknown> },
  ) => Promise<{
    results: PagefindResult[];
    unfilteredResultCount: number;
    filters: Record<string, Record<string, number>>;
  }>;
}

/** `fetch` for Pagefind's own requests: a path of the site (`/pagefind/…`) read from `siteDir`. */
function siteFetch(siteDir: string): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pathname = decodeURIComponent(new URL(url, 'http://site.invalid/').pathname);
    try {
      return new Response(await readFile(path.join(siteDir, pathname)), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/**
 * Runs `start` (synchronous) with a document whose `<html lang>` is `language`: Pagefind
 * picks the index to search from it when it starts, as in the browser (pagefind.ts); there
 * is no `window`, so Pagefind knows it is not in a browser.
 */
function inDocumentLanguage<T>(language: string, start: () => T): T {
  const html = { getAttribute: (name: string) => (name === 'lang' ? language : null) };
  const scope = globalThis as { document?: unknown };
  scope.document = { querySelector: (selector: string) => (selector === 'html' ? html : null) };
  try {
    return start();
  } finally {
    delete scope.document;
  }
}

async function startPagefind(siteDir: string, language: string): Promise<PagefindModule> {
  const url = pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js'));
  // A module of its own per language (its own state and WebAssembly), as in the browser.
  url.searchParams.set('language', language);
  const pagefind = (await import(url.href)) as PagefindModule;
  await pagefind.options({ basePath: '/pagefind/', baseUrl: '/', excerptLength: PAGEFIND_EXCERPT_LENGTH });
  await inDocumentLanguage(language, () => pagefind.init());
  return pagefind;
}

/** The fields of a result's data that the search reads (StoredResultData), in Pagefind's order. */
function storedData(data: PagefindResultData, first: boolean): StoredResultData {
  return {
    url: data.url,
    ...(first ? { content: data.content } : {}),
    excerpt: data.excerpt,
    meta: data.meta,
    filters: data.filters,
    sub_results: data.sub_results.map((s) => ({
      title: s.title,
      url: s.url,
      excerpt: s.excerpt,
      ...(s.weighted_locations
        ? { weighted_locations: s.weighted_locations }
        : s.locations
          ? { locations: s.locations }
          : {}),
    })),
  };
}

async function stored(pagefind: PagefindModule, word: string): Promise<StoredSearch> {
  const found = await pagefind.search(word, { filters: {} });
  const results: StoredResult[] = [];
  for (const [i, result] of found.results.slice(0, TOP_RESULTS_KEPT).entries()) {
    results.push({ id: result.id, score: result.score, data: storedData(await result.data(), i === 0) });
  }
  return {
    total: found.results.length,
    unfilteredResultCount: found.unfilteredResultCount,
    filters: found.filters,
    results,
  };
}

async function writeTopResults(job: TopResultsJob): Promise<TopResultsWritten> {
  globalThis.fetch = siteFetch(job.siteDir);
  const pagefinds = await Promise.all(job.languages.map((l) => startPagefind(job.siteDir, l)));
  let bytes = 0;
  for (const { index, word } of job.words) {
    const file: TopResultsFile = { format: TOP_RESULTS_FORMAT, word, languages: {} };
    for (const [j, language] of job.languages.entries())
      file.languages[language] = await stored(pagefinds[j]!, word);
    // A fixed level and no time stamp: the same files for the same site.
    const body = gzipSync(JSON.stringify(file), { level: 9 });
    await writeFile(path.join(job.outDir, topResultsFile(index)), body);
    bytes += body.length;
  }
  return { bytes };
}

serveJobs(writeTopResults);
