/**
 * The charset of an HTML file: the one it declares, checked against its bytes.
 *
 * Order, as browsers decide (HTML's "encoding sniffing"), with one check added: a byte-order
 * mark wins; else the `<meta charset>` or `<meta http-equiv="Content-Type">` declaration in
 * the first KiB's; else the bytes. A declaration the bytes contradict is not believed:
 * Factiva saves pages that declare UTF-8 and are ISO-8859-1 (`W\xF6rter`), and bytes that
 * are valid UTF-8 with non-ASCII characters are not Latin-1 whatever the page says. The
 * real charset is then detected with chardet and the file decoded with TextDecoder (whose
 * labels follow the WHATWG Encoding standard: ISO-8859-1 decodes as Windows-1252, as in
 * browsers, which only adds characters for 0x80–0x9F).
 */
import { detect as detectCharset } from 'chardet';

/** A decoded HTML file: its text, the charset it was read in, and what that took. */
export interface HtmlCharset {
  /** The decoded text, without the byte-order mark. */
  text: string;
  /** The TextDecoder encoding the text was decoded with (`utf-8`, `windows-1252` …). */
  encoding: string;
  /** What the file declares, normalised (`utf-8`), when it declares a known charset. */
  declared?: string;
  /** Why the declaration was overruled, or how the charset was found: for a diagnostic. */
  problem?: {
    severity: 'warning' | 'info';
    message: string;
    /** Offset of the first byte that contradicts the declaration, in bytes. */
    byteOffset?: number;
  };
}

/** How far into the file a charset declaration is looked for (browsers: 1 KiB; Factiva puts scripts first). */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)/i;

/** The encoding a byte-order mark names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The TextDecoder name for a charset label, or undefined when TextDecoder does not know it. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset the file declares in a `<meta>` near its start (as a raw label). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1];
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/** The charset chardet finds, as a TextDecoder name (Windows-1252 when it finds none it can decode). */
function detectedEncoding(bytes: Uint8Array): { encoding: string; detected: string } {
  const detected = detectCharset(bytes) ?? 'unknown';
  const encoding = encodingName(detected);
  // chardet may still say UTF-8 for text that is mostly UTF-8: it is not, here.
  if (!encoding || encoding === 'utf-8' || encoding.startsWith('utf-16')) {
    return { encoding: 'windows-1252', detected };
  }
  return { encoding, detected };
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes an HTML file's bytes in the charset they are really in (see the module header). */
export function decodeHtml(bytes: Uint8Array): HtmlCharset {
  const bom = byteOrderMark(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  }
  const label = declaredCharset(bytes);
  let declared = label === undefined ? undefined : encodingName(label);
  // A page served as bytes cannot be UTF-16 without a BOM: HTML reads that declaration as UTF-8.
  if (declared?.startsWith('utf-16')) declared = 'utf-8';
  const badByte = firstInvalidUtf8(bytes);
  const decode = (encoding: string): string => new TextDecoder(encoding).decode(bytes);
  const withDeclared = declared === undefined ? {} : { declared };

  if (declared === 'utf-8' || declared === undefined) {
    if (badByte < 0) return { text: decode('utf-8'), encoding: 'utf-8', ...withDeclared };
    const { encoding, detected } = detectedEncoding(bytes);
    const what = declared ? 'declares UTF-8 but' : 'declares no charset (or an unknown one) and';
    return {
      text: decode(encoding),
      encoding,
      ...withDeclared,
      problem: {
        severity: declared ? 'warning' : 'info',
        message: `the page ${what} byte ${hex(bytes[badByte]!)} is not UTF-8; decoded as ${encoding} (detected: ${detected})`,
        byteOffset: badByte,
      },
    };
  }
  if (badByte < 0 && hasNonAscii(bytes)) {
    // Valid UTF-8 with non-ASCII characters in a page that declares a legacy charset:
    // decoding it as declared would turn every accented letter into two (`Ã¶`).
    return {
      text: decode('utf-8'),
      encoding: 'utf-8',
      declared,
      problem: {
        severity: 'warning',
        message: `the page declares ${label ?? declared} but its bytes are UTF-8; decoded as UTF-8`,
      },
    };
  }
  return { text: decode(declared), encoding: declared, declared };
}
