/**
 * Event shingles: the pairs of neighbouring content words of an article (terms.ts), hashed.
 * Two reports of one happening name the same people, places, bodies and dates in the same
 * order (`emomali rahmon`, `border security`, `18 october`), even when their sentences
 * differ; two stories that merely share a topic share few such pairs. Function words are
 * left out before pairing, so `the border of Tajikistan` and `Tajikistan's border` differ
 * only in order. Pure.
 */
import { fmix32, rotl } from '../core/mix32.ts';

/** Seed of the shingle hash (fixed: builds are byte-identical). */
const SHINGLE_SEED = 0x5eed1e;

/**
 * The distinct shingles of a sequence of content words (term numbers, terms.ts), ascending.
 * A text of one word is one shingle.
 */
export function eventShingles(terms: Uint32Array): Uint32Array {
  if (terms.length === 1) return Uint32Array.of(fmix32(terms[0]! ^ SHINGLE_SEED));
  const all = new Uint32Array(Math.max(0, terms.length - 1));
  for (let i = 0; i + 1 < terms.length; i++)
    all[i] = fmix32(terms[i]! ^ rotl(terms[i + 1]!, 15) ^ SHINGLE_SEED);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

/** How many shingles two ascending shingle arrays share. */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both;
}

/** Exact Jaccard similarity of two ascending shingle arrays (0…1; two empty sets: 0). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const both = sharedShingles(a, b);
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}
