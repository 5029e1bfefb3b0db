/**
 * Merges Pagefind bundles built from disjoint sets of pages (shards) into one bundle, the
 * same as Pagefind would have written for all the pages at once.
 *
 * Why: Pagefind keeps everything it indexes in memory and needs about 0.35 MB per article
 * page while writing (3.3 GB for 10,000 pages, more than this project's whole memory budget;
 * Pagefind issue 842). Indexed in shards of a few thousand pages, one shard at a time, its
 * memory stays bounded; the merge then streams through the shards' word indexes in word
 * order (merge-words.ts), so it holds one index chunk per shard at a time.
 *
 * The result follows Pagefind 1.6's own layout rules (pagefind/src/index/mod.rs): pages are
 * numbered shard after shard; fragments keep their files, renamed only where two shards
 * chose the same short name; filters are united; sorts are made again from the pages' sort
 * values (sort-values.ts). test/build/pagefind-contract.test.ts compares a merged bundle
 * of 20,000 pages with the one Pagefind writes for the same pages in one index.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { encodeCbor } from './cbor.ts';
import {
  filterPath,
  fragmentData,
  fragmentPath,
  gzipCbor,
  INDEX_FOLDERS,
  isStaticFile,
  metaHash,
  metaPath,
  namedCbor,
  PAGEFIND_VERSION,
  readCborFileSync,
  readEntry,
  readMeta,
  ShortNames,
  writeEntry,
  type FilterIndex,
  type MetaFilter,
  type MetaIndex,
  type MetaPage,
  type MetaSort,
  type PagefindEntry,
} from './files.ts';
import { writeWordChunks, type WordSource } from './merge-words.ts';
import { compareCodePoints } from './rust-order.ts';
import { readSortValues, sortPages } from './sort-values.ts';

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
}

interface Shard extends WordSource {
  entry: PagefindEntry;
  meta: MetaIndex;
  /** Sort values of each page, when the shard has sort keys. */
  sortValues: Record<string, string>[];
}

interface ShardRead {
  dir: string;
  entry: PagefindEntry;
  /** Undefined when Pagefind indexed none of the shard's pages (none held a word). */
  language: string | undefined;
  meta: MetaIndex | undefined;
}

function readShard(dir: string): ShardRead {
  const entry = readEntry(dir);
  if (entry.version !== PAGEFIND_VERSION)
    throw new Error(`Pagefind ${entry.version} wrote ${dir}; the index merge knows ${PAGEFIND_VERSION} only`);
  const languages = Object.keys(entry.languages);
  if (languages.length > 1)
    throw new Error(`${dir}: a shard must hold one language, not ${languages.length}`);
  const language = languages[0];
  if (language === undefined) return { dir, entry, language, meta: undefined };
  const meta = readMeta(dir, entry, language);
  if (meta[1].some((p) => p[2] !== '')) throw new Error(`${dir}: grouped fragments cannot be merged`);
  return { dir, entry, language, meta };
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * The merged list of pages, their fragment files linked into `outDir`. A fragment's name is
 * a short hash of its content; two shards can pick the same short name for different pages,
 * and then the later page gets a longer name, as Pagefind does within one index.
 */
function mergeFragments(shards: readonly Shard[], outDir: string, language: string): MetaPage[] {
  const names = new ShortNames(language, 1);
  const pages: MetaPage[] = [];
  for (const shard of shards) {
    for (const [hash, wordCount] of shard.meta[1]) {
      const from = fragmentPath(shard.dir, hash);
      let name = hash;
      let fresh = !names.has(name);
      if (fresh) names.take(name);
      else {
        // The same short name: the same page again, or another whose name grows.
        const content = readFileSync(from);
        fresh = !content.equals(readFileSync(fragmentPath(outDir, name)));
        if (fresh) name = names.for(fragmentData(from, content), hash);
      }
      if (fresh) linkOrCopy(from, fragmentPath(outDir, name));
      pages.push([name, wordCount, '']);
    }
  }
  return pages;
}

/** Writes the united filters (page numbers moved by each shard's offset); returns them for the metadata. */
async function writeFilters(
  shards: readonly Shard[],
  outDir: string,
  language: string,
): Promise<MetaFilter[]> {
  const filterValues = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const [filter, hash] of shard.meta[3]) {
      const [, values] = readCborFileSync(filterPath(shard.dir, hash)) as FilterIndex;
      let merged = filterValues.get(filter);
      if (!merged) filterValues.set(filter, (merged = new Map()));
      for (const [value, valuePages] of values) {
        let list = merged.get(value);
        if (!list) merged.set(value, (list = []));
        for (const p of valuePages) list.push(p + shard.offset);
      }
    }
  }
  const names = new ShortNames(language, 2);
  const filters: MetaFilter[] = [];
  const writes: Promise<void>[] = [];
  for (const filter of [...filterValues.keys()].sort(compareCodePoints)) {
    const values = [...filterValues.get(filter)!].sort((a, b) => compareCodePoints(a[0], b[0]));
    const index: FilterIndex = [filter, values.map(([v, p]) => [v, p.sort((a, b) => a - b)])];
    const { cbor, name } = namedCbor(index, names);
    filters.push([filter, name]);
    writes.push(gzipCbor(cbor).then((gz) => writeFileSync(filterPath(outDir, name), gz)));
  }
  await Promise.all(writes);
  return filters;
}

/** Sorts: every page that has the key, in Pagefind's order over all pages. */
function mergeSorts(shards: readonly Shard[]): MetaSort[] {
  const keys = [...new Set(shards.flatMap((s) => s.meta[4].map(([key]) => key)))].sort(compareCodePoints);
  const values = shards.flatMap((s) => (s.sortValues.length > 0 ? s.sortValues : s.meta[1].map(() => ({}))));
  return keys.map((key) => [key, sortPages(values, key)]);
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
  const all = shardDirs.map(readShard);
  // Static files (the JS API, wasm, UI): the same in every shard that has them.
  mkdirSync(outDir, { recursive: true });
  for (const shard of all) {
    for (const name of readdirSync(shard.dir)) {
      const to = path.join(outDir, name);
      if (isStaticFile(name) && !existsSync(to)) linkOrCopy(path.join(shard.dir, name), to);
    }
  }
  if (!existsSync(path.join(outDir, 'pagefind.js'))) throw new Error('the shards hold no pagefind.js');
  // Shards of which Pagefind indexed no page have no index to merge.
  const read = all.filter(
    (r): r is ShardRead & { language: string; meta: MetaIndex } => r.meta !== undefined,
  );
  const first = read[0];
  if (!first) {
    // No page held a word: Pagefind writes an entry without languages.
    writeEntry(outDir, { ...all[0]!.entry, languages: {} });
    return { pages: 0, words: 0, chunks: 0 };
  }
  const { language, entry } = first;
  // Pagefind lists the meta fields in order (a page's meta locations refer to them by
  // position): the merged list is every shard's fields, sorted, and each shard's positions
  // are mapped to it.
  const metaFields = [...new Set(read.flatMap((r) => r.meta[5]))].sort(compareCodePoints);
  const shards: Shard[] = [];
  let offset = 0;
  for (const r of read) {
    if (r.language !== language) throw new Error(`search index shards disagree on the language`);
    const ids = r.meta[5].map((field) => metaFields.indexOf(field));
    shards.push({
      dir: r.dir,
      chunks: r.meta[2],
      offset,
      fieldMap: ids.every((id, k) => id === k) ? undefined : ids,
      entry: r.entry,
      meta: r.meta,
      sortValues: readSortValues(r.dir, language, r.meta),
    });
    offset += r.meta[1].length;
  }

  for (const folder of INDEX_FOLDERS) mkdirSync(path.join(outDir, folder), { recursive: true });
  const pages = mergeFragments(shards, outDir, language);
  const filters = await writeFilters(shards, outDir, language);
  const chunkSize = options.chunkSize ?? PAGEFIND_CHUNK_SIZE;
  const { chunks, words } = await writeWordChunks(shards, outDir, language, chunkSize);

  const meta: MetaIndex = [entry.version, pages, chunks, filters, mergeSorts(shards), metaFields];
  const metaCbor = encodeCbor(meta);
  const hash = metaHash(language, metaCbor);
  writeFileSync(metaPath(outDir, hash), await gzipCbor(metaCbor));
  const merged: PagefindEntry = structuredClone(entry);
  merged.languages[language] = { ...merged.languages[language]!, hash, page_count: pages.length };
  writeEntry(outDir, merged);
  return { pages: pages.length, words, chunks: chunks.length };
}
