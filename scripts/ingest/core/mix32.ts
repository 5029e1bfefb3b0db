/**
 * 32-bit integer mixing for the ingest's hashes (near-duplicate fingerprints, same-event
 * shingles, MinHash): the same functions everywhere, so that equal inputs hash alike.
 */

/** murmur3's 32-bit finaliser: a bijective mix of all 32 bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `x` rotated left by `r` bits (as an unsigned 32-bit number). */
export const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;
