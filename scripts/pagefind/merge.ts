/**
 * Merges Pagefind bundles built from disjoint sets of pages (shards) into one bundle, the
 * same as Pagefind would have written for all the pages at once.
 *
 * Why: Pagefind keeps everything it indexes in memory and needs about 0.35 MB per article
 * page while writing (3.3 GB for 10,000 pages, more than this project's whole memory budget;
 * Pagefind issue 842). Indexed in shards of a few thousand pages, one shard at a time, its
 * memory stays bounded; the merge then streams through the shards' word indexes in word
 * order (merge-words.ts), so it holds one index chunk per shard at a time, and merges one
 * language after another.
 *
 * The result follows Pagefind 1.6's own layout rules (pagefind/src/lib.rs, index/mod.rs,
 * output/ upstream): one index per language (languages.ts), each merged from that language's
 * pages of every shard, numbered shard after shard (merge-language.ts); the pages a shard
 * filed under `NO_LANGUAGE` (no `<html lang>`) appended to the main language of the whole
 * site; the entry file listing the languages in code-point order; the static files (the JS
 * API, UI, and one wasm file per language that Pagefind has a stemmer for) of every shard.
 * test/build/pagefind-contract.test.ts compares a merged bundle of 20,000 pages with the one
 * Pagefind writes for the same pages in one index, pagefind-languages.test.ts one of pages in
 * several languages.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  isStaticFile,
  PAGEFIND_VERSION,
  readEntry,
  readMeta,
  writeEntry,
  type MetaIndex,
  type PagefindEntry,
} from './files.ts';
import { mainLanguage, NO_LANGUAGE, UNKNOWN_LANGUAGE } from './languages.ts';
import { linkOrCopy, mergeLanguage, type LanguageSource } from './merge-language.ts';
import { compareCodePoints } from './rust-order.ts';

/** Pagefind's default chunk size, in locations (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE). */
export const PAGEFIND_CHUNK_SIZE = 20_000;

export interface MergeOptions {
  /**
   * The size of the word index's chunks, in locations: the one Pagefind was run with for the
   * bundle to be the same as Pagefind's own (its default, or PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).
   */
  chunkSize?: number;
}

export interface MergeStats {
  pages: number;
  words: number;
  chunks: number;
  /** Pages per language (Pagefind's language keys). */
  languages: Record<string, number>;
}

interface ShardRead {
  dir: string;
  entry: PagefindEntry;
  /** The shard's index of each language it holds pages of (none when Pagefind kept no page). */
  indexes: Map<string, MetaIndex>;
}

function readShard(dir: string): ShardRead {
  const entry = readEntry(dir);
  if (entry.version !== PAGEFIND_VERSION)
    throw new Error(`Pagefind ${entry.version} wrote ${dir}; the index merge knows ${PAGEFIND_VERSION} only`);
  const indexes = new Map<string, MetaIndex>();
  for (const language of Object.keys(entry.languages)) {
    const meta = readMeta(dir, entry, language);
    if (meta[1].some((p) => p[2] !== '')) throw new Error(`${dir}: grouped fragments cannot be merged`);
    indexes.set(language, meta);
  }
  return { dir, entry, indexes };
}

/** Each language of the merged bundle with its shards' indexes, in page order. */
function languageSources(shards: readonly ShardRead[]): Map<string, LanguageSource[]> {
  const pages = new Map<string, number>();
  for (const shard of shards)
    for (const [language, meta] of shard.indexes)
      pages.set(language, (pages.get(language) ?? 0) + meta[1].length);
  const main = mainLanguage(pages);
  const sources = new Map<string, LanguageSource[]>();
  const add = (target: string, source: LanguageSource): void => {
    const list = sources.get(target);
    if (list) list.push(source);
    else sources.set(target, [source]);
  };
  for (const shard of shards) {
    for (const [language, meta] of shard.indexes) {
      if (language === NO_LANGUAGE) continue;
      if (language === UNKNOWN_LANGUAGE)
        throw new Error(`${shard.dir}: pages without a language reached Pagefind unmarked`);
      add(language, { dir: shard.dir, language, meta });
    }
  }
  // Pages without a language come after the main language's own, shard after shard.
  for (const shard of shards) {
    const meta = shard.indexes.get(NO_LANGUAGE);
    if (meta) add(main, { dir: shard.dir, language: NO_LANGUAGE, meta });
  }
  return sources;
}

/**
 * Merges the Pagefind bundles in `shardDirs` (in page order) into a new bundle in `outDir`
 * (which must not exist yet).
 */
export async function mergeBundles(
  shardDirs: readonly string[],
  outDir: string,
  options: MergeOptions = {},
): Promise<MergeStats> {
  if (shardDirs.length === 0) throw new Error('no search index shards to merge');
  const shards = shardDirs.map(readShard);
  // Static files (the JS API, UI, the wasm of each language): the same in every shard that has them.
  mkdirSync(outDir, { recursive: true });
  for (const shard of shards) {
    for (const name of readdirSync(shard.dir)) {
      const to = path.join(outDir, name);
      if (isStaticFile(name) && !existsSync(to)) linkOrCopy(path.join(shard.dir, name), to);
    }
  }
  if (!existsSync(path.join(outDir, 'pagefind.js'))) throw new Error('the shards hold no pagefind.js');

  const chunkSize = options.chunkSize ?? PAGEFIND_CHUNK_SIZE;
  const entry: PagefindEntry = { ...shards[0]!.entry, languages: {} };
  const stats: MergeStats = { pages: 0, words: 0, chunks: 0, languages: {} };
  const sources = languageSources(shards);
  for (const language of [...sources.keys()].sort(compareCodePoints)) {
    const list = sources.get(language)!;
    const index = await mergeLanguage(language, list, outDir, chunkSize);
    // The wasm Pagefind names for the language (the same in every shard that has it).
    const own = list.find((s) => s.language === language);
    const wasm = own ? shards.find((s) => s.dir === own.dir)!.entry.languages[language]!.wasm : null;
    entry.languages[language] = { hash: index.hash, wasm, page_count: index.pages };
    stats.pages += index.pages;
    stats.words += index.words;
    stats.chunks += index.chunks;
    stats.languages[language] = index.pages;
  }
  writeEntry(outDir, entry);
  return stats;
}
