/**
 * One search's results from several Pagefind indexes (one per language, pagefind.ts) made
 * into one list, the way one index would give them: by score, or, for a sorted search, in
 * the order of the sort key over all of them. Pure functions, tested with fake results.
 */

/** What the merge needs of a result: its score, and its data for the sort key. */
export interface Rankable<Data> {
  score: number;
  data: () => Promise<Data>;
}

export interface ResultList<R> {
  results: R[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

/** Counts per filter value, added up over the indexes (as Pagefind's own merge adds them). */
export function addFilterCounts(
  counts: readonly Record<string, Record<string, number>>[],
): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const filters of counts) {
    for (const [name, values] of Object.entries(filters)) {
      const into = (sum[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

/** The indexes' results by score, best first; equal scores keep the indexes' order. */
export function mergeByScore<R extends Rankable<unknown>>(lists: readonly ResultList<R>[]): ResultList<R> {
  const results = lists.flatMap((l) => l.results);
  // Array.prototype.sort is stable: ties keep the order of the indexes, then Pagefind's.
  results.sort((a, b) => b.score - a.score);
  return { ...countsOf(lists), results };
}

/** One index's results as they are; several merged by score (`mergeByScore`). */
export function mergeLists<R extends Rankable<unknown>>(lists: readonly ResultList<R>[]): ResultList<R> {
  return lists.length === 1 ? lists[0]! : mergeByScore(lists);
}

export interface SortedMerge<Data> {
  /** The sort key's value of a result (from its data). */
  value: (data: Data) => string;
  direction: 'asc' | 'desc';
  /** How many results, from the first, must be in order: only their data is loaded. */
  ordered: number;
}

/**
 * The indexes' results of a sorted search (each list already in Pagefind's order) as one
 * list in that order: the first `ordered` results exactly, by their sort key's value
 * (compared as strings, as Pagefind compares values that are not all numbers, such as
 * dates; equal values keep the indexes' order), read from the data of at most `ordered`
 * results and one more per index; then the rest, index after index. A result whose data
 * cannot be loaded goes with the rest.
 */
export async function mergeSorted<R extends Rankable<unknown>>(
  lists: readonly ResultList<R>[],
  sort: SortedMerge<Awaited<ReturnType<R['data']>>>,
): Promise<ResultList<R>> {
  const counts = countsOf(lists);
  const streams = lists.map((l) => l.results).filter((r) => r.length > 0);
  if (streams.length <= 1) return { ...counts, results: streams[0]?.slice() ?? [] };
  const next = streams.map(() => 0);
  const heads = new Map<number, Promise<string | undefined>>();
  const head = (stream: number): Promise<string | undefined> => {
    let value = heads.get(stream);
    if (!value) {
      value = (streams[stream]![next[stream]!]!.data() as Promise<Awaited<ReturnType<R['data']>>>).then(
        sort.value,
        () => undefined,
      );
      heads.set(stream, value);
    }
    return value;
  };
  const take = (stream: number): R => {
    heads.delete(stream);
    return streams[stream]![next[stream]!++]!;
  };
  const before = (a: string, b: string): boolean => (sort.direction === 'asc' ? a < b : a > b);
  const results: R[] = [];
  const unreadable: R[] = [];
  while (results.length < sort.ordered) {
    let best: number | undefined;
    let bestValue = '';
    for (let stream = 0; stream < streams.length; stream++) {
      if (next[stream]! >= streams[stream]!.length) continue;
      const value = await head(stream);
      if (value === undefined) {
        unreadable.push(take(stream));
        stream--; // look at this index's next result
        continue;
      }
      if (best === undefined || before(value, bestValue)) [best, bestValue] = [stream, value];
    }
    if (best === undefined) break;
    results.push(take(best));
  }
  results.push(...unreadable);
  streams.forEach((stream, i) => results.push(...stream.slice(next[i])));
  return { ...counts, results };
}

function countsOf<R>(lists: readonly ResultList<R>[]): Omit<ResultList<R>, 'results'> {
  return {
    unfilteredResultCount: lists.reduce((n, l) => n + l.unfilteredResultCount, 0),
    filters: addFilterCounts(lists.map((l) => l.filters)),
  };
}
