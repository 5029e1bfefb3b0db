/**
 * read: finds the input files under each `--input` path and turns their bytes into lines.
 *
 * The only ingest stage that touches the disk for reading. Everything it repairs (a BOM,
 * CR line ends, bytes that are not UTF-8, control characters) is reported with file:line.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes, utf16ByteOrder } from './decode.ts';
import type { Diagnostic } from './diagnostics.ts';
import { InputError } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the input file. */
  line: number;
  /** The line's text: no line terminator, control characters removed, otherwise verbatim. */
  text: string;
  /**
   * For lines extracted from markup (DOCX, RTF, HTML: formats/containers/), what held the
   * text: an HTML element's class list, a Word paragraph style. Never part of the text.
   */
  hint?: string;
}

export interface SourceFile {
  /** Absolute path on disk. */
  absPath: string;
  /** Stable name shown to users and written to provenance: `<input folder name>/<relative path>`. */
  displayPath: string;
  /** Section, from the folder the file sits in below the input folder (none at its top level). */
  section?: string;
  lines: SourceLine[];
  /** Size of the file in bytes. */
  bytes: number;
  diagnostics: Diagnostic[];
}

/** Files that travel with corpora but hold no articles. */
const DOCUMENTATION_FILE = /^(readme|license|licence|copying|changelog)(\.[a-z]+)?$/i;
const TEXT_FILE = /\.txt$/i;
/** C0 and C1 control characters other than tab, which carry no text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export interface InputFile {
  absPath: string;
  displayPath: string;
  section?: string;
}

/** Lists the article files under one `--input` path (a file or a folder), in a stable order. */
export function listInputFiles(inputPath: string): { files: InputFile[]; skipped: Diagnostic[] } {
  const abs = path.resolve(inputPath);
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    throw new InputError({
      severity: 'error',
      code: 'input-missing',
      file: inputPath,
      message: 'input not found (expected a .txt file or a folder of them)',
    });
  }
  if (stat.isFile()) {
    return { files: [{ absPath: abs, displayPath: path.basename(abs) }], skipped: [] };
  }
  const rootName = path.basename(abs);
  const files: InputFile[] = [];
  const skipped: Diagnostic[] = [];
  const walk = (dir: string, rel: string[]): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full, [...rel, entry.name]);
      } else if (entry.isFile() && TEXT_FILE.test(entry.name)) {
        const displayPath = [rootName, ...rel, entry.name].join('/');
        if (DOCUMENTATION_FILE.test(entry.name)) {
          skipped.push({
            severity: 'info',
            code: 'skipped-file',
            file: displayPath,
            message: 'skipped: a documentation file, not an article',
          });
          continue;
        }
        const section = rel.length > 0 ? rel[rel.length - 1] : undefined;
        files.push({ absPath: full, displayPath, ...(section ? { section } : {}) });
      }
    }
  };
  walk(abs, []);
  return { files, skipped };
}

/**
 * How binary data is told from text, in the first 8 KiB: by the share of control bytes
 * (NUL included; tab, line ends and form feed are text). Compressed data (images,
 * archives) has about 10 % and is not valid UTF-8, executables have far more. A file
 * above BINARY_CONTROL_SHARE that is not valid UTF-8, or above ALWAYS_BINARY_SHARE, is
 * binary; a text dump with a few stray NUL or escape bytes stays text, and those bytes are
 * removed with a warning naming their line.
 */
const BINARY_CONTROL_SHARE = 0.05;
const ALWAYS_BINARY_SHARE = 0.3;
const SAMPLE_BYTES = 8192;

/** Whether the bytes look like a binary file rather than text (see BINARY_CONTROL_SHARE). */
export function looksBinary(bytes: Uint8Array): boolean {
  let n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  // End the sample at a character boundary, so that a cut character is not "invalid".
  while (n < bytes.length && n > 0 && (bytes[n]! & 0xc0) === 0x80) n--;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  const share = control / n;
  return share > ALWAYS_BINARY_SHARE || (share > BINARY_CONTROL_SHARE && !isUtf8(bytes.subarray(0, n)));
}

/** Decodes one file's bytes into numbered lines, reporting every repair. */
export function decodeSource(file: InputFile, bytes: Uint8Array): SourceFile {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBytes(bytes);
  if (decoded.utf16) {
    diagnostics.push({
      severity: 'info',
      code: 'utf16-file',
      file: file.displayPath,
      line: 1,
      message: `decoded as ${decoded.utf16.toUpperCase()} (the file starts with its byte-order mark)`,
    });
  }
  for (const issue of decoded.invalidBytes) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-utf8',
      file: file.displayPath,
      line: issue.line,
      message: `byte 0x${issue.byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8; decoded as Windows-1252 "${issue.decodedAs}"`,
    });
  }
  const rawLines = decoded.text.split(/\r\n|\r|\n/);
  // A final line terminator does not start another line.
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines: SourceLine[] = rawLines.map((text, i) => {
    if (HAS_CONTROL_CHAR.test(text)) {
      const found = [...new Set(text.match(CONTROL_CHARS) ?? [])]
        .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
        .join(', ');
      diagnostics.push({
        severity: 'warning',
        code: 'control-characters',
        file: file.displayPath,
        line: i + 1,
        message: `removed control characters (${found})`,
      });
      return { line: i + 1, text: text.replace(CONTROL_CHARS, '') };
    }
    return { line: i + 1, text };
  });
  return {
    absPath: file.absPath,
    displayPath: file.displayPath,
    ...(file.section ? { section: file.section } : {}),
    lines,
    bytes: bytes.length,
    diagnostics,
  };
}

/** Reads one input file from disk. Binary files are skipped with a warning. */
export function readSource(file: InputFile): SourceFile {
  return sourceFromBytes(file, readFileSync(file.absPath));
}

/** Turns an input file's bytes into a source. Binary files are skipped with a warning. */
export function sourceFromBytes(file: InputFile, bytes: Uint8Array): SourceFile {
  // UTF-16 text is mostly NUL bytes when its text is Latin: its byte-order mark tells it apart.
  if (!utf16ByteOrder(bytes) && looksBinary(bytes)) {
    return {
      absPath: file.absPath,
      displayPath: file.displayPath,
      lines: [],
      bytes: bytes.length,
      diagnostics: [
        {
          severity: 'warning',
          code: 'binary-file',
          file: file.displayPath,
          message: 'skipped: binary data, not text (control bytes, not UTF-8)',
        },
      ],
    };
  }
  return decodeSource(file, bytes);
}
