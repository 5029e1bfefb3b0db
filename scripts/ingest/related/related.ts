/**
 * Related articles: for each article, the few others closest in content (cosine of their
 * TF-IDF term vectors, term-vectors.ts). Candidates come from an inverted index on each
 * article's `indexTerms` heaviest terms: two articles are compared only when one of them has
 * one of the other's heaviest terms among its own vector's, and only the candidates that score
 * best on those terms are compared in full. Terms used by more than
 * `maxPosting` articles are not indexed (they say little about what an article is about),
 * which bounds the comparisons at articles × indexTerms × maxPosting. Pure, deterministic.
 */
import { TermIndex } from './term-index.ts';
import { cosine, type TermVector } from './term-vectors.ts';

/** Candidates scored by their whole vectors, per related article wanted. */
const CANDIDATES_PER_RESULT = 4;

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
  /** Per term (by its dense number): the articles whose vector has it, and its weight there. */
  const index = new TermIndex();
  const postings: { articles: number[]; weights: number[] }[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) {
      const id = index.add(v.terms[k]!);
      const list = (postings[id] ??= { articles: [], weights: [] });
      list.articles.push(i);
      list.weights.push(v.weights[k]!);
    }
  }
  const weightOf = (v: TermVector, t: number): number => {
    const k = v.terms.indexOf(t);
    return k < 0 ? 0 : v.weights[k]!;
  };
  const partial = new Float64Array(vectors.length);
  /** The article (+ 1) whose candidates the article at an index may not be (itself, its group). */
  const skipFor = new Int32Array(vectors.length);
  const touched: number[] = [];
  const wanted = limit * CANDIDATES_PER_RESULT;
  return vectors.map((v, i) => {
    for (const j of exclude[i] ?? []) skipFor[j] = i + 1;
    skipFor[i] = i + 1;
    // Candidates: the articles that have one of this one's heaviest terms, scored by those
    // terms alone; the best of them are then scored by their whole vectors.
    for (const t of v.top.subarray(0, indexTerms)) {
      const list = postings[index.get(t)]!;
      if (list.articles.length > maxPosting) continue;
      const w = weightOf(v, t);
      const { articles, weights } = list;
      for (let k = 0; k < articles.length; k++) {
        const j = articles[k]!;
        if (skipFor[j] === i + 1) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j]! += w * weights[k]!;
      }
    }
    // The best `wanted` by their partial scores (ties: lower index), without sorting them all.
    const best: number[] = [];
    for (const j of touched) {
      const p = partial[j]!;
      let at = best.length;
      while (at > 0 && (p > partial[best[at - 1]!]! || (p === partial[best[at - 1]!]! && j < best[at - 1]!)))
        at--;
      if (at >= wanted) continue;
      best.splice(at, 0, j);
      if (best.length > wanted) best.pop();
    }
    for (const j of touched) partial[j] = 0;
    touched.length = 0;
    const scored: { j: number; s: number }[] = [];
    for (const j of best) {
      const s = cosine(v, vectors[j]!);
      if (s >= minScore) scored.push({ j, s });
    }
    scored.sort((a, b) => b.s - a.s || (keys[a.j]! < keys[b.j]! ? -1 : 1));
    return scored.slice(0, limit).map((x) => x.j);
  });
}
