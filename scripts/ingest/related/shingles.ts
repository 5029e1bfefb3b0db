/**
 * Event shingles: the pairs of neighbouring content words of an article (terms.ts), hashed.
 * Two reports of one happening name the same people, places, bodies and dates in the same
 * order (`emomali rahmon`, `border security`, `18 october`), even when their sentences
 * differ; two stories that merely share a topic share few such pairs. Function words are
 * left out before pairing, so `the border of Tajikistan` and `Tajikistan's border` differ
 * only in order. Pure.
 */
import { hashString } from './terms.ts';

/** Seed of the shingle hash (fixed: builds are byte-identical). */
const SHINGLE_SEED = 0x5eed1e;

/** The distinct shingles of a sequence of content words, ascending. A text of one word is one shingle. */
export function eventShingles(words: readonly string[]): Uint32Array {
  const set = new Set<number>();
  if (words.length === 1) set.add(hashString(words[0]!, SHINGLE_SEED));
  for (let i = 0; i + 1 < words.length; i++)
    set.add(hashString(`${words[i]!} ${words[i + 1]!}`, SHINGLE_SEED));
  return Uint32Array.from(set).sort();
}

/** Exact Jaccard similarity of two ascending shingle arrays (0…1; two empty sets: 0). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
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
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}
