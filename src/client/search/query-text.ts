/**
 * What a query is made of, seen the way Pagefind will see it: the words as typed, and for
 * each the form the index matches (lowercase, no punctuation, no diacritics); and whether an
 * article's text plainly holds them. Pure functions, shared by the search engine, its repair
 * strategies and their tests.
 */
import { normalizeWord } from '../../shared/search-words.ts';

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

/** Shorter words are never doubted or corrected (`of`, `to`, `EU`). */
export const MIN_CORRECTED_LENGTH = 3;

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

/** Whether two texts have the same words, case, punctuation and symbols aside. */
export function sameWords(a: string, b: string): boolean {
  const key = (text: string) =>
    queryWords(text)
      .map((w) => w.term || w.query.toLowerCase().replace(/\p{P}/gu, ''))
      .join(' ');
  return key(a) === key(b);
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

/** The normalised words of an article's text. */
export function textTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of text.split(/\s+/u)) {
    const term = normalizeWord(token);
    if (term) terms.add(term);
  }
  return terms;
}

/**
 * Whether an article plainly holds a query word: it has a word starting with it (what
 * Pagefind matches), or one it starts with that is at most a letter shorter (`planning` for
 * `planningg`). When neither holds, Pagefind may have matched only a shorter word the typed
 * one starts with (`tomlin` for `Tomlinon`) — or a form of the word with another ending,
 * which `Searcher.knows` then tells apart.
 */
export function plainlyHolds(terms: ReadonlySet<string>, term: string): boolean {
  for (const word of terms) {
    if (word.startsWith(term)) return true;
    if (term.startsWith(word) && term.length - word.length <= 1) return true;
  }
  return false;
}

/** Words of the query that the top result does not plainly hold (letters only, 3+ letters). */
export function doubtfulWords(words: readonly QueryWord[], topResultText: string): QueryWord[] {
  const candidates = words.filter((w) => w.term.length >= MIN_CORRECTED_LENGTH);
  if (candidates.length === 0) return [];
  const terms = textTerms(topResultText);
  return candidates.filter((w) => !plainlyHolds(terms, w.term));
}
