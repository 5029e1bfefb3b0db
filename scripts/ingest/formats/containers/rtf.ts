/**
 * RTF files (Factiva's RTF export, say) turned into text lines.
 *
 * Why our own reader (rtf-tokens.ts and this module) and not an npm package: the three
 * the notes name were read, and none gives text lines that keep the documents' structure.
 * `rtf-parser` (and `@iarna/rtf-to-html`, built on it) has an asynchronous stream API, writes
 * the fallback character after every `\uN` as well (it ignores `\ucN`), knows no `\cell`,
 * `\row` or `\page`, so a table's cells run together, stops on code pages it lacks and
 * emits `process` events as a side effect. `rtf-stream-parser` de-encapsulates Outlook's
 * `\fromhtml`/`\fromtext` RTF and throws on any other file; its plain-text class is not
 * exported and also drops cells and pages. Its tokenizer is sound, but it is a Node stream
 * (used synchronously only by replacing its `push`), so the part worth reusing is the 100
 * lines of tokenizing; what makes the text right (destinations, code pages, `\uc`, cells,
 * pages) has to be written here in any case. Code pages are decoded with TextDecoder.
 *
 * What the text is: `\'hh` bytes and plain text decoded in the code page in force (the
 * font's `\fcharset`, else the document's `\ansicpg`; consecutive bytes together, so double-
 * byte code pages decode right); `\uN` as that UTF-16 unit (negative N as N + 65536), its
 * `\ucN` fallback characters skipped; `\~` a no-break space, `\emdash` …, `\tab` a tab.
 * Destinations that hold no text a reader sees (font and colour tables, style sheet, `\info`,
 * pictures, field instructions, headers and footers, every `{\*\…}` group) are skipped;
 * a field's result (a link's text) is kept.
 *
 * Lines: `\par`, `\line`, `\sect` (and a backslash before a line end, RTF's other paragraph
 * mark) end a line; `\cell` ends one too (a table paragraph's lines have the hint `cell`), so a table row of label and value,
 * as in Factiva's export, gives the label's line and then the value's; `\page` ends the
 * line and the next one carries the hint `page-start` (Factiva puts one between documents).
 * Control characters are removed and lines with no text are left out; lines are numbered
 * 1, 2, 3 … in document order.
 */
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceLine } from '../../core/source-file.ts';
import type { ContainerFormat } from '../../core/export-format.ts';
import { isBlankText, withoutControlChars } from './line-text.ts';
import { codepageLabel, FONT_CHARSET_CODEPAGE } from './rtf-codepages.ts';
import { rtfTokens, type RtfToken } from './rtf-tokens.ts';

/** Destinations whose content is never text a reader sees. */
const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr',
  'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'fldinst', 'datafield',
  'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'xmlnstbl', 'listtable',
  'listoverridetable', 'rsidtbl', 'generator', 'filetbl', 'revtbl', 'pgdsctbl', 'nonshppict',
  'shpinst', 'annotation', 'atnid', 'atnauthor', 'private',
]); // prettier-ignore

/** Characters that control words stand for. */
const CHARACTER_WORDS: Record<string, string> = {
  tab: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  zwj: '\u200d',
  zwnj: '\u200c',
};
const CHARACTER_SYMBOLS: Record<string, string> = {
  '~': '\u00a0',
  _: '\u2011',
  '-': '',
  '{': '{',
  '}': '}',
  '\\': '\\',
};

interface GroupState {
  skip: boolean;
  /** How many fallback characters follow each `\uN`. */
  uc: number;
  /** The code page of the current font, when it names one. */
  codepage: number | undefined;
  /** Inside the font table: the font being defined. */
  fontTable: boolean;
}

/** Reads the tokens into lines (see the module header). */
function rtfLines(bytes: Uint8Array, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines: SourceLine[] = [];
  const fonts = new Map<number, number>();
  const decoders = new Map<string, TextDecoder>();
  const unsupported = new Set<number>();
  let documentCodepage = 1252;
  let defaultFont: number | undefined;
  let definingFont: number | undefined;
  let state: GroupState = { skip: false, uc: 1, codepage: undefined, fontTable: false };
  const stack: GroupState[] = [];
  let unbalanced = 0;
  let atGroupStart = false;
  let starred = false;
  let skipChars = 0;
  let text = '';
  let pendingBytes: number[] = [];
  let pageStart = false;
  /** Whether the current paragraph is in a table (`\intbl`, until the next `\pard`). */
  let inTable = false;

  const decoderFor = (codepage: number): TextDecoder => {
    let label = codepageLabel(codepage);
    if (!label) {
      if (!unsupported.has(codepage)) {
        unsupported.add(codepage);
        diagnostics.push({
          severity: 'warning',
          code: 'charset',
          file,
          message: `code page ${codepage} is not supported; its bytes decoded as windows-1252`,
        });
      }
      label = 'windows-1252';
    }
    let decoder = decoders.get(label);
    if (!decoder) {
      decoder = new TextDecoder(label);
      decoders.set(label, decoder);
    }
    return decoder;
  };
  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return;
    text += decoderFor(state.codepage ?? documentCodepage).decode(Uint8Array.from(pendingBytes));
    pendingBytes = [];
  };
  const endLine = (): void => {
    flushBytes();
    const line = withoutControlChars(text);
    text = '';
    if (isBlankText(line)) return;
    const tokens = [inTable ? 'cell' : undefined, pageStart ? 'page-start' : undefined].filter(
      (t) => t !== undefined,
    );
    pageStart = false;
    lines.push({
      line: lines.length + 1,
      text: line,
      ...(tokens.length > 0 ? { hint: tokens.join(' ') } : {}),
    });
  };
  const fontCodepage = (font: number | undefined): number | undefined =>
    font === undefined ? undefined : fonts.get(font);

  const control = (token: Extract<RtfToken, { kind: 'word' }>): void => {
    const { word, param } = token;
    if (state.fontTable) {
      if (word === 'f' && param !== undefined) definingFont = param;
      else if (word === 'fcharset' && param !== undefined && definingFont !== undefined) {
        const codepage = FONT_CHARSET_CODEPAGE[param];
        if (codepage !== undefined) fonts.set(definingFont, codepage);
      } else if (word === 'cpg' && param !== undefined && definingFont !== undefined)
        fonts.set(definingFont, param);
      return;
    }
    if (state.skip) return;
    switch (word) {
      case 'par':
      case 'line':
      case 'sect':
      case 'row':
      case 'nestrow':
        endLine();
        return;
      case 'cell':
      case 'nestcell':
        endLine();
        return;
      case 'pard':
        inTable = false;
        return;
      case 'intbl':
        inTable = true;
        return;
      case 'page':
        endLine();
        pageStart = true;
        return;
      case 'u':
        if (param === undefined) return;
        flushBytes();
        text += String.fromCharCode(param < 0 ? param + 65536 : param);
        skipChars = state.uc;
        return;
      case 'uc':
        state.uc = param ?? 1;
        return;
      case 'ansicpg':
        if (param !== undefined) documentCodepage = param;
        return;
      case 'mac':
        documentCodepage = 10000;
        return;
      case 'pc':
        documentCodepage = 437;
        return;
      case 'pca':
        documentCodepage = 850;
        return;
      case 'deff':
        defaultFont = param;
        return;
      case 'f':
        flushBytes();
        state.codepage = fontCodepage(param);
        return;
      case 'plain':
        flushBytes();
        state.codepage = fontCodepage(defaultFont);
        return;
    }
    const character = CHARACTER_WORDS[word];
    if (character !== undefined) {
      flushBytes();
      text += character;
    }
  };

  for (const token of rtfTokens(bytes)) {
    const groupStart = atGroupStart;
    atGroupStart = false;
    if (token.kind === 'open') {
      flushBytes();
      stack.push(state);
      state = { ...state };
      atGroupStart = true;
      starred = false;
      skipChars = 0;
      continue;
    }
    if (token.kind === 'close') {
      flushBytes();
      const outer = stack.pop();
      if (outer) state = outer;
      else unbalanced++;
      skipChars = 0;
      continue;
    }
    // The fallback characters of a `\uN` are skipped: a byte or a control each.
    if (skipChars > 0 && token.kind !== 'text') {
      skipChars--;
      continue;
    }
    if (token.kind === 'symbol' && token.symbol === '*' && groupStart) {
      starred = true;
      atGroupStart = true; // the destination's word follows
      continue;
    }
    if (token.kind === 'word' && groupStart) {
      if (starred || SKIPPED_DESTINATIONS.has(token.word)) {
        flushBytes();
        state.skip = true;
      } else if (token.word === 'fonttbl') {
        state.fontTable = true;
        state.skip = true;
      }
      starred = false;
    }
    switch (token.kind) {
      case 'word':
        control(token);
        break;
      case 'symbol': {
        if (state.skip) break;
        if (token.symbol === '\n' || token.symbol === '\r') endLine();
        const character = CHARACTER_SYMBOLS[token.symbol];
        if (character !== undefined) {
          flushBytes();
          text += character;
        }
        break;
      }
      case 'hex':
        if (!state.skip) pendingBytes.push(token.byte);
        break;
      case 'text': {
        let data = token.bytes;
        if (skipChars > 0) {
          const skipped = Math.min(skipChars, data.length);
          skipChars -= skipped;
          data = data.subarray(skipped);
        }
        if (!state.skip) for (const b of data) pendingBytes.push(b);
        break;
      }
      case 'bin':
        break;
    }
  }
  endLine();
  if (unbalanced > 0 || stack.length > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'unreadable-file',
      file,
      message: `the RTF's braces do not balance (${stack.length > 0 ? `${stack.length} group(s) left open` : `${unbalanced} closing brace(s) too many`}); read to its end`,
    });
  }
  return { lines, diagnostics };
}

const RTF_START = /^\{\\rtf/;

/** Whether the bytes are RTF: `{\rtf` first, after a BOM and white space. */
function sniff(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return RTF_START.test(
    new TextDecoder('windows-1252').decode(bytes.subarray(start, start + 64)).trimStart(),
  );
}

function decode(bytes: Uint8Array, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const result = rtfLines(bytes, file);
  if (result.lines.length === 0) {
    result.diagnostics.push({
      severity: 'warning',
      code: 'unreadable-file',
      file,
      message: 'the RTF holds no text',
    });
  }
  return result;
}

/** RTF documents (Factiva's RTF export): paragraphs and table cells as lines, page breaks hinted. */
export const rtfContainer: ContainerFormat = { name: 'rtf', sniff, decode };
