/**
 * The archive's search: one function, `runSearch`, that the search page and the header
 * search both call. It wraps Pagefind's JS API and returns everything a results list
 * needs, already in rank order.
 *
 * The outcome has room for what a forgiving search adds on top of Pagefind's literal
 * matching (a corrected query, words that were dropped, closest titles); this version
 * searches the query as typed.
 */
import { bestSubResult } from './deep-link.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

export type SortOrder = 'relevance' | 'newest';

export interface SearchRequest {
  /** The query as the reader typed it. */
  query: string;
  /** Filter values by filter name (`source`, `section`, `year`); values within a name are ORed. */
  filters?: Record<string, string[]>;
  sort?: SortOrder;
  /** Most hits to load (their excerpts); `total` still counts all of them. */
  limit?: number;
  /** Search the query exactly as typed, without corrections. */
  exact?: boolean;
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
}

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
  return hit;
}

function pagefindFilters(filters: Record<string, string[]> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(filters ?? {})) {
    if (values.length > 0) out[name] = { any: values };
  }
  return out;
}

export async function runSearch(base: string, request: SearchRequest): Promise<SearchOutcome> {
  const started = performance.now();
  const pagefind = await loadPagefind(base);
  const query = request.query.trim();
  const options: { filters?: Record<string, unknown>; sort?: Record<string, string> } = {
    filters: pagefindFilters(request.filters),
  };
  if (request.sort === 'newest') options.sort = { date: 'desc' };
  const search = await pagefind.search(query, options);
  const limit = request.limit ?? 20;
  const hits = (await Promise.all(search.results.slice(0, limit).map((r) => r.data()))).map(toHit);
  return {
    query,
    effectiveQuery: query,
    total: search.results.length,
    hits,
    filterCounts: search.filters,
    ms: performance.now() - started,
  };
}

/** All filter values with their counts over the whole archive. */
export async function allFilterCounts(base: string): Promise<Record<string, Record<string, number>>> {
  const pagefind = await loadPagefind(base);
  return pagefind.filters();
}
