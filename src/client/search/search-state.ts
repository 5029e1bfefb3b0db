/**
 * A search as a URL: the query, filters, sort order and the "exact" switch, read from and
 * written to the search page's query string (see docs/CONVENTIONS.md), so every search is a
 * shareable link. Also the `highlight` parameter that result links carry to the article.
 */
import { dateBound } from '../../shared/date-range.ts';
import type { SortOrder } from './engine.ts';
import { pageHref } from './site-files.ts';

/** The filters the archive's pages carry (data-pagefind-filter), in display order. */
export const FILTER_NAMES = ['source', 'section', 'language', 'year', 'person', 'place', 'org'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Query parameter that carries the searched words to an article page, to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';
/** At most this many words are carried to the article page. */
export const MAX_HIGHLIGHT_TERMS = 8;

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  sort: SortOrder;
  /** Search the query as typed, without corrections. */
  exact: boolean;
  /** The date range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; src/shared/date-range.ts). */
  from?: string;
  to?: string;
}

const SORTS: readonly SortOrder[] = ['newest', 'oldest', 'relevance'];

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** The search a query string describes (unknown parameters are ignored). */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, unique(params.getAll(name))]),
  ) as Record<FilterName, string[]>;
  const sort = SORTS.find((s) => s === params.get('sort')) ?? 'relevance';
  const state: SearchState = {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort,
    exact: params.get('exact') === '1',
  };
  const from = dateBound(params.get('from'));
  const to = dateBound(params.get('to'));
  if (from) state.from = from;
  if (to) state.to = to;
  return state;
}

/** The query string for a search: `q`, then the filters in order, `from`, `to`, `sort` and `exact`. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  return params;
}

/** The search page's URL for a search, under the site's base path. */
export function searchPageUrl(base: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return `${pageHref(`${base}search/`)}${query ? `?${query}` : ''}`;
}

/** A search with no filters, sorted by relevance. */
export function plainSearch(query: string): SearchState {
  return {
    query,
    filters: { source: [], section: [], language: [], year: [], person: [], place: [], org: [] },
    sort: 'relevance',
    exact: false,
  };
}

/** Whether any filter (or a date range) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    FILTER_NAMES.some((name) => state.filters[name].length > 0) ||
    state.from !== undefined ||
    state.to !== undefined
  );
}

/** Words of a query worth highlighting: at least two characters, without surrounding punctuation. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2);
}

/** `url` (possibly with a `#fragment`) with the highlight terms added to its query string. */
export function withHighlight(url: string, terms: string[]): string {
  const wanted = unique(terms.map((t) => t.toLowerCase())).slice(0, MAX_HIGHLIGHT_TERMS);
  if (wanted.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = new URLSearchParams();
  for (const t of wanted) params.append(HIGHLIGHT_PARAM, t);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}
