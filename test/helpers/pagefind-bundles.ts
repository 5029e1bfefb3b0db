/**
 * Pagefind bundles of hand-made pages, for the tests that compare the sharded search index
 * (scripts/search-index/sharded-index.ts) with Pagefind alone: the bundle Pagefind writes
 * for all the pages in one index, and the one the sharded index merges for the same pages.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { expect } from 'vitest';
import { bundleFiles } from '../../scripts/pagefind/inspect.ts';
import {
  ShardedSearchIndex,
  type SearchIndexStats,
  type ShardedIndexOptions,
} from '../../scripts/search-index/sharded-index.ts';

export interface Page {
  /** The page's HTML file in the site (Pagefind makes its URL from it). */
  sourcePath: string;
  html: string;
}

/**
 * Pagefind alone, every page in one index, on a Pagefind service of this thread started for
 * it; `chunkSize`: its word chunks' size in locations (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).
 */
export async function pagefindAlone(
  pages: readonly Page[],
  outDir: string,
  options: pagefind.PagefindServiceConfig = {},
  chunkSize?: number,
): Promise<void> {
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (chunkSize !== undefined) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  let created: pagefind.NewIndexResponse;
  try {
    created = await pagefind.createIndex(options);
  } finally {
    // The service has started: Pagefind services started later (the shards') must not inherit it.
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  }
  const { index, errors } = created;
  expect(errors).toEqual([]);
  for (const page of pages) {
    const added = await index!.addHTMLFile({ sourcePath: page.sourcePath, content: page.html });
    expect(added.errors).toEqual([]);
  }
  const written = await index!.writeFiles({ outputPath: outDir });
  expect(written.errors).toEqual([]);
  await index!.deleteIndex();
  await pagefind.close();
}

/** The build's way: the pages handed over one by one, indexed in shards and merged into `<siteDir>/pagefind`. */
export async function shardedBundle(
  pages: readonly Page[],
  siteDir: string,
  options: ShardedIndexOptions,
): Promise<SearchIndexStats> {
  const index = new ShardedSearchIndex(options);
  index.plan(pages.map((p) => p.sourcePath));
  for (const page of pages) {
    index.add(page.sourcePath, page.html);
    await index.room();
  }
  return index.finish(siteDir);
}

/** Two bundles hold the same files with the same content (index files compared gunzipped). */
export function expectSameBundle(actualDir: string, expectedDir: string): void {
  const expected = bundleFiles(expectedDir);
  const actual = bundleFiles(actualDir);
  const missing = [...expected.keys()].filter((file) => !actual.has(file)).sort();
  const extra = [...actual.keys()].filter((file) => !expected.has(file)).sort();
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  const differing = [...expected].filter(([file, content]) => !actual.get(file)!.equals(content));
  expect(differing.map(([file]) => path.join(path.basename(actualDir), file))).toEqual([]);
}
