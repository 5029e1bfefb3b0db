/**
 * Related articles: for each article, the few others closest in content (cosine of their
 * TF-IDF term vectors, term-vectors.ts). Candidates come from an inverted index on each
 * article's `indexTerms` heaviest terms: two articles are compared only when one of them has
 * one of the other's heaviest terms among its own vector's. Terms used by more than
 * `maxPosting` articles are not indexed (they say little about what an article is about),
 * which bounds the comparisons at articles × indexTerms × maxPosting. Pure, deterministic.
 */
import { cosine, type TermVector } from './term-vectors.ts';

export interface RelatedOptions {
  /** Most related articles per article (default 5). */
  limit?: number;
  /** Least cosine similarity of a related article (default 0.15). */
  minScore?: number;
  /** Heaviest terms per article looked up in the index (default 8). */
  indexTerms?: number;
  /** Terms in more articles' vectors than this are not looked up (default 400). */
  maxPosting?: number;
}

/**
 * Per article, the indices of its related articles, best first (ties: key), leaving out
 * the article itself and those `exclude` names for it (its same-event group).
 */
export function relatedArticles(
  vectors: readonly TermVector[],
  keys: readonly string[],
  exclude: readonly (readonly number[])[],
  options: RelatedOptions = {},
): number[][] {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0.15;
  const indexTerms = options.indexTerms ?? 8;
  const maxPosting = options.maxPosting ?? 400;
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  return vectors.map((v, i) => {
    const skip = new Set(exclude[i] ?? []);
    skip.add(i);
    const candidates = new Set<number>();
    for (const t of v.top.subarray(0, indexTerms)) {
      const list = postings.get(t)!;
      if (list.length > maxPosting) continue;
      for (const j of list) if (!skip.has(j)) candidates.add(j);
    }
    const scored: { j: number; s: number }[] = [];
    for (const j of candidates) {
      const s = cosine(v, vectors[j]!);
      if (s >= minScore) scored.push({ j, s });
    }
    scored.sort((a, b) => b.s - a.s || (keys[a.j]! < keys[b.j]! ? -1 : 1));
    return scored.slice(0, limit).map((x) => x.j);
  });
}
