/**
 * The index of one language of a merged bundle (merge.ts): the language's pages of every
 * shard, numbered shard after shard, as Pagefind 1.6 builds the index of one language
 * (pagefind/src/index/mod.rs upstream, `build_indexes`): fragments keep their files, renamed
 * only where two shards chose the same short name (or where a shard filed the pages under
 * another language, see languages.ts); filters are united; word chunks are merged in word
 * order (merge-words.ts); sorts are made again from the pages' sort values (sort-values.ts).
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeCbor } from './cbor.ts';
import {
  filterPath,
  fragmentData,
  fragmentPath,
  gzipCbor,
  metaHash,
  metaPath,
  namedCbor,
  readCborFileSync,
  ShortNames,
  type FilterIndex,
  type MetaFilter,
  type MetaIndex,
  type MetaPage,
  type MetaSort,
} from './files.ts';
import { writeWordChunks, type WordSource } from './merge-words.ts';
import { compareCodePoints } from './rust-order.ts';
import { readSortValues, sortPages } from './sort-values.ts';

/** One shard's index of pages for the language being merged. */
export interface LanguageSource {
  dir: string;
  /** The language the shard filed the pages under (the merged one, or `NO_LANGUAGE`). */
  language: string;
  meta: MetaIndex;
}

interface Source extends WordSource, LanguageSource {
  /** Sort values of each page, when the shard has sort keys. */
  sortValues: Record<string, string>[];
}

export interface LanguageIndex {
  /** The metadata file's hash (for pagefind-entry.json). */
  hash: string;
  pages: number;
  words: number;
  chunks: number;
}

export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * The merged list of pages, their fragment files linked into `outDir`. A fragment's name is
 * a short hash of its content; two shards can pick the same short name for different pages,
 * and then the later page gets a longer name, as Pagefind does within one index. Pages a
 * shard filed under another language are named anew (the name starts with the language).
 */
function mergeFragments(sources: readonly Source[], outDir: string, language: string): MetaPage[] {
  const names = new ShortNames(language, 1);
  const pages: MetaPage[] = [];
  for (const source of sources) {
    for (const [hash, wordCount] of source.meta[1]) {
      const from = fragmentPath(source.dir, hash);
      let name = hash;
      let fresh = true;
      if (source.language !== language) name = names.for(fragmentData(from));
      else if (!names.has(name)) names.take(name);
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
  sources: readonly Source[],
  outDir: string,
  language: string,
): Promise<MetaFilter[]> {
  const filterValues = new Map<string, Map<string, number[]>>();
  for (const source of sources) {
    for (const [filter, hash] of source.meta[3]) {
      const [, values] = readCborFileSync(filterPath(source.dir, hash)) as FilterIndex;
      let merged = filterValues.get(filter);
      if (!merged) filterValues.set(filter, (merged = new Map()));
      for (const [value, valuePages] of values) {
        let list = merged.get(value);
        if (!list) merged.set(value, (list = []));
        for (const p of valuePages) list.push(p + source.offset);
      }
    }
  }
  if (filterValues.size > 0) mkdirSync(path.join(outDir, 'filter'), { recursive: true });
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
function mergeSorts(sources: readonly Source[]): MetaSort[] {
  const keys = [...new Set(sources.flatMap((s) => s.meta[4].map(([key]) => key)))].sort(compareCodePoints);
  const values = sources.flatMap((s) => (s.sortValues.length > 0 ? s.sortValues : s.meta[1].map(() => ({}))));
  return keys.map((key) => [key, sortPages(values, key)]);
}

/**
 * Writes the index of `language` from its pages in `shards` (in page order) into `outDir`:
 * fragments, filters, word chunks of `chunkSize` locations, and the metadata file.
 */
export async function mergeLanguage(
  language: string,
  shards: readonly LanguageSource[],
  outDir: string,
  chunkSize: number,
): Promise<LanguageIndex> {
  // Pagefind lists the meta fields in order (a page's meta locations refer to them by
  // position): the merged list is every shard's fields, sorted, and each shard's positions
  // are mapped to it.
  const metaFields = [...new Set(shards.flatMap((s) => s.meta[5]))].sort(compareCodePoints);
  const sources: Source[] = [];
  let offset = 0;
  for (const shard of shards) {
    const ids = shard.meta[5].map((field) => metaFields.indexOf(field));
    sources.push({
      ...shard,
      chunks: shard.meta[2],
      offset,
      fieldMap: ids.every((id, k) => id === k) ? undefined : ids,
      sortValues: readSortValues(shard.dir, shard.language, shard.meta),
    });
    offset += shard.meta[1].length;
  }
  for (const folder of ['fragment', 'index']) mkdirSync(path.join(outDir, folder), { recursive: true });
  const pages = mergeFragments(sources, outDir, language);
  const filters = await writeFilters(sources, outDir, language);
  const { chunks, words } = await writeWordChunks(sources, outDir, language, chunkSize);

  const version = shards[0]!.meta[0];
  const meta: MetaIndex = [version, pages, chunks, filters, mergeSorts(sources), metaFields];
  const metaCbor = encodeCbor(meta);
  const hash = metaHash(language, metaCbor);
  writeFileSync(metaPath(outDir, hash), await gzipCbor(metaCbor));
  return { hash, pages: pages.length, words, chunks: chunks.length };
}
