/**
 * RTF's tokens (RTF 1.9.1 specification, "RTF syntax"): groups, control words with their
 * optional numeric parameter, control symbols, `\'hh` bytes, `\binN` data and plain text.
 * Text stays bytes here: what they mean depends on the code page in force where they
 * stand, which only the reader of the tokens (rtf.ts) knows.
 */

/** One token of an RTF file. */
export type RtfToken =
  | { kind: 'open' }
  | { kind: 'close' }
  /** `\word` or `\word-12`; the space that ends it is not text. */
  | { kind: 'word'; word: string; param?: number }
  /** A backslash and one character that is not a letter: `\~`, `\*`, `\{`, a backslash before a line end … */
  | { kind: 'symbol'; symbol: string }
  /** `\'hh`: one byte in the current code page. */
  | { kind: 'hex'; byte: number }
  /** Plain text bytes (RTF's own line ends are not text and are left out). */
  | { kind: 'text'; bytes: Uint8Array }
  /** `\binN` and its N bytes of binary data. */
  | { kind: 'bin'; bytes: Uint8Array };

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const CR = 0x0d;
const LF = 0x0a;

const isLetter = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const hexValue = (b: number | undefined): number => {
  if (b === undefined) return -1;
  if (isDigit(b)) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
};

/** The tokens of an RTF file, in order. Never throws: malformed escapes become text. */
export function* rtfTokens(bytes: Uint8Array): Generator<RtfToken> {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b === OPEN) {
      i++;
      yield { kind: 'open' };
    } else if (b === CLOSE) {
      i++;
      yield { kind: 'close' };
    } else if (b === CR || b === LF) {
      i++;
    } else if (b === BACKSLASH) {
      const next = bytes[i + 1];
      if (next === undefined) {
        i++;
      } else if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(bytes[j]!) && j - i <= 32) j++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, j));
        let paramEnd = j;
        if (bytes[paramEnd] === 0x2d && isDigit(bytes[paramEnd + 1] ?? 0)) paramEnd++;
        while (paramEnd < n && isDigit(bytes[paramEnd]!) && paramEnd - j < 11) paramEnd++;
        const param = paramEnd > j ? Number(String.fromCharCode(...bytes.subarray(j, paramEnd))) : undefined;
        i = paramEnd;
        // One space ends a control word and belongs to it.
        if (bytes[i] === 0x20) i++;
        if (word === 'bin' && param !== undefined && param > 0) {
          const data = bytes.subarray(i, Math.min(n, i + param));
          i += data.length;
          yield { kind: 'bin', bytes: data };
        } else {
          yield param === undefined ? { kind: 'word', word } : { kind: 'word', word, param };
        }
      } else if (next === 0x27) {
        const hi = hexValue(bytes[i + 2]);
        const lo = hexValue(bytes[i + 3]);
        if (hi < 0 || lo < 0) {
          // Not an escape after all: keep what is there as text rather than lose it.
          i += 2;
          yield { kind: 'text', bytes: Uint8Array.of(0x27) };
        } else {
          i += 4;
          yield { kind: 'hex', byte: hi * 16 + lo };
        }
      } else {
        i += 2;
        // A backslash before CR LF is one symbol (a paragraph end), not two.
        if (next === CR && bytes[i] === LF) i++;
        yield { kind: 'symbol', symbol: String.fromCharCode(next) };
      }
    } else {
      let j = i;
      while (j < n) {
        const c = bytes[j]!;
        if (c === BACKSLASH || c === OPEN || c === CLOSE || c === CR || c === LF) break;
        j++;
      }
      yield { kind: 'text', bytes: bytes.subarray(i, j) };
      i = j;
    }
  }
}
