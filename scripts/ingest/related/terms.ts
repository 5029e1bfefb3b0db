/**
 * The words that say what an article is about: its normalised words (fingerprint.ts) with
 * diacritics removed (`António` and `Antonio` are one name), less function words and
 * one-letter words. Both the same-event shingles and the related-articles term vectors are
 * made from them. Pure.
 */
import { normalisedWords } from '../fingerprint.ts';

/**
 * English function words and the reporting verbs every news story has. Other languages keep
 * theirs: their weight is low anyway, since a word in many articles weighs little (IDF).
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most mr mrs ms my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own said same say says she ' +
    'should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves told one two new year years last first would could may might must shall also ' +
    'like us its it\u2019s per cent percent many much make made well even still back way get got including'
  ).split(' '),
);

const MARKS = /\p{M}+/gu;

/** The content words of a text, in order (repeats kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalisedWords(text)) {
    const word = /^[\p{ASCII}]*$/u.test(raw)
      ? raw
      : raw.normalize('NFKD').replace(MARKS, '').normalize('NFC');
    if (word.length < 2 && !/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** murmur3's 32-bit finaliser: a bijective mix of all 32 bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a over its UTF-16 code units, then mixed), with a fixed seed. */
export function hashString(text: string, seed = 0): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}
