/**
 * Pagefind bundles (the `pagefind/` folder of a site), for the rest of the build: this is
 * the module it imports. Pagefind's file names, framing and CBOR are known in this folder
 * only (files.ts, cbor.ts); the merge of shard bundles is merge.ts, the sort keys it needs
 * sort-values.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ENTRY_FILE, fragmentData, fragmentFiles, isGzipped, readEntry, readMeta } from './files.ts';

export { PAGEFIND_VERSION } from './files.ts';
export { mergeBundles, PAGEFIND_CHUNK_SIZE, type MergeOptions, type MergeStats } from './merge.ts';
export { pageSortValues, UnsupportedSortError, writeSortValues } from './sort-values.ts';

/** Whether `dir` holds a finished Pagefind bundle (its entry file is written last). */
export function isBundle(dir: string): boolean {
  return existsSync(path.join(dir, ENTRY_FILE));
}

/** The text Pagefind indexed of each page of a bundle (its fragments, in file name order). */
export function* fragmentTexts(bundleDir: string): Generator<string> {
  for (const file of fragmentFiles(bundleDir)) {
    const data = JSON.parse(Buffer.from(fragmentData(file)).toString('utf8')) as { content?: unknown };
    if (typeof data.content !== 'string') throw new Error(`${file}: Pagefind fragment without content`);
    yield data.content;
  }
}

/** What a bundle holds, by Pagefind's metadata and file names. */
export interface BundleSummary {
  version: string;
  language: string;
  pages: number;
  chunks: number;
  filters: string[];
  sorts: string[];
  metaFields: string[];
  /** Files whose short name grew because another file of the same kind had taken it. */
  lengthenedNames: { fragments: number; chunks: number; filters: number };
}

export function bundleSummary(dir: string): BundleSummary {
  const entry = readEntry(dir);
  const language = Object.keys(entry.languages)[0]!;
  const [version, pages, chunks, filters, sorts, metaFields] = readMeta(dir, entry, language);
  const standard = language.length + 8;
  const lengthened = (names: readonly string[]): number => names.filter((n) => n.length > standard).length;
  return {
    version,
    language,
    pages: pages.length,
    chunks: chunks.length,
    filters: filters.map(([filter]) => filter),
    sorts: sorts.map(([key]) => key),
    metaFields,
    lengthenedNames: {
      fragments: lengthened(pages.map(([hash]) => hash)),
      chunks: lengthened(chunks.map(([, , hash]) => hash)),
      filters: lengthened(filters.map(([, hash]) => hash)),
    },
  };
}

/**
 * Every file of a bundle by its path in it: the index files gunzipped (their gzip framing
 * depends on the compressor, what they hold does not), the others as they are.
 */
export function bundleFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full);
    const bytes = readFileSync(full);
    out.set(relative, isGzipped(relative) ? gunzipSync(bytes) : bytes);
  }
  return out;
}
