/**
 * The search index: after `astro build` has written the pages, Pagefind indexes them into
 * `<outDir>/pagefind/` (the Starlight way: in the `astro:build:done` hook, so a plain
 * `astro build` makes a searchable site too).
 *
 * Only article pages are indexed (they carry `data-pagefind-body`); titles are weighted,
 * and the source and section are filters. Next to the index goes the vocabulary that the
 * search corrects misspelt words against (`search-vocabulary.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildSearchVocabulary, type VocabularyStats } from './search-vocabulary.ts';

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
  /** The spelling-correction vocabulary written next to the index. */
  vocabulary: VocabularyStats;
}

const STATS_KEY = Symbol.for('news-archive.search-index.stats');

/** Stats of the last index built in this process (read by scripts/build.ts). */
export function lastSearchIndexStats(): SearchIndexStats | undefined {
  return (globalThis as Record<symbol, SearchIndexStats | undefined>)[STATS_KEY];
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

/** Site-relative paths of every HTML file under `siteDir`, sorted by code unit. */
function htmlFiles(siteDir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(siteDir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...htmlFiles(siteDir, child));
    else if (entry.name.endsWith('.html')) out.push(child);
  }
  return rel ? out : out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Files sent to Pagefind at a time (bounds the memory of file contents in flight). */
const PAGES_PER_BATCH = 256;

/**
 * Adds the site's pages to the index in sorted order. Pagefind numbers pages in the order
 * they are added, and those numbers end up in every index file; `addDirectory` adds them
 * in the order the file system lists them, which differs between file systems (and on
 * tmpfs with the order the files were written), so the same site gave different index
 * bytes. Pagefind's service handles requests one at a time, in the order they were sent.
 */
async function addPagesInOrder(index: pagefind.PagefindIndex, siteDir: string): Promise<void> {
  const files = htmlFiles(siteDir);
  for (let i = 0; i < files.length; i += PAGES_PER_BATCH) {
    const batch = files.slice(i, i + PAGES_PER_BATCH);
    const added = await Promise.all(
      batch.map((sourcePath) =>
        index.addHTMLFile({ sourcePath, content: readFileSync(path.join(siteDir, sourcePath), 'utf8') }),
      ),
    );
    const errors = added.flatMap((a, k) => a.errors.map((e) => `${batch[k]}: ${e}`));
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  }
}

/** Indexes the built site in `siteDir` into `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string, language: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await addPagesInOrder(index, siteDir);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const size = folderSize(outputPath);
    // Every HTML file was added; the entry file knows how many were indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const vocabulary = buildSearchVocabulary(siteDir);
    const stats = { pages, ...size, ms: performance.now() - started, vocabulary };
    (globalThis as Record<symbol, SearchIndexStats | undefined>)[STATS_KEY] = stats;
    return stats;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export default function searchIndex(options: { language: string }): AstroIntegration {
  return {
    name: 'news-archive-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir), options.language);
        logger.info(
          `indexed ${stats.pages} pages: ${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB, ${(stats.ms / 1000).toFixed(1)} s; ` +
            `vocabulary: ${stats.vocabulary.words} words in ${stats.vocabulary.shards} shards, ${(stats.vocabulary.bytes / 1024).toFixed(0)} KiB`,
        );
      },
    },
  };
}
