/**
 * The form a word is matched in by the archive's search (see src/shared/search-vocabulary.ts
 * for the spelling vocabulary built on it). Its own small module because every search
 * loads it, while the vocabulary code is loaded only for corrections.
 */
const ASCII_WORD = /^[a-z]*$/;
/** Combining marks but Japanese (han)dakuten, which Pagefind keeps (が is not か). */
const MARKS = /(?![\u3099\u309A])\p{M}/gu;
const KANA_MARKS = /[\u3099\u309A]/;
const NOT_LETTER_OR_PUNCTUATION = /[^\p{L}\p{P}]/u;
const PUNCTUATION = /\p{P}/gu;

/**
 * The form a word is matched in: lowercase, without diacritics, letters only — what is left
 * of a word once Pagefind's query parser has removed punctuation and diacritics (pagefind.js
 * `normalizeDiacritics`: decomposed, combining marks removed but the dakuten of Japanese
 * kana, which are composed again; Korean syllables stay decomposed into their letters, as
 * Pagefind's index keeps them). Returns '' for a word that holds a digit or a symbol
 * (numbers and codes are never corrected).
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  let folded = lower.normalize('NFD').replace(MARKS, '');
  if (KANA_MARKS.test(folded)) folded = folded.normalize('NFC');
  if (NOT_LETTER_OR_PUNCTUATION.test(folded)) return '';
  return folded.replace(PUNCTUATION, '');
}
