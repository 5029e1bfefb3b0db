/**
 * TF-IDF term vectors: what an article is about, as its most telling words with weights. A
 * word weighs more the more often the article uses it (1 + ln tf) and the fewer articles
 * use it at all (ln(N / df)). Only words at least two articles use can match anything, so
 * only those count; each vector keeps its `TOP_TERMS` heaviest words, normalised to length
 * 1, so memory grows with the number of articles, not with their length. Pure.
 */

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
  const df = new Map<number, number>();
  /** Per article: its distinct terms, ascending, and how often it uses each. */
  const counts: { terms: Uint32Array; tf: Uint32Array }[] = [];
  for (const words of articles) {
    const sorted = Uint32Array.from(words).sort();
    const terms: number[] = [];
    const tf: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) tf[tf.length - 1]!++;
      else {
        terms.push(sorted[i]!);
        tf.push(1);
        df.set(sorted[i]!, (df.get(sorted[i]!) ?? 0) + 1);
      }
    }
    counts.push({ terms: Uint32Array.from(terms), tf: Uint32Array.from(tf) });
  }
  const n = counts.length;
  return counts.map(({ terms, tf }) => {
    // The heaviest `topTerms`, kept in order as they are found (heaviest first, ties: lower term).
    const kept: [number, number][] = [];
    const heavier = (a: [number, number], b: [number, number]): boolean =>
      a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (let k = 0; k < terms.length; k++) {
      const d = df.get(terms[k]!)!;
      if (d < 2 || d === n) continue;
      const entry: [number, number] = [terms[k]!, (1 + Math.log(tf[k]!)) * Math.log(n / d)];
      if (kept.length === topTerms && !heavier(entry, kept[topTerms - 1]!)) continue;
      let at = kept.length;
      while (at > 0 && heavier(entry, kept[at - 1]!)) at--;
      kept.splice(at, 0, entry);
      if (kept.length > topTerms) kept.pop();
    }
    let norm = 0;
    for (const [, w] of kept) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const top = Uint32Array.from(kept.map(([t]) => t));
    kept.sort((a, b) => a[0] - b[0]);
    return {
      terms: Uint32Array.from(kept.map(([t]) => t)),
      weights: Float64Array.from(kept.map(([, w]) => w / norm)),
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
