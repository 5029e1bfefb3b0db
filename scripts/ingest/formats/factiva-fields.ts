/**
 * Values of Factiva's fields, shared by the labelled text (factiva-text.ts) and the HTML
 * export (factiva-html.ts): word counts in every interface language, the accession number,
 * copyright lines.
 */

/** The unit after a word count, in Factiva's interface languages (`字` counts characters). */
const WORD_UNITS = new Set([
  'word', 'words', 'wörter', 'wort', 'mots', 'mot', 'palabras', 'palabra', 'parole', 'parola',
  'woorden', 'woord', 'ord', 'sanaa', 'sanaa.', 'słów', 'slów', 'слов', 'слова', 'слово',
  'palavras', 'palavra', 'kelime', 'ord.', 'kata', '字', '語', '词', '詞', '단어', '자', '語数',
]); // prettier-ignore

const WORD_COUNT = /^(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)\s*(\S+)$/u;

/** The number of `808 words`, `1.285 Wörter`, `8165 字`, or undefined when the line is not a word count. */
export function parseWordCount(text: string): number | undefined {
  const m = WORD_COUNT.exec(text.trim());
  if (!m || !WORD_UNITS.has(m[2]!.toLowerCase())) return undefined;
  return Number(m[1]!.replace(/\D/g, ''));
}

/** `Document gmes000020010810dw47004yg`, `Dokument NYTF000020050408dp1900j9s` (any interface language). */
const ACCESSION = /^\s*\p{L}+\s+([A-Za-z0-9]{16,40})\s*$/u;

/** Factiva's accession number from its `Document …` line, or undefined. */
export function accessionNumber(text: string): string | undefined {
  return ACCESSION.exec(text)?.[1];
}

/** Whether a line reads as a copyright notice (`Copyright 2017 …`, `© 2017 …`, `(c) 2000 …`). */
export function isCopyrightLine(text: string): boolean {
  return /^\s*(?:copyright|©|\(c\)|copr\.|\p{L}*\s*©)/iu.test(text) || /all rights reserved/i.test(text);
}
