/**
 * DOCX (Office Open XML) as lines: one line per Word paragraph of word/document.xml, in
 * document order, so that an export saved as DOCX reads like the same export saved as text.
 *
 * The zip is opened with fflate and the XML read with htmlparser2 (xmlMode), streaming: only
 * the few WordprocessingML elements that carry text matter. Headers, footers, footnotes and
 * comments live in other parts of the package and are not read.
 */
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceLine } from '../../core/source-file.ts';
import type { ContainerFormat } from '../../core/export-format.ts';

const DOCUMENT_PART = 'word/document.xml';

/** `PK\x03\x04`: a zip file's first local header (an empty zip starts `PK\x05\x06`). */
const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Whether the zip names word/document.xml: its name stands as plain bytes in the headers. */
const namesDocumentPart = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(DOCUMENT_PART, 0, 'latin1');

/**
 * Elements whose text is not the document's text: deleted revisions, field codes (the
 * `HYPERLINK "…"` behind a link), and the fallback copy of a drawing Word also gives as VML,
 * which would double a text box's text.
 */
const SKIPPED = new Set(['w:delText', 'w:instrText', 'mc:Fallback']);

/** One Word paragraph: its lines (a `w:br` starts the next) and its style id. */
export interface DocxParagraph {
  lines: string[];
  style?: string;
}

interface OpenParagraph extends DocxParagraph {
  /** Paragraphs of text boxes anchored in this one: they follow it. */
  inner: DocxParagraph[];
}

/** The paragraphs of word/document.xml in document order (text-box paragraphs after their host). */
export function documentParagraphs(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const open: OpenParagraph[] = [];
  let skipDepth = 0;
  let inText = false;
  let inProperties = 0;
  const append = (text: string): void => {
    const p = open[open.length - 1];
    if (p) p.lines[p.lines.length - 1] += text;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        switch (name) {
          case 'w:p':
            open.push({ lines: [''], inner: [] });
            break;
          case 'w:pPr':
            inProperties++;
            break;
          case 'w:pStyle': {
            const p = open[open.length - 1];
            const id = attrs['w:val'];
            if (p && inProperties > 0 && id) p.style = id;
            break;
          }
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
          case 'w:ptab':
            // A tab stop in w:pPr/w:tabs is a definition, not a tab character.
            if (inProperties === 0) append('\t');
            break;
          case 'w:br':
          case 'w:cr':
            open[open.length - 1]?.lines.push('');
            break;
          case 'w:noBreakHyphen':
            append('\u2011');
            break;
          case 'w:sym': {
            const code = Number.parseInt(attrs['w:char'] ?? '', 16);
            // Symbol-font code points (F000–F0FF) name a glyph, not a character: left out.
            if (Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff)) append(String.fromCodePoint(code));
            break;
          }
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'w:t') inText = false;
        else if (name === 'w:pPr') inProperties--;
        else if (name === 'w:p') {
          const p = open.pop();
          if (!p) return;
          const done: DocxParagraph[] = [
            { lines: p.lines, ...(p.style ? { style: p.style } : {}) },
            ...p.inner,
          ];
          const host = open[open.length - 1];
          if (host) host.inner.push(...done);
          else out.push(...done);
        }
      },
      ontext(text) {
        if (skipDepth === 0 && inText) append(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

/** The DOCX container: word/document.xml's paragraphs as numbered lines, styles as hints. */
export const docxContainer: ContainerFormat = {
  name: 'docx',
  sniff(bytes) {
    return isZip(bytes) && namesDocumentPart(bytes);
  },
  decode(bytes, file) {
    const diagnostics: Diagnostic[] = [];
    const unreadable = (why: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } => ({
      lines: [],
      diagnostics: [{ severity: 'warning', code: 'unreadable-file', file, message: `skipped: ${why}` }],
    });
    if (!isZip(bytes)) return unreadable('not a DOCX file (no zip signature)');
    let part: Uint8Array | undefined;
    try {
      part = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT_PART })[DOCUMENT_PART];
    } catch (error) {
      return unreadable(`the DOCX file is not a readable zip (${(error as Error).message})`);
    }
    if (!part) return unreadable(`the DOCX file has no ${DOCUMENT_PART}`);
    const xml = new TextDecoder('utf-8', { ignoreBOM: false }).decode(part);
    const lines: SourceLine[] = [];
    for (const p of documentParagraphs(xml)) {
      for (const text of p.lines)
        lines.push({ line: lines.length + 1, text, ...(p.style ? { hint: p.style } : {}) });
    }
    return { lines, diagnostics };
  },
};
