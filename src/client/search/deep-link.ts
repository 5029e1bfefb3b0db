/**
 * Deep links into search hits: Pagefind splits a page into sub-results at every heading and
 * paragraph with an anchor (src/plugins/rehype-search-subresults.ts); the one whose matches
 * weigh most is where a reader should land.
 */

export interface WeightedSubResult {
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  locations?: number[];
}

/** The sub-result holding the strongest matches (first of equals); undefined when none has an anchor. */
export function bestSubResult<T extends WeightedSubResult>(subResults: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const sub of subResults) {
    if (!sub.url.includes('#')) continue;
    const score =
      sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations?.length ?? 0;
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}
