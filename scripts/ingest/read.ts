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
import type { ContainerFormat } from './core/export-format.ts';
import { CONTAINER_FORMATS } from './formats/index.ts';
import type { Diagnostic } from './core/diagnostics.ts';
import { InputError } from './core/diagnostics.ts';
import type { InputFile, SourceFile, SourceLine } from './core/source-file.ts';

export type { InputFile, SourceFile, SourceLine } from './core/source-file.ts';

/** Files that travel with corpora but hold no articles. */
const DOCUMENTATION_FILE = /^(readme|license|licence|copying|changelog)(\.[a-z]+)?$/i;
/**
 * The files read: text (dumps, one article per file, text exports), Word (Nexis Uni), RTF
 * (Factiva) and HTML (Factiva). What a file holds is judged by its content; the extension only
 * keeps images, spreadsheets and the like out. Every other file is listed as skipped.
 */
const READ_FILE = /\.(txt|text|docx|rtf|html?)$/i;
const READ_EXTENSIONS = '.txt, .docx, .rtf, .html';
/** C0 and C1 control characters other than tab, which carry no text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

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
      } else if (entry.isFile()) {
        const displayPath = [rootName, ...rel, entry.name].join('/');
        const reason = DOCUMENTATION_FILE.test(entry.name)
          ? 'a documentation file, not an article'
          : READ_FILE.test(entry.name)
            ? undefined
            : `${path.extname(entry.name) || 'a file without an extension'} is not read (articles come from ${READ_EXTENSIONS})`;
        if (reason) {
          skipped.push({
            severity: 'info',
            code: 'skipped-file',
            file: displayPath,
            message: `skipped: ${reason}`,
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

/** The line without control characters (tab aside), reported with its line when it had any. */
function withoutControlChars(line: SourceLine, file: string, diagnostics: Diagnostic[]): SourceLine {
  if (!HAS_CONTROL_CHAR.test(line.text)) return line;
  // A form feed is layout (a page break; Factiva's text exports put one between documents).
  if (line.text.includes('\f')) {
    line = { ...line, text: line.text.replaceAll('\f', '') };
    if (!HAS_CONTROL_CHAR.test(line.text)) return line;
  }
  const found = [...new Set(line.text.match(CONTROL_CHARS) ?? [])]
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
  diagnostics.push({
    severity: 'warning',
    code: 'control-characters',
    file,
    line: line.line,
    message: `removed control characters (${found})`,
  });
  return { ...line, text: line.text.replace(CONTROL_CHARS, '') };
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
  const lines = rawLines.map((text, i) =>
    withoutControlChars({ line: i + 1, text }, file.displayPath, diagnostics),
  );
  return sourceOf(file, lines, bytes, diagnostics);
}

function sourceOf(
  file: InputFile,
  lines: SourceLine[],
  bytes: Uint8Array,
  diagnostics: Diagnostic[],
): SourceFile {
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
  const container = CONTAINER_FORMATS.find((c) => c.sniff(bytes));
  if (container) return containerSource(file, bytes, container);
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

/**
 * A DOCX, RTF or HTML file as lines: the container's text lines (formats/containers/), with
 * control characters removed as from any text. One that cannot be opened holds no lines.
 */
function containerSource(file: InputFile, bytes: Uint8Array, container: ContainerFormat): SourceFile {
  const decoded = container.decode(bytes, file.displayPath);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const lines = decoded.lines.map((l) => withoutControlChars(l, file.displayPath, diagnostics));
  return sourceOf(file, lines, bytes, diagnostics);
}
