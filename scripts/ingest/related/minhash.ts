/**
 * MinHash signatures of shingle sets: value `i` is the smallest of the set's shingles under
 * the `i`-th hash function, so two signatures agree at `i` with probability equal to the
 * Jaccard similarity of their sets. The hash functions are fixed (seeded from their number,
 * never random): the same set always gets the same signature. Pure.
 */
import { fmix32 } from './terms.ts';

/** Values in a same-event signature (one per LSH band, see lsh.ts). */
export const MINHASH_SIZE = 64;

/** The seeds of the hash functions: fixed, derived from their position. */
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) =>
  fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

/** The signature of a set of shingle hashes (an empty set: every value 0xffffffff). */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The share of equal values of two signatures: an estimate of their sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}
