/**
 * The search of a frequent word from its precomputed results (src/shared/top-results.ts):
 * what Pagefind's search of the word returned at build time, per language, merged as the
 * indexes' results are merged (merge-results.ts). The first TOP_RESULTS_KEPT results are
 * read from the word's file; a later result's data, asked for when a reader pages on, comes
 * from the real search, loaded then (`search`): the merged list is the same, result for
 * result.
 */
import {
  TOP_RESULTS_DIR,
  TOP_RESULTS_FORMAT,
  TOP_RESULTS_KEPT,
  TOP_RESULTS_MANIFEST,
  topResultsFile,
  topResultsTerm,
  type StoredResultData,
  type StoredSearch,
  type TopResultsFile,
  type TopResultsManifest,
} from '../../shared/top-results.ts';
import { fetchCompressedFile } from './compressed-file.ts';
import { mergeLists } from './merge-results.ts';
import { resultUrl } from './site-files.ts';
import type { PagefindResultData, PagefindSearch, PagefindSearchResult } from './pagefind.ts';

export interface TopResults {
  /**
   * Pagefind's search of `term` with no filters or sort, if precomputed, over `languages`
   * (in the order their indexes are merged); `search` runs the real one, for later results.
   */
  lookup: (
    term: string,
    languages: readonly string[],
    search: () => Promise<PagefindSearch>,
  ) => Promise<PagefindSearch | undefined>;
}

/** The stored data, with its URLs as Pagefind gives them on this site (site-files.ts). */
function rebased(base: string, data: StoredResultData): PagefindResultData {
  return {
    ...data,
    // Kept for the first result only: nothing else of a precomputed search reads it.
    content: data.content ?? '',
    url: resultUrl(base, data.url),
    sub_results: data.sub_results.map((s) => ({ ...s, url: resultUrl(base, s.url) })),
  };
}

function storedList(base: string, stored: StoredSearch): PagefindSearch {
  return {
    unfilteredResultCount: stored.unfilteredResultCount,
    filters: stored.filters,
    results: stored.results.map((r) => {
      const data = rebased(base, r.data);
      return { id: r.id, score: r.score, data: () => Promise.resolve(data) };
    }),
  };
}

/**
 * The merged search from each language's stored one. The first TOP_RESULTS_KEPT results of
 * the merge are exact (a result past any index's kept ones ranks after them all); the rest
 * stand for the real search's results at the same places.
 */
function mergedSearch(
  base: string,
  file: TopResultsFile,
  languages: readonly string[],
  search: () => Promise<PagefindSearch>,
): PagefindSearch | undefined {
  const stored = languages.map((l) => file.languages[l]);
  if (stored.some((s) => s === undefined)) return undefined;
  const merged = mergeLists(stored.map((s) => storedList(base, s!)));
  const exact = merged.results.slice(0, TOP_RESULTS_KEPT);
  const total = stored.reduce((n, s) => n + s!.total, 0);
  let real: Promise<PagefindSearch> | undefined;
  const later = Array.from({ length: total - exact.length }, (_, i): PagefindSearchResult => {
    const at = exact.length + i;
    return {
      id: '',
      score: 0,
      data: async () => {
        const result = (await (real ??= search())).results[at];
        if (!result) throw new Error(`search result ${at + 1} is no longer there`);
        return result.data();
      },
    };
  });
  return { ...merged, results: [...exact, ...later] };
}

/** The precomputed results of the site at `base` (none when it has no such files). */
export function topResults(base: string): TopResults {
  const dir = `${base}${TOP_RESULTS_DIR}/`;
  const manifest = fetchCompressedFile(`${dir}${TOP_RESULTS_MANIFEST}`)
    .then(({ text }) => {
      const parsed = JSON.parse(text) as TopResultsManifest;
      if (parsed.format !== TOP_RESULTS_FORMAT) return new Map<string, number>();
      return new Map(parsed.words.map((w, i) => [w, i]));
    })
    // An older build, a lost file: every search goes to Pagefind.
    .catch(() => new Map<string, number>());
  const files = new Map<number, Promise<TopResultsFile | undefined>>();
  return {
    lookup: async (term, languages, search) => {
      const word = topResultsTerm(term);
      const index = word === undefined ? undefined : (await manifest).get(word);
      if (index === undefined) return undefined;
      let file = files.get(index);
      if (!file) {
        file = fetchCompressedFile(`${dir}${topResultsFile(index)}`)
          .then(({ text }) => JSON.parse(text) as TopResultsFile)
          .then((f) => (f.format === TOP_RESULTS_FORMAT && f.word === word ? f : undefined))
          .catch(() => undefined);
        files.set(index, file);
      }
      const loaded = await file;
      return loaded && mergedSearch(base, loaded, languages, search);
    },
  };
}
