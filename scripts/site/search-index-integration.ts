/**
 * The search index: Pagefind indexes the article pages into `<outDir>/pagefind/`.
 *
 * Only article pages are indexed (they carry `data-pagefind-body`); titles are weighted,
 * and the source and section are filters. Pagefind makes one index per language, the
 * language of each page's `<html lang>` (an article's own, or the site's). Next to the index goes the vocabulary that the
 * search corrects misspelt words against (scripts/search-index/vocabulary.ts), made from
 * the index.
 *
 * For large archives the index is built while Astro generates the pages: this integration
 * wraps Astro's prerenderer, learns the list of pages from it and hands every rendered page
 * to a sharded index (scripts/search-index/sharded-index.ts) that indexes them with Pagefind
 * on a worker thread, a few thousand pages at a time, and merges the shards into one
 * Pagefind bundle in `astro:build:done`. So a plain `astro build` makes a searchable site
 * too, and the build's memory stays bounded however many articles there are.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import {
  htmlFileFor,
  ShardedSearchIndex,
  type SearchIndexStats as IndexStats,
} from '../search-index/sharded-index.ts';
import { buildTopResults, frequentWords, type TopResultsStats } from '../search-index/top-results.ts';
import {
  buildSearchVocabulary,
  vocabularyEntries,
  type VocabularyStats,
} from '../search-index/vocabulary.ts';

export interface SearchIndexStats extends IndexStats {
  /** The spelling-correction vocabulary written next to the index. */
  vocabulary: VocabularyStats;
  /** The precomputed first results of the most frequent words. */
  topResults: TopResultsStats;
}

/**
 * Writes the vocabulary and the most frequent words' first results next to a finished
 * index, as part of the index stage.
 */
async function withVocabulary(
  siteDir: string,
  stats: IndexStats,
  markStage: NonNullable<SearchIndexOptions['markStage']>,
): Promise<SearchIndexStats> {
  const started = performance.now();
  markStage('search vocabulary', 'start');
  const entries = vocabularyEntries(siteDir, stats.bundles);
  const vocabulary = buildSearchVocabulary(siteDir, stats.bundles, entries);
  markStage('search vocabulary', 'end');
  markStage('precomputed results', 'start');
  const topResults = await buildTopResults(siteDir, frequentWords(entries));
  markStage('precomputed results', 'end');
  const ms = performance.now() - started;
  return { ...stats, ms: stats.ms + ms, msAfterPages: stats.msAfterPages + ms, vocabulary, topResults };
}

/** What the build CLI is told as pages render: `(label, done, total?)`. */
export type ProgressReporter = (label: string, done: number, total?: number) => void;

export interface SearchIndexOptions {
  /** Pages per index shard (default: sharded-index.ts). */
  shardPages?: number | undefined;
  /** Shows page and index progress (a running count). */
  onProgress?: ProgressReporter | undefined;
  /** Receives the finished index's figures. */
  onIndexed?: ((stats: SearchIndexStats) => void) | undefined;
  /** Marks the pages and index stages (the benchmark's stage log). */
  markStage?: ((stage: string, event: 'start' | 'end') => void) | undefined;
}

function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** Astro's prerenderer, with every HTML page it renders also handed to the index. */
function indexingPrerenderer(
  inner: AstroPrerenderer,
  index: ShardedSearchIndex,
  base: string,
): AstroPrerenderer {
  return {
    name: `${inner.name}+search-index`,
    ...(inner.setup ? { setup: () => inner.setup!() } : {}),
    ...(inner.teardown ? { teardown: () => inner.teardown!() } : {}),
    ...(inner.collectStaticImages ? { collectStaticImages: () => inner.collectStaticImages!() } : {}),
    getStaticPaths: async () => {
      const paths = await inner.getStaticPaths();
      index.plan(paths.map((p) => htmlFileFor(p.pathname)).filter((f): f is string => f !== undefined));
      return paths;
    },
    render: async (request, options) => {
      const result = await inner.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const file = htmlFileFor(stripBase(new URL(request.url).pathname, base));
      if (
        !file ||
        response.status !== 200 ||
        !/text\/html/.test(response.headers.get('content-type') ?? '')
      ) {
        return result;
      }
      const html = await response.text();
      index.add(file, html);
      await index.room();
      const copy = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}

export default function searchIndex(options: SearchIndexOptions): AstroIntegration {
  const markStage = options.markStage ?? (() => undefined);
  let cacheDir = '';
  let base = '/';
  let index: ShardedSearchIndex | undefined;
  return {
    name: 'news-archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const report = options.onProgress;
        let shown = 0;
        // Each page is indexed in the language of its <html lang> (one index per language).
        index = new ShardedSearchIndex({
          cacheDir,
          ...(options.shardPages !== undefined ? { shardPages: options.shardPages } : {}),
          markStage,
          onProgress: ({ pages, indexedPages, planned }) => {
            if (pages === 1 && shown === 0) markStage('pages', 'start');
            shown = Math.max(shown, pages);
            report?.('pages', pages, planned);
            report?.('search index (pages)', indexedPages);
          },
        });
        setPrerenderer((inner) => indexingPrerenderer(inner, index!, base));
      },
      'astro:build:generated': () => {
        markStage('pages', 'end');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        markStage('search index', 'start');
        const siteDir = fileURLToPath(dir);
        const stats = await withVocabulary(siteDir, await index.finish(siteDir), markStage);
        markStage('search index', 'end');
        options.onIndexed?.(stats);
        logger.info(
          `indexed ${stats.pages} pages in ${stats.shards} shards (${stats.reusedShards} unchanged): ${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB; ` +
            `vocabulary: ${stats.vocabulary.words} words in ${stats.vocabulary.shards} shards, ${(stats.vocabulary.bytes / 1024).toFixed(0)} KiB; ` +
            `precomputed results: ${stats.topResults.words} words, ${(stats.topResults.bytes / 1024).toFixed(0)} KiB`,
        );
      },
    },
  };
}
