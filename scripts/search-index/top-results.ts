/**
 * Writes the precomputed first results of the archive's most frequent words into
 * `<site>/search-top/` (src/shared/top-results.ts says why and how they are read). Runs
 * after the Pagefind index and the vocabulary are written, as part of the index stage: the
 * words come from the vocabulary's counts, the results from Pagefind's own search in Node
 * (top-results-worker.ts), so they are exactly the results the browser would compute.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { coreThreads, WorkerPool } from '../../src/shared/worker-pool.ts';
import type { VocabularyEntry } from '../../src/shared/search-vocabulary.ts';
import {
  TOP_RESULTS_DIR,
  TOP_RESULTS_FORMAT,
  TOP_RESULTS_MANIFEST,
  topResultsTerm,
  type TopResultsManifest,
} from '../../src/shared/top-results.ts';
import { readEntry } from '../pagefind/files.ts';
import type { TopResultsJob, TopResultsWritten } from './top-results-worker.ts';

/** How many of the most frequent words get precomputed results. */
export const TOP_WORDS = 100;
/** Threads that search at most: each starts Pagefind (and its WebAssembly) of its own. */
const MAX_THREADS = 4;
/**
 * Indexed pages past which the words are searched on one thread only. Each thread's
 * Pagefind holds the chunks and fragments of the words it searches, about 17 KB a page:
 * on the index of 100,000 articles a second thread added 1.7 GB to the build's peak
 * (9.49 GB against 7.80 GB, bench/RESULTS.md) to save 6 s, so there the memory counts more.
 */
export const MAX_PAGES_FOR_THREADS = 50_000;
/** A word in fewer articles than this is quick enough for Pagefind alone. */
export const TOP_WORDS_MIN_ARTICLES = 2;

export interface TopResultsStats {
  words: number;
  /** Bytes of every file (gzip-compressed, as served). */
  bytes: number;
  ms: number;
}

/**
 * The `count` words in most articles (at least `minArticles`), most first, in the form a
 * search for them takes (`topResultsTerm`); ties in alphabetical order.
 */
export function frequentWords(
  entries: ReadonlyMap<string, VocabularyEntry>,
  count = TOP_WORDS,
  minArticles = TOP_WORDS_MIN_ARTICLES,
): string[] {
  const articles = new Map<string, number>();
  for (const entry of entries.values()) {
    const term = topResultsTerm(entry.word);
    if (term === undefined || entry.articles < minArticles) continue;
    articles.set(term, Math.max(articles.get(term) ?? 0, entry.articles));
  }
  return [...articles]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, count)
    .map(([term]) => term);
}

/**
 * Threads that search `words` words in an index of `pages` pages: one per core (at most
 * MAX_THREADS and one a word), or one alone past MAX_PAGES_FOR_THREADS pages.
 */
export function searchThreads(words: number, pages: number): number {
  return pages > MAX_PAGES_FOR_THREADS ? 1 : coreThreads(Math.min(MAX_THREADS, words));
}

/** The languages of the site's Pagefind index, in its entry file's order, and its pages in all. */
function indexLanguages(siteDir: string): { languages: string[]; pages: number } {
  const { languages } = readEntry(path.join(siteDir, 'pagefind'));
  const pages = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  return { languages: Object.keys(languages), pages };
}

/** Writes the files for `words` (frequentWords) into `<siteDir>/search-top/`, replacing what was there. */
export async function buildTopResults(siteDir: string, words: readonly string[]): Promise<TopResultsStats> {
  const started = performance.now();
  const outDir = path.join(siteDir, TOP_RESULTS_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { languages, pages } = indexLanguages(siteDir);
  let bytes = 0;
  const kept = languages.length === 0 ? [] : words;
  if (kept.length > 0) {
    // One thread per core (the pages are done by now) on an index of moderate size, each with
    // every n-th word, so each gets as many of the most frequent (slowest) words as the others.
    const threads = searchThreads(kept.length, pages);
    const pool = new WorkerPool<TopResultsJob, TopResultsWritten>({
      url: new URL('./top-results-worker.ts', import.meta.url),
      threads,
      errorMessage: (message) => `precomputed search results: ${message}`,
    });
    const shares = Array.from({ length: threads }, (_, t) =>
      kept.map((word, index) => ({ index, word })).filter(({ index }) => index % threads === t),
    );
    try {
      const written = await Promise.all(
        shares.map((words) => pool.run({ siteDir, outDir, languages, words })),
      );
      for (const w of written) bytes += w.bytes;
    } finally {
      await pool.terminate();
    }
  }
  const manifest: TopResultsManifest = { format: TOP_RESULTS_FORMAT, words: [...kept] };
  const body = gzipSync(JSON.stringify(manifest), { level: 9 });
  writeFileSync(path.join(outDir, TOP_RESULTS_MANIFEST), body);
  bytes += body.length;
  return { words: kept.length, bytes, ms: performance.now() - started };
}
