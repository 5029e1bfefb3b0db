/**
 * Decoding raw bytes to text without losing anything.
 *
 * Valid UTF-8 is decoded as UTF-8. A byte that is not part of a valid UTF-8 sequence is
 * decoded on its own as Windows-1252 (the usual culprit in news dumps: a Latin-1 `£`), and
 * reported with its line so that nothing is mangled silently. A file that starts with a
 * UTF-16 byte-order mark (what Windows tools call "Unicode") is decoded as UTF-16.
 */

const WINDOWS_1252 = new TextDecoder('windows-1252');
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface DecodeIssue {
  /** 1-based line of the byte. */
  line: number;
  /** The offending byte. */
  byte: number;
  /** What it was decoded as. */
  decodedAs: string;
}

export interface DecodedText {
  text: string;
  hadBom: boolean;
  /** Set when a UTF-16 byte-order mark made the text decode as UTF-16. */
  utf16?: 'utf-16le' | 'utf-16be';
  /** Bytes that were not valid UTF-8, each decoded as Windows-1252. */
  invalidBytes: DecodeIssue[];
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let need: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    min = 0x800;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    min = 0x10000;
  } else {
    return 0;
  }
  let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** The UTF-16 encoding a byte-order mark at the start of the bytes names, if any. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    // An unpaired surrogate becomes U+FFFD, as in any UTF-16 reader.
    return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), hadBom: true, invalidBytes: [], utf16 };
  }
  let start = 0;
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hadBom) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: UTF8_STRICT.decode(body), hadBom, invalidBytes: [] };
  } catch {
    // Fall through to the byte-by-byte repair below.
  }
  const parts: string[] = [];
  const invalidBytes: DecodeIssue[] = [];
  let line = 1;
  let runStart = 0;
  let i = 0;
  while (i < body.length) {
    const b = body[i]!;
    if (b === 0x0a) line++;
    const len = utf8SequenceLength(body, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (runStart < i) parts.push(UTF8_STRICT.decode(body.subarray(runStart, i)));
    const decodedAs = WINDOWS_1252.decode(body.subarray(i, i + 1));
    parts.push(decodedAs);
    invalidBytes.push({ line, byte: b, decodedAs });
    i += 1;
    runStart = i;
  }
  if (runStart < body.length) parts.push(UTF8_STRICT.decode(body.subarray(runStart)));
  return { text: parts.join(''), hadBom, invalidBytes };
}
