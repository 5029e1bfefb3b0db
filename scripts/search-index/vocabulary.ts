/**
 * Writes the archive's vocabulary for spelling correction (see src/shared/search-vocabulary.ts)
 * into `<site>/search-vocabulary/`, from exactly the text Pagefind indexed of each page
 * (its fragment in the Pagefind bundle). Runs right after the Pagefind index is written.
 *
 * Every file is gzip-compressed (like Pagefind's own files), so its size on disk is what a
 * reader downloads; the browser decompresses it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  encodeShard,
  MANIFEST_FILE,
  shardFile,
  surfaceForm,
  VOCABULARY_DIR,
  VOCABULARY_FORMAT,
  wordShardKeys,
  type VocabularyEntry,
  type VocabularyManifest,
} from '../../src/shared/search-vocabulary.ts';
import { normalizeWord } from '../../src/shared/search-words.ts';
import { fragmentTexts } from '../pagefind/bundle.ts';

export interface VocabularyStats {
  words: number;
  shards: number;
  /** Bytes of every vocabulary file (gzip-compressed, as served). */
  bytes: number;
  /** Bytes of the largest shard. */
  largestShard: number;
  /** Milliseconds it took (part of the search index stage). */
  ms: number;
}

interface WordCount {
  articles: number;
  /** The article that counted last (to count each article once). */
  lastArticle: number;
  /** The distinct tokens that are written forms of this word. */
  tokens: TokenCount[];
}

/** One distinct whitespace-separated token of the text (`“Madrid,”`) and what it counts for. */
interface TokenCount {
  word: WordCount;
  /** The token without the punctuation around it (`Madrid`). */
  form: string;
  occurrences: number;
}

const COUNTS_FORMAT = 1;

/** What a `VocabularyCounter` counted, as JSON: `[word, articles, [form, occurrences, …]]`. */
export interface VocabularyCounts {
  format: number;
  words: [string, number, (string | number)[]][];
}

/** Counts, for every normalised word, the articles it occurs in and its written forms. */
export class VocabularyCounter {
  readonly #words = new Map<string, WordCount>();
  /** Every distinct token seen, so each is normalised once (null: not a word to store). */
  readonly #tokens = new Map<string, TokenCount | null>();
  #articles = 0;

  #count(token: string): TokenCount | null {
    const form = surfaceForm(token);
    if (!form) return null;
    const key = normalizeWord(form);
    let word = this.#words.get(key);
    if (!word) {
      word = { articles: 0, lastArticle: 0, tokens: [] };
      this.#words.set(key, word);
    }
    const count = { word, form, occurrences: 0 };
    word.tokens.push(count);
    return count;
  }

  /**
   * Adds one article's text (a fragment's: Pagefind marks the words it segmented in Chinese
   * and Japanese text with zero-width spaces, which separate words here as white space does).
   */
  addArticle(text: string): void {
    const article = ++this.#articles;
    for (const token of text.split(/[\s\u200B]+/)) {
      let count = this.#tokens.get(token);
      if (count === undefined) {
        count = this.#count(token);
        this.#tokens.set(token, count);
      }
      if (count === null) continue;
      count.occurrences++;
      const word = count.word;
      if (word.lastArticle !== article) {
        word.lastArticle = article;
        word.articles++;
      }
    }
  }

  /**
   * The counts so far in a plain, serialisable form: per word, the articles it occurs in and
   * each written form with its occurrences. Counts of separate sets of articles add up with
   * `addCounts` to what counting all of them at once gives.
   */
  counts(): VocabularyCounts {
    const words: VocabularyCounts['words'] = [];
    for (const [key, word] of this.#words) {
      const forms = new Map<string, number>();
      for (const t of word.tokens)
        if (t.occurrences > 0) forms.set(t.form, (forms.get(t.form) ?? 0) + t.occurrences);
      if (word.articles > 0) words.push([key, word.articles, [...forms].flat()]);
    }
    return { format: COUNTS_FORMAT, words };
  }

  /** Adds counts made by another counter, over other articles. */
  addCounts(counts: VocabularyCounts): void {
    if (counts.format !== COUNTS_FORMAT)
      throw new Error(`vocabulary counts in format ${counts.format}, expected ${COUNTS_FORMAT}`);
    for (const [key, articles, forms] of counts.words) {
      let word = this.#words.get(key);
      if (!word) {
        word = { articles: 0, lastArticle: 0, tokens: [] };
        this.#words.set(key, word);
      }
      word.articles += articles;
      for (let i = 0; i < forms.length; i += 2)
        word.tokens.push({ word, form: forms[i] as string, occurrences: forms[i + 1] as number });
    }
  }

  /** One entry per normalised word: its most common written form (ties: the first in code-point order). */
  entries(): Map<string, VocabularyEntry> {
    const out = new Map<string, VocabularyEntry>();
    for (const [key, word] of this.#words) {
      const forms = new Map<string, number>();
      for (const t of word.tokens) forms.set(t.form, (forms.get(t.form) ?? 0) + t.occurrences);
      let best = '';
      let bestCount = 0;
      for (const [form, n] of forms) {
        if (n > bestCount || (n === bestCount && form < best)) {
          best = form;
          bestCount = n;
        }
      }
      out.set(key, { word: best, articles: word.articles });
    }
    return out;
  }
}

/** Groups entries into shards: shard key → entries sorted by normalised word. */
export function shardVocabulary(entries: Map<string, VocabularyEntry>): Map<string, VocabularyEntry[]> {
  const shards = new Map<string, [string, VocabularyEntry][]>();
  for (const [key, entry] of entries) {
    for (const shard of wordShardKeys(key)) {
      const list = shards.get(shard);
      if (list) list.push([key, entry]);
      else shards.set(shard, [[key, entry]]);
    }
  }
  const sorted = new Map<string, VocabularyEntry[]>();
  for (const key of [...shards.keys()].sort()) {
    const list = shards.get(key)!;
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].word < b[1].word ? -1 : 1));
    sorted.set(
      key,
      list.map(([, e]) => e),
    );
  }
  return sorted;
}

function gzip(text: string): Buffer {
  // mtime 0 and a fixed level keep the output identical between builds.
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
}

/** Counts the words of every fragment of the Pagefind bundle in `bundleDir`. */
export function countBundle(bundleDir: string): VocabularyCounts {
  const counter = new VocabularyCounter();
  for (const text of fragmentTexts(bundleDir)) counter.addArticle(text);
  return counter.counts();
}

/** Where a Pagefind bundle made by this project keeps the word counts of its fragments. */
export const BUNDLE_COUNTS_FILE = 'vocabulary-counts.json';

/** Counts the words of the bundle in `bundleDir` and keeps the counts in it (for `buildSearchVocabulary`). */
export function writeBundleCounts(bundleDir: string): void {
  writeFileSync(path.join(bundleDir, BUNDLE_COUNTS_FILE), JSON.stringify(countBundle(bundleDir)));
}

/** The word counts of a bundle: those it keeps, else counted now. */
function bundleCounts(bundleDir: string): VocabularyCounts {
  try {
    const counts = JSON.parse(
      readFileSync(path.join(bundleDir, BUNDLE_COUNTS_FILE), 'utf8'),
    ) as VocabularyCounts;
    if (counts.format === COUNTS_FORMAT) return counts;
  } catch {
    // Not counted when the bundle was written: count it now.
  }
  return countBundle(bundleDir);
}

/** The vocabulary of the Pagefind index in `<siteDir>/pagefind`, from the word counts of `bundles` (see below). */
export function vocabularyEntries(
  siteDir: string,
  bundles?: readonly string[],
): Map<string, VocabularyEntry> {
  const counter = new VocabularyCounter();
  for (const bundle of bundles ?? [path.join(siteDir, 'pagefind')]) counter.addCounts(bundleCounts(bundle));
  return counter.entries();
}

/**
 * Builds the vocabulary of the Pagefind index in `<siteDir>/pagefind` into
 * `<siteDir>/search-vocabulary`. `bundles`: the Pagefind bundles the index was merged from
 * (whose word counts were made while the pages were being built); by default the merged
 * index itself is counted. `entries`: the vocabulary, when the caller has it already.
 */
export function buildSearchVocabulary(
  siteDir: string,
  bundles?: readonly string[],
  entries: Map<string, VocabularyEntry> = vocabularyEntries(siteDir, bundles),
): VocabularyStats {
  const started = performance.now();
  const shards = shardVocabulary(entries);

  const outDir = path.join(siteDir, VOCABULARY_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  let largestShard = 0;
  for (const [key, list] of shards) {
    const body = gzip(encodeShard(list));
    writeFileSync(path.join(outDir, shardFile(key)), body);
    bytes += body.length;
    largestShard = Math.max(largestShard, body.length);
  }
  const manifest: VocabularyManifest = {
    format: VOCABULARY_FORMAT,
    words: entries.size,
    shards: [...shards.keys()],
  };
  const manifestBody = gzip(JSON.stringify(manifest));
  writeFileSync(path.join(outDir, MANIFEST_FILE), manifestBody);
  bytes += manifestBody.length;
  return { words: entries.size, shards: shards.size, bytes, largestShard, ms: performance.now() - started };
}
