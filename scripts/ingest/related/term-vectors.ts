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
  /** Term numbers, ascending. */
  terms: Uint32Array;
  /** Their weights (the vector has length 1). */
  weights: Float64Array;
  /** The article's heaviest terms, heaviest first (ties: lower term number first). */
  top: Uint32Array;
}

/**
 * The term vectors of articles given as their content words (terms.ts). Words are numbered
 * in order of first use, so the numbering is the same for the same input. Each article's
 * words are read once and not kept (a generator may make them one at a time).
 */
export function termVectors(articles: Iterable<readonly string[]>, topTerms = TOP_TERMS): TermVector[] {
  const numbers = new Map<string, number>();
  const df: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const words of articles) {
    const tf = new Map<number, number>();
    for (const word of words) {
      let t = numbers.get(word);
      if (t === undefined) {
        t = numbers.size;
        numbers.set(word, t);
        df.push(0);
      }
      const seen = tf.get(t);
      if (seen === undefined) df[t]!++;
      tf.set(t, (seen ?? 0) + 1);
    }
    counts.push(tf);
  }
  const n = counts.length;
  return counts.map((tf) => {
    const weighted: [number, number][] = [];
    for (const [t, count] of tf) {
      if (df[t]! < 2) continue;
      weighted.push([t, (1 + Math.log(count)) * Math.log(n / df[t]!)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = weighted.slice(0, topTerms).filter(([, w]) => w > 0);
    const norm = Math.hypot(...kept.map(([, w]) => w)) || 1;
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
