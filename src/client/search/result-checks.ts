/**
 * Checks of a result's full text that Pagefind cannot make: whether it holds a word as a
 * whole word, or a phrase as consecutive whole words (Pagefind matches word prefixes, has
 * no NOT, and matches a phrase exactly only when the query is that phrase alone). Words
 * compare without case or diacritics; anything but letters and digits separates words
 * (`Tajik-Kyrgyz` holds `Kyrgyz`). Pure functions.
 */
import type { TextTerm } from './query-syntax.ts';

/** The words of a text, lowercased, without diacritics. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** A text's words, ready for several checks. */
export interface TextWords {
  list: string[];
  set: Set<string>;
}

export function textWords(text: string): TextWords {
  const list = wordsOf(text);
  return { list, set: new Set(list) };
}

/** Whether the text holds the term: every word of a word term, or the phrase's words in a row. */
export function holdsTerm(text: TextWords, term: TextTerm): boolean {
  const words = wordsOf(term.text);
  if (words.length === 0) return false;
  if (term.kind === 'word') return words.every((w) => text.set.has(w));
  if (!words.every((w) => text.set.has(w))) return false;
  const { list } = text;
  for (let i = 0; i + words.length <= list.length; i++) {
    if (list[i] === words[0] && words.every((w, k) => list[i + k] === w)) return true;
  }
  return false;
}

/** Whether a result stays: it holds every phrase of its search and none of the excluded terms. */
export function keepsResult(
  content: string,
  phrases: readonly TextTerm[],
  excluded: readonly TextTerm[],
): boolean {
  const text = textWords(content);
  return phrases.every((p) => holdsTerm(text, p)) && !excluded.some((t) => holdsTerm(text, t));
}
