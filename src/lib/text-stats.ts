/**
 * Word counts and reading time. Words are runs of letters and digits; in scripts written
 * without spaces (Chinese, Japanese) every character counts as a word.
 */

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words a reader reads per minute, for reading time. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const unspaced = match[0].match(UNSPACED);
    count += unspaced ? unspaced.length + (match[0].replace(UNSPACED, '').length > 0 ? 1 : 0) : 1;
  }
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** A plain-text summary: the opening text cut at a word boundary, with an ellipsis when cut. */
export function summarise(text: string, maxLength = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  const head = (space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}
