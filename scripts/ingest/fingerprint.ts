/**
 * fingerprint: compact, deterministic summaries of an article's text that tell whether two
 * versions are the same article, without keeping the text itself.
 *
 * - The **signature** is a 64-value b-bit MinHash (8 bits per value, 64 bytes, written as
 *   86 base64url characters; one-permutation hashing, see `articleSignature`) of the
 *   article's word 3-shingles (title and body). The share of
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
import { fmix32, rotl } from './core/mix32.ts';

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

/** FNV-1a over the UTF-16 code units of a word, then mixed. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Seed of the one hash function (one-permutation hashing): fixed, never random. */
const SEED = 0x9e3779b9;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per code point: bit 1 a word character (\p{L}, \p{M}, \p{N}), bit 2 a CJK character. */
const charKinds = new Map<number, number>();

function charKind(cp: number): number {
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 1 : 0;
  let kind = charKinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = (WORD_CHAR.test(ch) ? 1 : 0) | (CJK.test(ch) ? 2 : 0);
    charKinds.set(cp, kind);
  }
  return kind;
}

/**
 * `normalisedWords(text).map(hashWord)`, without making a string per word: the text is
 * scanned once, each word hashed as it goes (FNV-1a over its UTF-16 code units). A word is
 * what WORD matches: a CJK character where a match starts, else a run of word characters.
 */
function wordHashes(text: string): number[] {
  const t = text.normalize('NFKC').toLowerCase();
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < t.length;) {
    const cp = t.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = charKind(cp);
    if (inWord && kind & 1) {
      for (let k = 0; k < width; k++) h = Math.imul(h ^ t.charCodeAt(i + k), 0x01000193);
      i += width;
      continue;
    }
    if (inWord) {
      out.push(fmix32(h));
      inWord = false;
    }
    if (kind & 2) {
      let single = 0x811c9dc5;
      for (let k = 0; k < width; k++) single = Math.imul(single ^ t.charCodeAt(i + k), 0x01000193);
      out.push(fmix32(single));
    } else if (kind & 1) {
      inWord = true;
      h = 0x811c9dc5;
      for (let k = 0; k < width; k++) h = Math.imul(h ^ t.charCodeAt(i + k), 0x01000193);
    }
    i += width;
  }
  if (inWord) out.push(fmix32(h));
  return out;
}

/** Calls `each` with the hash of every word shingle (a short text is one shingle). */
function forEachShingle(hashes: readonly number[], each: (hash: number) => void): void {
  if (hashes.length < SHINGLE_WORDS) {
    let h = 0;
    for (const w of hashes) h = fmix32(rotl(h, 11) ^ w);
    each(h);
    return;
  }
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    each(fmix32(hashes[i]! ^ rotl(hashes[i + 1]!, 11) ^ rotl(hashes[i + 2]!, 22)));
  }
}

/**
 * The MinHash signature of an article: its title and the texts of its blocks. Articles with
 * no words at all (only symbols) are fingerprinted by their characters.
 *
 * One-permutation hashing with optimal densification (Shrivastava, ICML 2017): each shingle
 * is hashed once and falls into one of the 64 bins by its top bits, each bin keeps its
 * smallest value, and an empty bin borrows the value of the first non-empty bin on a fixed
 * pseudo-random probe sequence. Equal bins estimate the Jaccard similarity like 64 separate
 * MinHashes, at a 64th of the cost.
 */
export function articleSignature(title: string, texts: readonly string[]): Uint8Array {
  const all = [title, ...texts].join('\n');
  let words = wordHashes(all);
  if (words.length === 0) words = [...all.replace(/\s+/g, '')].map(hashWord);
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_SIZE);
  forEachShingle(words, (shingle) => {
    const h = fmix32(shingle ^ SEED);
    const bin = h >>> 26;
    const value = h & 0x3ffffff;
    filled[bin] = 1;
    if (value < bins[bin]!) bins[bin] = value;
  });
  const signature = new Uint8Array(SIGNATURE_SIZE);
  if (!filled.includes(1)) return signature;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let source = i;
    for (let attempt = 1; !filled[source]; attempt++) source = fmix32(i * 0x10001 + attempt) % SIGNATURE_SIZE;
    // 8 bits of the bin's value, mixed with the bin's number so that borrowed values differ.
    signature[i] = fmix32(bins[source]! ^ (i << 26)) & 0xff;
  }
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
