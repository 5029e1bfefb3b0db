/**
 * The offline edition's budgets (`npm run bench -- --offline`): the edition is written from
 * the benchmark's built site (scripts/offline/), and its search page is opened from disk
 * (`file://`) in headless Chromium, as a reader double-clicking it would. For a first search:
 * the time from navigation start to the first result shown, and the bytes of every file the
 * page loaded (read from disk: HTML, the classic bundle, Pagefind's code and the index
 * carriers). Later searches: a new query typed into the same page, until its results show.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { writeOfflineEdition, type OfflineEditionStats } from '../../scripts/offline/write-edition.ts';
import { VOCABULARY_DIR } from '../../src/shared/search-vocabulary.ts';
import { TOP_RESULTS_DIR } from '../../src/shared/top-results.ts';
import { launchBrowser } from '../../test/helpers/browser.ts';

export interface OfflineFirstSearch {
  word: string;
  /** From navigation start to the first result shown. */
  ms: number;
  /** Bytes of the files the page loaded from disk. */
  bytes: number;
  files: number;
  /**
   * Of those, the search's own files (the carriers of Pagefind's code and index, of the
   * vocabulary and of the precomputed results): what the hosted search fetches, against
   * the page itself (HTML, script), which a server sends compressed and a disk does not.
   */
  searchBytes: number;
}

export interface OfflineBenchResult {
  edition: OfflineEditionStats & { ms: number };
  /** The edition's size over the hosted site's (the budget: at most 1.4). */
  sizeRatio: number;
  first: OfflineFirstSearch[];
  /** Later searches in the same page (ms each). */
  warm: { word: string; ms: number }[];
  warmMedianMs: number;
}

/** The search's own files in the edition (their carriers), by path from its root. */
const SEARCH_FILES = new RegExp(`^(?:pagefind|${VOCABULARY_DIR}|${TOP_RESULTS_DIR})/`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function resultsShown(page: Page, previous: string | null): Promise<number> {
  const handle = await page.waitForFunction(
    (before) => {
      const first = document.querySelector('#search-results li h2 a');
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return first && status !== before ? performance.now() : false;
    },
    previous,
    { timeout: 30_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Writes the offline edition of `site` into `out` and measures its search from disk. */
export async function runOfflineBench(options: {
  site: string;
  siteBytes: number;
  out: string;
  root: string;
  /** Words for first searches (each in a fresh browser context), then for later ones. */
  firstWords: string[];
  warmWords: string[];
}): Promise<OfflineBenchResult> {
  const started = performance.now();
  const stats = await writeOfflineEdition({
    site: options.site,
    out: options.out,
    base: '/',
    root: options.root,
  });
  const edition = { ...stats, ms: performance.now() - started };
  const browser = await launchBrowser();
  const searchUrl = `${pathToFileURL(options.out).href}/search/index.html`;
  try {
    const first: OfflineFirstSearch[] = [];
    for (const word of options.firstWords) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files = new Set<string>();
      page.on('request', (request) => {
        if (request.url().startsWith('file:')) files.add(fileURLToPath(request.url().replace(/[?#].*$/, '')));
      });
      await page.goto(`${searchUrl}?q=${encodeURIComponent(word)}`);
      const ms = await resultsShown(page, null);
      const size = (list: string[]): number => list.reduce((n, f) => n + statSync(f).size, 0);
      const bytes = size([...files]);
      const searchBytes = size([...files].filter((f) => SEARCH_FILES.test(path.relative(options.out, f))));
      first.push({ word, ms, bytes, files: files.size, searchBytes });
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${searchUrl}?q=${encodeURIComponent(options.firstWords[0]!)}`);
    await resultsShown(page, null);
    const warm: { word: string; ms: number }[] = [];
    for (const word of options.warmWords) {
      const before = await page.textContent('#search-status');
      const t0 = await page.evaluate((w) => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        input.value = w;
        const t = performance.now();
        input.form!.requestSubmit();
        return t;
      }, word);
      warm.push({ word, ms: (await resultsShown(page, before)) - t0 });
    }
    await context.close();
    return {
      edition,
      sizeRatio: stats.bytes / options.siteBytes,
      first,
      warm,
      warmMedianMs: median(warm.map((w) => w.ms)),
    };
  } finally {
    await browser.close();
  }
}

/** The benchmark's folder for the edition of the site at `site`. */
export const offlineDir = (site: string): string => path.join(path.dirname(site), 'offline');
