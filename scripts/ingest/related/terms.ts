/**
 * The words that say what an article is about: its words lowercased, with diacritics removed
 * (`António` and `Antonio` are one name), less function words and one-letter words, each
 * as a 32-bit term number (a seeded hash: two words share one about once in 4 billion). Both the same-event shingles and the related-articles term vectors are
 * made from them. Pure.
 */
import { fmix32 } from '../core/mix32.ts';
import { TermIndex } from './term-index.ts';

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
    'like us its per cent percent many much make made well even still back way get got including'
  ).split(' '),
);

const MARKS = /\p{M}+/gu;
/** As a signed 32-bit integer, so that V8 keeps the hash in a register (not a heap number). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Per UTF-16 code unit, found on first use and then kept, plus one: 1 other, 2 a word
 * character (surrogates count as one), 3 a CJK character; 0 not yet known.
 */
const kinds = new Uint8Array(0x10000);

function kindOf(c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  let kind = kinds[c]!;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = 1 + (c >= 0xd800 && c <= 0xdfff ? 1 : CJK.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0);
    kinds[c] = kind;
  }
  return kind - 1;
}

/** The Latin letters and combining marks from U+00C0 to here are folded one at a time. */
const LATIN_END = 0x370;
/** Each such code unit as folding a word makes it (`ā` → `a`, a combining mark → nothing). */
const latinFolds: (string | undefined)[] = [];

function latinFold(c: number): string {
  return (latinFolds[c - 0xc0] ??= String.fromCharCode(c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFKC'));
}

/** The term number of a content word (as `contentTerms` makes it: lowercase, no diacritics). */
export function termHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return fmix32(h);
}

/** The stopwords' term numbers (a TermIndex, not a Set: a Set would box most of them). */
const STOP_TERMS = new TermIndex();
for (const word of STOPWORDS) STOP_TERMS.add(termHash(word));

/** Words with diacritics seen so far, folded (a memo: names recur; emptied when it grows large). */
const folds = new Map<string, { hash: number; length: number }>();

/** The FNV-1a state (before mixing) and length of a word with its diacritics removed. */
function foldedWord(raw: string): { hash: number; length: number } {
  let folded = folds.get(raw);
  if (!folded) {
    const word = raw.normalize('NFKD').replace(MARKS, '').normalize('NFKC');
    let h = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
    folded = { hash: h, length: word.length };
    if (folds.size >= 100_000) folds.clear();
    folds.set(raw, folded);
  }
  return folded;
}

/**
 * The content words of a text, in order (repeats kept), each as its term number: words are
 * runs of letters, marks and digits of the text lowercased with diacritics removed (a Han or
 * kana character is a word of its own); function words and one-character words are left out.
 * Several texts are read as one, a line break between each two. The text is scanned once
 * and no string is made per word.
 */
export function contentTerms(texts: string | readonly string[]): Uint32Array {
  const out: number[] = [];
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    const t = text.toLowerCase();
    let h = FNV_OFFSET;
    let length = 0;
    let start = 0;
    /** Whether the current word has a letter from U+0370 on, which may carry a diacritic. */
    let accented = false;
    // One loop, no closure over the loop's state (V8 keeps captured variables out of registers).
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0x20;
      const kind = kindOf(c);
      if (kind === 1) {
        if (length === 0) start = i;
        if (c < 0xc0) {
          h = Math.imul(h ^ c, FNV_PRIME);
          length++;
        } else if (c < LATIN_END && !accented) {
          // Folded here, as the whole word would fold it (a word of such letters needs no slice).
          const folded = latinFold(c);
          for (let k = 0; k < folded.length; k++) h = Math.imul(h ^ folded.charCodeAt(k), FNV_PRIME);
          length += folded.length;
        } else {
          // Another script's letter: the word is folded whole at its end (foldedWord).
          accented = true;
          length++;
        }
        continue;
      }
      if (length > 0) {
        if (accented) {
          const folded = foldedWord(t.slice(start, i));
          h = folded.hash;
          length = folded.length;
          accented = false;
        }
        if (length >= 2) {
          const term = fmix32(h) | 0;
          if (STOP_TERMS.get(term) < 0) out.push(term);
        }
        h = FNV_OFFSET;
        length = 0;
      }
      if (kind === 2) out.push(fmix32(Math.imul(FNV_OFFSET ^ c, FNV_PRIME)) | 0);
    }
  }
  // Uint32Array takes each signed value modulo 2^32: the term numbers as fmix32 gives them.
  return Uint32Array.from(out);
}
