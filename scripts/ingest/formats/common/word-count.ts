/**
 * Word counts as the exports state them, in their interface languages: `808 words`,
 * `1,204 words`, `1.285 Wörter`, `412 mots`, `355 woorden`, `8165 字` (characters, for
 * Chinese and Japanese). A number in a thousands form, then a unit the exports use; a
 * number alone, or with another unit (`19.43 meters`), is no word count.
 */

/** The unit after a word count, in the interface languages (`字` counts characters). */
const UNITS = new Set([
  'word', 'words', 'wörter', 'woerter', 'wort', 'worte', 'mots', 'mot', 'palabras', 'palabra',
  'parole', 'parola', 'woorden', 'woord', 'ord', 'sanaa', 'słów', 'slów', 'слов', 'слова', 'слово',
  'palavras', 'palavra', 'kelime', 'kata', '字', '語', '词', '詞', '단어', '자', '語数',
]); // prettier-ignore

/** `1,204`, `1.285`, `1 285` (no-break spaces too), or digits alone. */
const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+`;
const WORD_COUNT = new RegExp(String.raw`^(${NUMBER})\s*(\S+?)\.?$`, 'u');
const LEADING_NUMBER = new RegExp(String.raw`^(${NUMBER})\b`, 'u');

const count = (digits: string): number => Number(digits.replace(/\D/gu, ''));

/**
 * The number of words `text` states (`808 words`), or undefined when it is not a word count.
 * After a label that says what the value is (Nexis's `Length:`), the number that starts the
 * value is the count, whatever follows it (`labelled`).
 */
export function wordCount(text: string, { labelled = false } = {}): number | undefined {
  const t = text.trim().replace(/\s+/gu, ' ');
  const m = WORD_COUNT.exec(t);
  if (m && UNITS.has(m[2]!.toLowerCase())) return count(m[1]!);
  const lead = labelled ? LEADING_NUMBER.exec(t) : null;
  return lead ? count(lead[1]!) : undefined;
}

/** Whether a text is a word count (`184 words`). */
export const isWordCount = (text: string): boolean => wordCount(text) !== undefined;
