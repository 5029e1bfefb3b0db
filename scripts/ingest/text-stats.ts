/**
 * Word counts and reading time. Words are runs of letters and digits; in scripts written
 * without spaces (Chinese, Japanese) every character counts as a word.
 */

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words a reader reads per minute, for reading time. */
export const WORDS_PER_MINUTE = 230;

/** Per code point: 1 a word character, 2 a character of a script without spaces, 0 other. */
const charKinds = new Map<number, number>();
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
}

function nonAsciiKind(cp: number): number {
  let kind = charKinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = UNSPACED_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
    charKinds.set(cp, kind);
  }
  return kind;
}

/** `'`, `’`, `-` and `.` join two runs of word characters into one word (`don’t`, `co-op`, `3.5`). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
}

/**
 * Counts what `WORD` matches, scanning character by character: a Unicode-property regular
 * expression costs about 1 µs a word, which was most of the ingest's time on a large
 * archive. Text in a script without spaces takes the general rule (every such character is
 * a word).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (code < 0x80) kind = ASCII_KIND[code]!;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      kind = nonAsciiKind(cp);
      if (kind === 2) return countWordsGeneral(text);
    }
    if (kind === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isJoiner(code) && i + 1 < n) {
      // A joiner continues the word only when a word character follows it.
      const next = text.charCodeAt(i + 1);
      const nextKind = next < 0x80 ? ASCII_KIND[next]! : nonAsciiKind(text.codePointAt(i + 1)!);
      if (nextKind === 2) return countWordsGeneral(text);
      inWord = nextKind === 1;
    } else inWord = false;
    i += width;
  }
  return count;
}

/** The counting rule with scripts written without spaces: every such character is a word. */
function countWordsGeneral(text: string): number {
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
