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
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = signatures.length;
  for (let band = 0; (band + 1) * rows <= length; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const s = signatures[i]!;
      let key = '';
      for (let r = 0; r < rows; r++) key += `${s[band * rows + r]!.toString(36)},`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let a = 0; a < bucket.length; a++)
        for (let b = a + 1; b < bucket.length; b++) {
          const key = bucket[a]! * n + bucket[b]!;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([bucket[a]!, bucket[b]!]);
        }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
