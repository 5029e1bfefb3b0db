/**
 * Pagefind bundles read for checks, not for building: what a bundle holds (its summary) and
 * every file of it, for the tests that compare a merged bundle with Pagefind's own
 * (test/build/pagefind-contract.test.ts, search-index-shards.test.ts). Here because only
 * this folder knows Pagefind's files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chunkPath, isGzipped, readCborFileSync, readEntry, readMeta, type WordIndex } from './files.ts';

/** What a bundle holds in one language, by Pagefind's metadata and file names. */
export interface BundleSummary {
  version: string;
  /** Every language of the bundle (Pagefind's keys, in the entry file's order). */
  languages: string[];
  /** The language summed up. */
  language: string;
  pages: number;
  chunks: number;
  filters: string[];
  sorts: string[];
  metaFields: string[];
  /** Files whose short name grew because another file of the same kind had taken it. */
  lengthenedNames: { fragments: number; chunks: number; filters: number };
}

/** The summary of `language`, by default the bundle's only language. */
export function bundleSummary(dir: string, language?: string): BundleSummary {
  const entry = readEntry(dir);
  const languages = Object.keys(entry.languages);
  if (language === undefined) {
    if (languages.length !== 1)
      throw new Error(`${dir}: name one of its languages (${languages.join(', ')})`);
    language = languages[0]!;
  }
  const [version, pages, chunks, filters, sorts, metaFields] = readMeta(dir, entry, language);
  const standard = language.length + 8;
  const lengthened = (names: readonly string[]): number => names.filter((n) => n.length > standard).length;
  return {
    version,
    languages,
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

/** The words of a bundle's index in `language` (Pagefind's keys: stemmed, folded), in order. */
export function bundleWords(dir: string, language: string): string[] {
  const meta = readMeta(dir, readEntry(dir), language);
  return meta[2].flatMap(([, , hash]) =>
    (readCborFileSync(chunkPath(dir, hash)) as WordIndex)[0].map(([word]) => word),
  );
}
