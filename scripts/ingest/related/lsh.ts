/**
 * Candidate pairs by locality-sensitive hashing: MinHash signatures (minhash.ts) cut into
 * bands; two articles whose signatures agree on a whole band share a bucket and become a
 * candidate pair. Only candidates are compared, never every pair. With one value per band,
 * a pair of Jaccard similarity s is a candidate with probability 1 − (1 − s)^bands: with 64
 * bands, 98 % at s = 0.06 (the same-event threshold, same-event.ts), 47 % at s = 0.01.
 *
 * A bucket holding more than `maxBucket` articles stands for a shingle too common to say
 * anything about an event (`prime minister`, boilerplate): it yields no pairs. That bounds
 * the pairs at bands × articles × maxBucket, whatever the archive. Pure.
 */
import { TermIndex } from './term-index.ts';

export interface LshOptions {
  /** Values per band (default 1). */
  rows?: number;
  /** Buckets with more members than this yield no candidates (default 40). */
  maxBucket?: number;
}

/**
 * The candidate pairs `[i, j]` (i < j, indices into `signatures`), each once, ascending by
 * i then j. All signatures must have the same length.
 */
export function lshCandidates(
  signatures: readonly Uint32Array[],
  options: LshOptions = {},
): [number, number][] {
  const rows = options.rows ?? 1;
  const maxBucket = options.maxBucket ?? 40;
  const length = signatures[0]?.length ?? 0;
  const n = signatures.length;
  /** Each pair as i · n + j (exact below 2^53: up to 94 million articles), repeats kept. */
  let found = new Float64Array(1024);
  let count = 0;
  for (let band = 0; (band + 1) * rows <= length; band++) {
    // A band of one value is its own key (the common case: no string made per article).
    const numbered = rows === 1 ? new TermIndex() : undefined;
    const named = new Map<string, number>();
    const buckets: number[][] = [];
    for (let i = 0; i < n; i++) {
      const s = signatures[i]!;
      let b: number;
      if (numbered) b = numbered.add(s[band]!);
      else {
        let key = '';
        for (let r = 0; r < rows; r++) key += `${s[band * rows + r]!.toString(36)},`;
        b = named.get(key) ?? named.size;
        named.set(key, b);
      }
      if (b === buckets.length) buckets.push([i]);
      else buckets[b]!.push(i);
    }
    for (const bucket of buckets) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let a = 0; a < bucket.length; a++)
        for (let b = a + 1; b < bucket.length; b++) {
          if (count === found.length) {
            const grown = new Float64Array(found.length * 2);
            grown.set(found);
            found = grown;
          }
          found[count++] = bucket[a]! * n + bucket[b]!;
        }
    }
  }
  // Sorted as numbers, the pairs come ascending by i then j, and repeats side by side.
  const sorted = found.subarray(0, count).sort();
  const pairs: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    const i = Math.floor(sorted[k]! / n);
    pairs.push([i, sorted[k]! - i * n]);
  }
  return pairs;
}
