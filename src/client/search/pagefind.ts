/**
 * Loads the Pagefind search API that `npm run build` writes to `<base>pagefind/`, for every
 * language of the archive.
 *
 * Pagefind builds one index per language (each page's `<html lang>`), and its JS loads only
 * one: the index of the page's own language, searched with that language's WebAssembly
 * (stemming, segmentation of Chinese and Japanese). Its `mergeIndex(path, { language })`
 * adds another language's index, but (Pagefind 1.6, pagefind.js) it skips the bundle the
 * page already searches, and merged indexes are searched with the first one's WebAssembly:
 * a German query would be stemmed as English and miss German inflections. So each language
 * gets a Pagefind of its own: a separate copy of the module (imported under its own URL, so
 * with its own state, worker and WebAssembly), initialised the way Pagefind picks a
 * language, from the document's `<html lang>`, which is set to that language for that
 * synchronous moment only. Their results are merged as one index would give them
 * (merge-results.ts).
 */
import { addFilterCounts, mergeLists, mergeSorted, type ResultList } from './merge-results.ts';
import { PAGEFIND_EXCERPT_LENGTH, type PagefindResultData } from '../../shared/top-results.ts';
import { fetchSiteFile, importPagefind } from './site-files.ts';
import { topResults, type TopResults } from './top-results.ts';

export type { PagefindResultData };

export interface PagefindSearchResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export type PagefindSearch = ResultList<PagefindSearchResult>;

export interface SearchOptions {
  filters?: Record<string, unknown>;
  /** One sort key and its direction (Pagefind's `sort`). */
  sort?: Record<string, 'asc' | 'desc'>;
  /**
   * For a sorted search over several languages: the sort key's value of a result, and how
   * many results from the first must be in order (only their data is read to order them).
   */
  sortValue?: (data: PagefindResultData) => string;
  ordered?: number;
  /** `false`: ask Pagefind even for a word with precomputed results (top-results.ts). */
  precomputed?: false;
}

/** The archive's search index: every language's, searched as one. */
export interface PagefindApi {
  /** The languages searched (Pagefind's keys, as in its `pagefind-entry.json`). */
  languages: string[];
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's module (pagefind.js), as this code uses it. */
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The languages of the index, from Pagefind's entry file; undefined when it cannot be read. */
async function indexLanguages(base: string): Promise<string[] | undefined> {
  try {
    const response = await fetchSiteFile(`${base}pagefind/pagefind-entry.json`);
    if (!response.ok) return undefined;
    const entry = (await response.json()) as { languages?: Record<string, unknown> };
    return entry.languages ? Object.keys(entry.languages) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language whose index Pagefind loads for a page in `pageLanguage` (pagefind.js,
 * `findIndex`): the same, else its base language, else the language with most pages —
 * here the first listed, as the caller orders the list it passes.
 */
function ownLanguage(pageLanguage: string, languages: readonly string[]): string | undefined {
  const lang = pageLanguage.toLowerCase();
  return languages.find((l) => l === lang) ?? languages.find((l) => l === lang.split('-')[0]);
}

/** Runs `start` (synchronous) while the document says it is in `language`. */
function inDocumentLanguage<T>(language: string, start: () => T): T {
  const root = document.documentElement;
  const had = root.getAttribute('lang');
  if (had?.toLowerCase() === language) return start();
  root.setAttribute('lang', language);
  try {
    return start();
  } finally {
    if (had === null) root.removeAttribute('lang');
    else root.setAttribute('lang', had);
  }
}

/**
 * Which Pagefind a search runs on. `results` finds the results; it loads only the filters a
 * search names. `counts` loads every filter and gives the counts per value (facets,
 * histogram, the archive's values). Pagefind counts every loaded filter's values over all
 * results on each search, which makes a search for a common word several times slower
 * (1.4 s instead of 0.2 s at 10,000 articles with 20,000 people), so the results never wait
 * for the counts.
 */
export type PagefindRole = 'results' | 'counts';

/** The URL of the module for `role` and `language` (each distinct URL is a Pagefind of its own). */
function moduleUrl(base: string, role: PagefindRole, language: string | undefined, copy: number): string {
  const params = new URLSearchParams();
  if (role === 'counts') params.set('counts', '');
  if (copy > 0) params.set('language', language ?? '');
  const query = params.toString();
  return `${base}pagefind/pagefind.js${query === '' ? '' : `?${query}`}`;
}

/** A Pagefind of its own for `language` and `role` (`copy` > 0: the module imported again, under its own URL). */
async function startPagefind(
  base: string,
  role: PagefindRole,
  language: string | undefined,
  copy: number,
): Promise<PagefindModule> {
  const pagefind = (await importPagefind(moduleUrl(base, role, language, copy))) as PagefindModule;
  await pagefind.options({ baseUrl: base, excerptLength: PAGEFIND_EXCERPT_LENGTH });
  // Pagefind reads the language when it starts (synchronously, inside init()).
  await (language === undefined ? pagefind.init() : inDocumentLanguage(language, () => pagefind.init()));
  return pagefind;
}

/** Whether a search has no filter and no sort: the kind the precomputed results answer. */
function plainSearch(options: SearchOptions): boolean {
  return Object.keys(options.filters ?? {}).length === 0 && options.sort === undefined;
}

/**
 * The languages' Pagefinds searched as one. They start on the first search that needs them
 * (`start`): a plain search of a frequent word is answered from `top` (top-results.ts)
 * without them.
 */
function combine(languages: string[], start: () => Promise<PagefindModule[]>, top?: TopResults): PagefindApi {
  const search: PagefindApi['search'] = async (term, options = {}) => {
    const { sortValue, ordered, ...pagefindOptions } = options;
    if (top && term !== null && options.precomputed !== false && plainSearch(options)) {
      const stored = await top.lookup(term, languages, () =>
        search(term, { ...options, precomputed: false }),
      );
      if (stored) return stored;
    }
    const { precomputed: _precomputed, ...forPagefind } = pagefindOptions;
    const pagefinds = await start();
    const lists = await Promise.all(pagefinds.map((p) => p.search(term, forPagefind)));
    const sort = Object.entries(options.sort ?? {})[0];
    if (sort && sortValue && lists.length > 1) {
      return mergeSorted(lists.map(memoizedData), {
        value: sortValue,
        direction: sort[1],
        ordered: ordered ?? Infinity,
      });
    }
    return mergeLists(lists);
  };
  return {
    languages,
    search,
    filters: async () => addFilterCounts(await Promise.all((await start()).map((p) => p.filters()))),
  };
}

/** The results with each one's data loaded once, however often it is asked for. */
function memoizedData(list: PagefindSearch): PagefindSearch {
  return {
    ...list,
    results: list.results.map((result) => {
      let data: Promise<PagefindResultData> | undefined;
      return { ...result, data: () => (data ??= result.data()) };
    }),
  };
}

const loading = new Map<PagefindRole, Promise<PagefindApi>>();

export function loadPagefind(base: string, role: PagefindRole = 'results'): Promise<PagefindApi> {
  let api = loading.get(role);
  if (!api) {
    // The precomputed results' list meanwhile (the results only: counts need every filter).
    const top = role === 'results' ? topResults(base) : undefined;
    api = (async () => {
      const [languages] = await Promise.all([
        indexLanguages(base),
        // Pagefind's code, meanwhile (the first copy's URL is the one a single language always
        // used), unless a precomputed search may do without it.
        top ? undefined : importPagefind(moduleUrl(base, role, undefined, 0)),
      ]);
      if (languages === undefined) {
        const only = once(async () => [await startPagefind(base, role, undefined, 0)]);
        return combine([], only);
      }
      // The language Pagefind would search on this page first, then the others.
      const own = ownLanguage(document.documentElement.lang, languages);
      const ordered = own === undefined ? languages : [own, ...languages.filter((l) => l !== own)];
      const start = once(() =>
        Promise.all(ordered.map((language, i) => startPagefind(base, role, language, i))),
      );
      // Pagefind starts at once unless a precomputed search may do without it.
      if (!top) await start();
      return combine(ordered, start, top);
    })();
    loading.set(role, api);
  }
  return api;
}

/** `make`, called the first time its result is needed, once. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
