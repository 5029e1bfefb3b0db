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

/** Pagefind alone, every page in one index (on this thread's Pagefind service). */
export async function pagefindAlone(
  pages: readonly Page[],
  outDir: string,
  options: pagefind.PagefindServiceConfig = {},
): Promise<void> {
  const { index, errors } = await pagefind.createIndex(options);
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
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([file, content]) => !actual.get(file)!.equals(content));
  expect(differing.map(([file]) => path.join(path.basename(actualDir), file))).toEqual([]);
}
