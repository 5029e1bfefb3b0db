/**
 * What a query is made of, seen the way Pagefind will see it: the words as typed, and for
 * each the form the index matches (lowercase, no punctuation, no diacritics). Pure functions,
 * shared by the search engine and its tests.
 */
import { normalizeWord } from '../../lib/search-vocabulary.ts';

export interface QueryWord {
  /** The word as typed, punctuation and case kept (`“McIlroy’s`, `(£53.2m)`). */
  text: string;
  /**
   * The word as sent to Pagefind: without symbols such as `$ £ % +`, which Pagefind's query
   * parser keeps but its index does not (`$100m` would match nothing; `100m` matches).
   */
  query: string;
  /** Its letters-only matching form (`mcilroys`), or '' when it holds digits or symbols. */
  term: string;
}

/** Queries of at least this many words are also tried as an exact phrase (pasted sentences). */
export const PHRASE_MIN_WORDS = 5;

const SYMBOLS = /\p{S}/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a query, split on white space, leaving out tokens without a letter or digit. */
export function queryWords(query: string): QueryWord[] {
  return query
    .split(/\s+/u)
    .filter((token) => HAS_LETTER_OR_DIGIT.test(token))
    .map((text) => ({ text, query: text.replace(SYMBOLS, ''), term: normalizeWord(text) }));
}

/** The query string to show for a list of words (as typed, one space between). */
export function displayQuery(words: readonly QueryWord[]): string {
  return words.map((w) => w.text).join(' ');
}

/** The query string to give Pagefind for a list of words. */
export function pagefindQuery(words: readonly QueryWord[]): string {
  return words.map((w) => w.query).join(' ');
}

/**
 * The query as one exact phrase, for Pagefind's phrase search (the whole query in double
 * quotes). Quote marks inside are left out: they would end the phrase early.
 */
export function phraseQuery(words: readonly QueryWord[]): string {
  return `"${words.map((w) => w.query.replace(/["“”„]/gu, '')).join(' ')}"`;
}

/**
 * The written form to show for a correction, replacing the whole typed token: the
 * vocabulary's form (`McIlroy`) when the reader used capitals, else lowercase.
 */
export function correctedText(typed: string, vocabularyForm: string): string {
  return /\p{Lu}/u.test(typed) ? vocabularyForm : vocabularyForm.toLowerCase();
}
