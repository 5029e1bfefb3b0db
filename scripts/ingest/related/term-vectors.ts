/**
 * TF-IDF term vectors: what an article is about, as its most telling words with weights. A
 * word weighs more the more often the article uses it (1 + ln tf) and the fewer articles
 * use it at all (ln(N / df)). Only words at least two articles use can match anything, so
 * only those count; each vector keeps its `TOP_TERMS` heaviest words, normalised to length
 * 1, so memory grows with the number of articles, not with their length. Pure.
 */
import { TermIndex } from './term-index.ts';

/** Terms kept per article. */
export const TOP_TERMS = 24;

export interface TermVector {
  /** Term numbers (terms.ts), ascending. */
  terms: Uint32Array;
  /** Their weights (the vector has length 1). */
  weights: Float64Array;
  /** The article's heaviest terms, heaviest first (ties: lower term number first). */
  top: Uint32Array;
}

/**
 * The term vectors of articles given as their content words (term numbers, terms.ts). Each
 * article's words are read once and not kept (a generator may make them one at a time).
 */
export function termVectors(articles: Iterable<Uint32Array>, topTerms = TOP_TERMS): TermVector[] {
  const index = new TermIndex();
  /** Articles per term, by its dense number. */
  let df = new Int32Array(1 << 12);
  /** Per article: its distinct terms, ascending, their dense numbers, and how often it uses each. */
  const counts: { terms: Uint32Array; ids: Int32Array; tf: Uint32Array }[] = [];
  for (const words of articles) {
    const sorted = Uint32Array.from(words).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    const terms = new Uint32Array(distinct);
    const ids = new Int32Array(distinct);
    const tf = new Uint32Array(distinct);
    let k = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) {
        tf[k]!++;
        continue;
      }
      k++;
      terms[k] = sorted[i]!;
      tf[k] = 1;
      const id = index.add(sorted[i]!);
      if (id === df.length) {
        const grown = new Int32Array(df.length * 2);
        grown.set(df);
        df = grown;
      }
      ids[k] = id;
      df[id]!++;
    }
    counts.push({ terms, ids, tf });
  }
  const n = counts.length;
  // The heaviest `topTerms` of an article, kept in order as they are found (heaviest first,
  // ties: lower term number first), in these two arrays.
  const keptTerms = new Uint32Array(topTerms + 1);
  const keptWeights = new Float64Array(topTerms + 1);
  return counts.map(({ terms, ids, tf }) => {
    let kept = 0;
    for (let k = 0; k < terms.length; k++) {
      const d = df[ids[k]!]!;
      if (d < 2 || d === n) continue;
      const term = terms[k]!;
      const weight = (1 + Math.log(tf[k]!)) * Math.log(n / d);
      let at = kept;
      // Lighter ones move down; the lightest falls off when all `topTerms` places are taken.
      while (
        at > 0 &&
        (weight > keptWeights[at - 1]! || (weight === keptWeights[at - 1]! && term < keptTerms[at - 1]!))
      ) {
        keptTerms[at] = keptTerms[at - 1]!;
        keptWeights[at] = keptWeights[at - 1]!;
        at--;
      }
      if (at === topTerms) continue;
      keptTerms[at] = term;
      keptWeights[at] = weight;
      if (kept < topTerms) kept++;
    }
    let norm = 0;
    for (let k = 0; k < kept; k++) norm += keptWeights[k]! * keptWeights[k]!;
    norm = Math.sqrt(norm) || 1;
    const top = keptTerms.slice(0, kept);
    const order = Array.from({ length: kept }, (_, k) => k).sort((a, b) => keptTerms[a]! - keptTerms[b]!);
    return {
      terms: Uint32Array.from(order, (k) => keptTerms[k]!),
      weights: Float64Array.from(order, (k) => keptWeights[k]! / norm),
      top,
    };
  });
}

/** The cosine similarity of two term vectors (0…1). */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++]! * b.weights[j++]!;
    else if (a.terms[i]! < b.terms[j]!) i++;
    else j++;
  }
  return sum;
}
