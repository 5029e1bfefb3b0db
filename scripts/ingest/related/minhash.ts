/**
 * MinHash signatures of shingle sets: two signatures agree at a position with probability
 * equal to the Jaccard similarity of their sets. The hash is fixed (seeded, never random):
 * the same set always gets the same signature. Pure.
 */
import { fmix32 } from '../core/mix32.ts';

/** Values in a same-event signature (one per LSH band, see lsh.ts). */
export const MINHASH_SIZE = 64;

/** Seed of the one hash function (one-permutation hashing): fixed, never random. */
const SEED = 0x9e3779b9;
/** Bits of a value: what is left of 32 after the bin number (log2 MINHASH_SIZE = 6). */
const VALUE_BITS = 26;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

/**
 * The signature of a set of shingle hashes, by one-permutation hashing with densification
 * (Shrivastava and Li, 2014): each shingle is hashed once and falls into one of the
 * `MINHASH_SIZE` bins by its top bits, each bin keeps its smallest value, and an empty bin
 * takes the value of the next non-empty bin to its right, marked with the distance. Equal
 * values estimate the Jaccard similarity as `MINHASH_SIZE` separate MinHashes would, at a
 * `MINHASH_SIZE`-th of the cost. An empty set's values are all 0xffffffff.
 */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const bins = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = fmix32(shingles[s]! ^ SEED);
    const bin = h >>> VALUE_BITS;
    const value = h & VALUE_MASK;
    if (value < bins[bin]!) bins[bin] = value;
  }
  if (shingles.length === 0) return bins;
  const signature = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) {
    let distance = 0;
    while (bins[(i + distance) % MINHASH_SIZE] === EMPTY) distance++;
    signature[i] = (bins[(i + distance) % MINHASH_SIZE]! | (distance << VALUE_BITS)) >>> 0;
  }
  return signature;
}

/** The share of equal values of two signatures: an estimate of their sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}
