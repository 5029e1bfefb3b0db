/**
 * Precomputed first results for the archive's most frequent words. A search for a word
 * that most articles hold is Pagefind's slowest (the largest index chunk, every page ranked,
 * a fragment per result); it is also what readers type most. So the build runs Pagefind's
 * own search for those words once (scripts/search-index/top-results.ts) and keeps, for each
 * word and each language of the index, exactly what Pagefind returned: the total, the
 * counts, and the first results with their data. The browser (src/client/search/top-results.ts)
 * answers such a search from one small file and asks Pagefind only for what the file does
 * not hold (results past the first, filters, sorts, other words).
 *
 * Shared by the build, which writes the files, and the browser, which reads them, so both
 * agree on where they are, which terms they hold and how a file is laid out.
 */

/** Folder, under the site's base path, that holds the precomputed results. */
export const TOP_RESULTS_DIR = 'search-top';
/** Lists the words that have a file (so the browser never asks for a missing one). */
export const TOP_RESULTS_MANIFEST = 'manifest.top';
export const TOP_RESULTS_FORMAT = 1;

/**
 * Results kept per word and language, with their data: the search page's first page
 * (20 results) and the header's quick results fit in it.
 */
export const TOP_RESULTS_KEPT = 20;

/** The Pagefind options the search uses (src/client/search/pagefind.ts), which shape excerpts. */
export const PAGEFIND_EXCERPT_LENGTH = 30;

export interface TopResultsManifest {
  format: number;
  /** The words with a file, as `topResultsTerm` gives them; the file is `topResultsFile(i)`. */
  words: string[];
}

/** One result as Pagefind's search gave it, its data already loaded. */
export interface StoredResult {
  id: string;
  score: number;
  /** Pagefind's `data()` of the result, with URLs as Pagefind gives them for the base URL `/`. */
  data: StoredResultData;
}

/**
 * Pagefind's result data (its fragment, with the excerpt and sub-results for the query), the
 * fields the search reads (src/client/search/pagefind.ts).
 */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    weighted_locations?: { weight: number; balanced_score: number; location: number }[];
    locations?: number[];
  }[];
}

/**
 * A result's data as stored: the fields the search reads; the rest of Pagefind's (every
 * anchor's text, the content again unnormalised, the word's locations) would more than
 * double the file, and the text of every result would double it again. `content` is kept
 * for each language's first result only (the search reads the best result's text to see if
 * it holds the word as typed; a search that wants every result's text asks Pagefind).
 */
export type StoredResultData = Omit<PagefindResultData, 'content'> & { content?: string };

/** One language's answer to the word: what Pagefind's `search(word)` returned. */
export interface StoredSearch {
  /** How many results Pagefind found in this language. */
  total: number;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  /** The first TOP_RESULTS_KEPT results (fewer when there are fewer), in Pagefind's order. */
  results: StoredResult[];
}

export interface TopResultsFile {
  format: number;
  word: string;
  /** Per language of the index (Pagefind's key, as in `pagefind-entry.json`). */
  languages: Record<string, StoredSearch>;
}

/** The file of the i-th word of the manifest. */
export function topResultsFile(index: number): string {
  return `${index}.top`;
}

/**
 * The term a file may answer: a single word of letters or digits, in lowercase (Pagefind
 * searches without regard to case: `Tajikistan` and `tajikistan` give the same results,
 * excerpts included); undefined for anything else.
 */
export function topResultsTerm(term: string): string | undefined {
  const word = term.trim().toLowerCase();
  return /^[\p{Ll}\p{Lo}\p{N}]+$/u.test(word) ? word : undefined;
}

/**
 * A URL of the stored data made for the site's base, as Pagefind makes a URL for its
 * `baseUrl` (pagefind.js, `fullUrl`): the stored URL is Pagefind's for the base `/`.
 */
export function rebaseResultUrl(base: string, url: string): string {
  if (/^(https?:)?\/\//u.test(url)) return url;
  return `${base}/${url}`.replace(/\/+/gu, '/').replace(/^(https?:\/)/u, '$1/');
}
