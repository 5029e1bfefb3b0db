/**
 * fingerprint: compact, deterministic summaries of an article's text that tell whether two
 * versions are the same article, without keeping the text itself.
 *
 * - The **signature** is a 64-value b-bit MinHash (8 bits per value, 64 bytes, written as
 *   86 base64url characters) of the article's word 3-shingles (title and body). The share of
 *   equal values estimates the Jaccard similarity of the two shingle sets: a fixed typo or
 *   a corrected title leaves it near 1, an added paragraph lowers it in proportion, two
 *   different articles score near 0.
 * - **Band keys** cut the signature into 21 bands of 3 values. Two signatures that share a
 *   band key are candidates for a comparison (locality-sensitive hashing), so matching never
 *   compares every article with every other one.
 * - **Title similarity** is 1 − Levenshtein distance / length of the longer normalised title.
 *
 * Words are runs of letters, marks and digits after NFKC normalisation and lowercasing; Han
 * and kana characters count one word each, so text without spaces still shingles.
 */
import { distance } from 'fastest-levenshtein';

/** Values in a signature. */
export const SIGNATURE_SIZE = 64;
/** Values per LSH band. */
const BAND_ROWS = 3;
/** Words per shingle. */
const SHINGLE_WORDS = 3;

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, normalised for comparison. */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** murmur3's 32-bit finaliser: a bijective mix of all 32 bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a word, then mixed. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

/** One seed per MinHash value: a fixed, documented sequence (never random). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) seeds[i] = fmix32(0x9e3779b9 + i * 0x61c88647);
  return seeds;
})();

/** Hashes of the word shingles of a text (a text shorter than a shingle is one shingle). */
function shingleHashes(words: readonly string[]): Set<number> {
  const hashes = words.map(hashWord);
  const out = new Set<number>();
  if (hashes.length === 0) return out;
  if (hashes.length < SHINGLE_WORDS) {
    let h = 0;
    for (const w of hashes) h = fmix32(rotl(h, 11) ^ w);
    out.add(h);
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    out.add(fmix32(hashes[i]! ^ rotl(hashes[i + 1]!, 11) ^ rotl(hashes[i + 2]!, 22)));
  }
  return out;
}

/**
 * The MinHash signature of an article: its title and the texts of its blocks. Articles with
 * no words at all (only symbols) are fingerprinted by their characters.
 */
export function articleSignature(title: string, texts: readonly string[]): Uint8Array {
  const all = [title, ...texts].join('\n');
  let words = normalisedWords(all);
  if (words.length === 0) words = [...all.replace(/\s+/g, '')];
  const shingles = shingleHashes(words);
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(s ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  const signature = new Uint8Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) signature[i] = mins[i]! & 0xff;
  return signature;
}

/** A signature as text (base64url, no padding). */
export function encodeSignature(signature: Uint8Array): string {
  return Buffer.from(signature).toString('base64url');
}

/** Reads a signature written by `encodeSignature`; undefined when it is not one. */
export function decodeSignature(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  const bytes = new Uint8Array(Buffer.from(text, 'base64url'));
  return bytes.length === SIGNATURE_SIZE ? bytes : undefined;
}

/**
 * Estimated Jaccard similarity of the shingle sets behind two signatures (0…1). With 8-bit
 * values, unrelated values agree by chance 1 time in 256; the estimate corrects for that.
 */
export function signatureSimilarity(a: Uint8Array, b: Uint8Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  const chance = 1 / 256;
  return Math.max(0, (equal / SIGNATURE_SIZE - chance) / (1 - chance));
}

/** The LSH band keys of a signature: similar signatures very likely share one. */
export function bandKeys(signature: Uint8Array): string[] {
  const keys: string[] = [];
  for (let band = 0; (band + 1) * BAND_ROWS <= SIGNATURE_SIZE; band++) {
    let key = `${band}:`;
    for (let r = 0; r < BAND_ROWS; r++) key += signature[band * BAND_ROWS + r]!.toString(16).padStart(2, '0');
    keys.push(key);
  }
  return keys;
}

/** A title reduced to its words, for comparing titles. */
export function titleKey(title: string): string {
  return normalisedWords(title).join(' ');
}

/** How alike two titles are (0…1), by edit distance over their normalised words. */
export function titleSimilarity(a: string, b: string): number {
  const ka = titleKey(a);
  const kb = titleKey(b);
  const longer = Math.max(ka.length, kb.length);
  if (longer === 0) return 1;
  return 1 - distance(ka, kb) / longer;
}
