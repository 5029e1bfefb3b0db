/**
 * The archive's search: one function, `runSearch`, that the search page and the header
 * search both call. It wraps Pagefind's JS API, over the index of every language of the
 * archive (pagefind.ts), and returns everything a results list needs, already in rank order.
 *
 * On top of Pagefind's literal matching it forgives what readers do:
 * - symbols the index leaves out (`$100m`) are left out of the query;
 * - a long query (a pasted sentence) is also run as an exact phrase, and the articles that
 *   hold the phrase come first;
 * - when nothing matches, words the index does not know are corrected against the
 *   archive's own vocabulary ("Showing results for … — search instead for …"), words that
 *   still match nothing are dropped (and the outcome says so), and as a last resort the
 *   closest titles are offered;
 * - when the best result does not hold a word of the query (Pagefind matched a shorter word
 *   the misspelt one starts with), that word is corrected if the index does not know it.
 * A query whose best result holds what was typed pays for none of this: the repair code and
 * the vocabulary are loaded only when a query needs them (query-repair.ts, vocabulary.ts).
 * `exact: true` turns the corrections, dropped words and closest titles off.
 */
import { bestSubResult } from './deep-link.ts';
import {
  loadPagefind,
  type PagefindApi,
  type PagefindRole,
  type PagefindResultData,
  type PagefindSearchResult,
  type SearchOptions,
} from './pagefind.ts';
import {
  displayQuery,
  doubtfulWords,
  pagefindQuery,
  PHRASE_MIN_WORDS,
  phraseQuery,
  queryWords,
  sameWords,
  type QueryWord,
} from './query-text.ts';
import type { Matches, Repair, Searcher } from './query-repair.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRequest {
  /** The query as the reader typed it. */
  query: string;
  /** Filter values by filter name (`source`, `section`, `year`); values within a name are ORed. */
  filters?: Record<string, string[]>;
  sort?: SortOrder;
  /** Most hits to load (their excerpts); `total` still counts all of them. */
  limit?: number;
  /**
   * Search the words exactly as typed: no corrections, no dropped words, no closest titles
   * (long queries still rank the articles holding the phrase first).
   */
  exact?: boolean;
  /** Further Pagefind filter conditions, all of which must hold (a date range, the query's fields). */
  where?: Record<string, unknown>[];
  /** Give each hit its full text and filters (for checks Pagefind cannot make, and facet counts). */
  withData?: boolean;
  /**
   * The Pagefind to search (pagefind.ts): `results` (the default) loads only the filters the
   * search names; `counts` has every filter loaded and gives `filterCounts` for all of them.
   */
  role?: PagefindRole;
}

export interface SearchSubHit {
  title: string;
  url: string;
  /** Pagefind's excerpt: text with `<mark>` around matches (sanitise before display). */
  excerptHtml: string;
}

export interface SearchHit {
  url: string;
  title: string;
  excerptHtml: string;
  source?: string;
  section?: string;
  date?: string;
  subResults: SearchSubHit[];
  /** The heading or paragraph holding the strongest matches, when the hit has anchors. */
  deepLink?: { url: string; excerptHtml: string };
  /** The article's permanent id (its short link `/a/<id>/`). */
  id?: string;
  /** The page's indexed text and its filters, when the request asked `withData`. */
  content?: string;
  filters?: Record<string, string[] | undefined>;
}

/**
 * How the hits were found: the query as typed, with the articles holding it as a phrase
 * first, corrected, with words dropped, or not at all (closest titles offered instead).
 */
export type SearchStrategy = 'as-typed' | 'phrase' | 'corrected' | 'dropped' | 'closest' | 'none';

export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** The query that produced the hits (differs from `query` when it was corrected). */
  effectiveQuery: string;
  /** Set when the query was corrected: "Showing results for `to` — search instead for `from`". */
  corrected?: { from: string; to: string };
  /** Words of the query that matched nothing and were left out. */
  droppedTerms?: string[];
  /** Closest article titles, offered when nothing matched. */
  suggestions?: { title: string; url: string }[];
  /** Number of matching articles. */
  total: number;
  hits: SearchHit[];
  /** Counts per filter value for the current query. */
  filterCounts: Record<string, Record<string, number>>;
  /** Milliseconds spent, for the benchmark. */
  ms: number;
  /** How the hits were found (for the benchmark and for tests). */
  strategy?: SearchStrategy;
  /** Compressed bytes of spelling vocabulary this query needed, when it needed any. */
  vocabularyBytes?: number;
}

function toHit(data: PagefindResultData): SearchHit {
  const hit: SearchHit = {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerptHtml: data.excerpt,
    subResults: data.sub_results
      .filter((s) => s.url !== data.url && s.url.includes('#'))
      .map((s) => ({ title: s.title, url: s.url, excerptHtml: s.excerpt })),
  };
  const best = bestSubResult(data.sub_results);
  if (best) hit.deepLink = { url: best.url, excerptHtml: best.excerpt };
  const source = data.filters.source?.[0];
  const section = data.filters.section?.[0];
  if (source) hit.source = source;
  if (section) hit.section = section;
  if (data.meta.date) hit.date = data.meta.date;
  if (data.meta.id) hit.id = data.meta.id;
  return hit;
}

function toHitWithData(data: PagefindResultData): SearchHit {
  return { ...toHit(data), content: data.content, filters: data.filters };
}

function pagefindFilters(filters: Record<string, string[]> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(filters ?? {})) {
    if (values.length > 0) out[name] = { any: values };
  }
  return out;
}

/**
 * An article's sort key `date` as its data shows it: the meta `date` of a dated article, the
 * key's `0000-00-00` otherwise (docs/CONVENTIONS.md, Search). Orders the results of a sorted
 * search over several languages.
 */
const UNDATED = '0000-00-00';
const articleDate = (data: PagefindResultData): string => data.meta.date ?? UNDATED;
/** The sort key `oldest` (ArticleSearchDates.astro): undated articles last. */
const oldestDate = (data: PagefindResultData): string => data.meta.date ?? '9999-99-99';

/**
 * Runs `words` through Pagefind. A long query that finds several articles also runs as an
 * exact phrase; the articles that hold the phrase move to the front, in Pagefind's order,
 * ahead of the others. (The phrase search reuses the index chunks the first one loaded.)
 */
async function matchWords(
  pagefind: PagefindApi,
  words: readonly QueryWord[],
  options: SearchOptions,
): Promise<Matches> {
  // No words (a search by filters alone): every article the filters let through.
  const plain = await pagefind.search(words.length === 0 ? null : pagefindQuery(words), options);
  const asTyped: Matches = { results: plain.results, filters: plain.filters, phrase: false };
  // A short query is no pasted passage; with one result or none there is nothing to reorder.
  if (words.length < PHRASE_MIN_WORDS || options.sort || plain.results.length <= 1) return asTyped;
  const phrase = await pagefind.search(phraseQuery(words), options);
  if (phrase.results.length === 0) return asTyped;
  const inPhrase = new Set(phrase.results.map((r) => r.id));
  const results = [
    ...plain.results.filter((r) => inPhrase.has(r.id)),
    ...plain.results.filter((r) => !inPhrase.has(r.id)),
  ];
  return { results, filters: plain.filters, phrase: true };
}

/**
 * Hits whose title is the query, word for word, first (a reader who types a title wants
 * that article, even when longer titles hold the same words); otherwise Pagefind's order.
 */
function titlesFirst(hits: SearchHit[], query: string): SearchHit[] {
  const exact = hits.filter((h) => sameWords(h.title, query));
  return exact.length === 0 ? hits : [...exact, ...hits.filter((h) => !exact.includes(h))];
}

/** The searches the repair strategies need, on Pagefind and the site's vocabulary. */
function pagefindSearcher(
  pagefind: PagefindApi,
  base: string,
  options: SearchOptions,
  onVocabulary: (bytes: number) => void,
): Searcher {
  return {
    match: (words) => matchWords(pagefind, words, options),
    // Pagefind's exact search: a typo is not taken for known because a shorter word is a
    // prefix of it. A word with digits or symbols is known if it finds anything.
    knows: async (word) =>
      (await pagefind.search(word.term ? `"${word.term}"` : word.query)).results.length > 0,
    suggest: async (words) => {
      try {
        const { suggestCorrections } = await import('./vocabulary.ts');
        const suggestions = await suggestCorrections(base, words);
        onVocabulary(suggestions.vocabularyBytes);
        return suggestions;
      } catch {
        // The vocabulary could not be loaded (an older build, a lost file): no corrections.
        return { byWord: new Map(), vocabularyBytes: 0 };
      }
    },
  };
}

export async function runSearch(base: string, request: SearchRequest): Promise<SearchOutcome> {
  const started = performance.now();
  const pagefind = await loadPagefind(base, request.role);
  const query = request.query.trim();
  const limit = request.limit ?? 20;
  const options: SearchOptions = { filters: pagefindFilters(request.filters) };
  if (request.where && request.where.length > 0) options.filters = { ...options.filters, all: request.where };
  // The precomputed results of frequent words keep the text of the best result only.
  if (request.withData) options.precomputed = false;
  if (request.sort === 'newest') {
    options.sort = { date: 'desc' };
    // Over several languages, the first `limit` results are put in date order from their data.
    options.sortValue = articleDate;
    options.ordered = limit;
  } else if (request.sort === 'oldest') {
    options.sort = { oldest: 'asc' };
    options.sortValue = oldestDate;
    options.ordered = limit;
  }
  const words = queryWords(query);
  const loaded = new Map<PagefindSearchResult, Promise<PagefindResultData>>();
  const data = (result: PagefindSearchResult): Promise<PagefindResultData> => {
    let promise = loaded.get(result);
    if (!promise) {
      promise = result.data();
      loaded.set(result, promise);
    }
    return promise;
  };

  let matches = await matchWords(pagefind, words, options);
  let repair: Repair | undefined;
  let vocabularyBytes = 0;
  if (!request.exact && words.length > 0) {
    const searcher = pagefindSearcher(pagefind, base, options, (bytes) => (vocabularyBytes += bytes));
    if (matches.results.length === 0) {
      const { repairNoResults } = await import('./query-repair.ts');
      repair = await repairNoResults(searcher, words);
    } else {
      const doubtful = doubtfulWords(words, (await data(matches.results[0]!)).content);
      if (doubtful.length > 0) {
        const { repairDoubtful } = await import('./query-repair.ts');
        repair = await repairDoubtful(searcher, words, doubtful);
      }
    }
    if (repair) matches = repair.matches;
  }

  const searchedFor =
    repair?.strategy === 'corrected' || repair?.strategy === 'dropped' ? displayQuery(repair.words) : query;
  const hits = titlesFirst(
    (await Promise.all(matches.results.slice(0, limit).map(data))).map(
      request.withData ? toHitWithData : toHit,
    ),
    searchedFor,
  );
  const outcome: SearchOutcome = {
    query,
    effectiveQuery: searchedFor,
    total: matches.results.length,
    hits,
    filterCounts: matches.filters,
    ms: 0,
    strategy: repair?.strategy ?? (matches.phrase ? 'phrase' : 'as-typed'),
  };
  if (repair?.corrected) outcome.corrected = repair.corrected;
  if (repair?.droppedTerms) outcome.droppedTerms = repair.droppedTerms;
  if (repair?.suggestions) outcome.suggestions = repair.suggestions;
  if (vocabularyBytes > 0) outcome.vocabularyBytes = vocabularyBytes;
  outcome.ms = performance.now() - started;
  return outcome;
}

/** All filter values with their counts over the whole archive (on the `counts` Pagefind). */
export async function allFilterCounts(base: string): Promise<Record<string, Record<string, number>>> {
  const pagefind = await loadPagefind(base, 'counts');
  return pagefind.filters();
}
