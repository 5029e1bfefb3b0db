/**
 * Loads the Pagefind search API that `npm run build` writes to `<base>pagefind/`.
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
  }[];
}

export interface PagefindSearchResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindSearchResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 30 });
    await api.init();
    return api;
  })();
  return loading;
}
