/**
 * The archive's vocabulary for spelling correction: the words of every indexed article with
 * the number of articles each appears in, split into small shards so that correcting one
 * query word downloads only the few shards that can hold its corrections.
 *
 * Shared by the build (which writes the shards) and the browser (which reads them), so both
 * sides agree on how a word is normalised, which shards hold it and how a shard is encoded.
 *
 * Sharding: a shard holds the words of one length that have a given character first or
 * second. A word within one edit (a letter dropped, added, changed, or two neighbours
 * swapped) of a query word always lies in one of five shards of that query word
 * (`lookupShardKeys`), wherever the edit is, including the first letter.
 */

import { normalizeWord } from './search-words.ts';

/** Words shorter than this are neither stored nor corrected (too many neighbours). */
export const MIN_WORD_LENGTH = 3;
/** Longer words are neither stored nor corrected (URLs, run-together junk). */
export const MAX_WORD_LENGTH = 24;

/** Folder, under the site's base path, that holds the vocabulary. */
export const VOCABULARY_DIR = 'search-vocabulary';
/** The manifest lists the shards that exist, so the browser never asks for a missing one. */
export const MANIFEST_FILE = 'manifest.vocab';
export const VOCABULARY_FORMAT = 1;

export interface VocabularyEntry {
  /** The word as it is most often written in the articles (case kept, e.g. `McIlroy`). */
  word: string;
  /** Number of articles it appears in. */
  articles: number;
}

export interface VocabularyManifest {
  format: number;
  /** Distinct words in the vocabulary. */
  words: number;
  /** Keys of the shards that exist (see `shardKey`). */
  shards: string[];
}

const PLAIN_WORD = /^[A-Za-z]+$/;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The display form of one whitespace-separated token of article text: the token without
 * leading and trailing punctuation (`“Madrid,”` → `Madrid`), or '' when it is not a word
 * worth storing.
 */
export function surfaceForm(token: string): string {
  if (PLAIN_WORD.test(token)) {
    return token.length >= MIN_WORD_LENGTH && token.length <= MAX_WORD_LENGTH ? token : '';
  }
  const trimmed = token.replace(EDGE_PUNCTUATION, '');
  const normalized = normalizeWord(trimmed);
  if (normalized.length < MIN_WORD_LENGTH || normalized.length > MAX_WORD_LENGTH) return '';
  return trimmed;
}

function charKey(char: string): string {
  return /^[a-z]$/.test(char) ? char : `u${char.codePointAt(0)!.toString(16)}`;
}

/** Key of the shard for words of `length` characters with `char` first or second. */
export function shardKey(char: string, length: number): string {
  return `${charKey(char)}-${length}`;
}

/** Shards a normalised word is stored in: by its first and by its second character. */
export function wordShardKeys(normalized: string): string[] {
  const chars = [...normalized];
  const keys = new Set<string>();
  if (chars[0] !== undefined) keys.add(shardKey(chars[0], chars.length));
  if (chars[1] !== undefined) keys.add(shardKey(chars[1], chars.length));
  return [...keys];
}

/**
 * Shards that hold every stored word within one edit of the normalised query word `term`
 * (q = term, L = its length):
 * - an edit after the first letter keeps q[0] first: lengths L-1, L, L+1 by q[0];
 * - q[0] added in front (q = x + w): w starts with q[1], length L-1;
 * - q[0] changed, or q[0] and q[1] swapped: w has q[1] second (or first), length L;
 * - w's first letter dropped (q = w without w[0]): w has q[0] second, length L+1.
 */
export function lookupShardKeys(term: string): string[] {
  const chars = [...term];
  const length = chars.length;
  const [first, second] = chars;
  if (first === undefined) return [];
  const keys = new Set<string>();
  for (const l of [length - 1, length, length + 1]) {
    if (l >= MIN_WORD_LENGTH && l <= MAX_WORD_LENGTH) keys.add(shardKey(first, l));
  }
  if (second !== undefined) {
    for (const l of [length - 1, length]) {
      if (l >= MIN_WORD_LENGTH && l <= MAX_WORD_LENGTH) keys.add(shardKey(second, l));
    }
  }
  return [...keys];
}

/** File name of a shard inside `VOCABULARY_DIR`. */
export function shardFile(key: string): string {
  return `${key}.vocab`;
}

/** A shard's text: one `word count` line per word, sorted, so gzip packs it tightly. */
export function encodeShard(entries: readonly VocabularyEntry[]): string {
  return entries.map((e) => `${e.word} ${e.articles}`).join('\n');
}

export function decodeShard(text: string): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    const articles = Number(line.slice(space + 1));
    if (Number.isInteger(articles) && articles > 0) entries.push({ word: line.slice(0, space), articles });
  }
  return entries;
}
