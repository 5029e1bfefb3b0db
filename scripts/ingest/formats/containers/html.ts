/**
 * HTML files (Factiva's saved result pages, say) turned into text lines, one per block.
 *
 * Charset: see html-charset.ts (the declared one, unless the bytes contradict it: then a
 * 'charset' diagnostic naming the first bad byte's line). Markup: htmlparser2.
 *
 * Lines: every block element (div, p, h1–h6, li, td, th, dt, dd, blockquote, pre, …) ends the
 * line before it and starts a new one, so text directly in a block and the blocks inside it
 * become lines of their own, in document order; `<br>` ends a line inside its block, and a
 * `<pre>` keeps its own line breaks and indentation. Inline elements (span, b, a …) stay in
 * their line. `head`, `script`, `style`, `noscript`, `template` (and other non-text content)
 * are skipped.
 * White space is collapsed as a browser renders it (ASCII runs to one space, none at the
 * ends; a no-break space stays), control characters are removed, and a line with no text
 * is not a line. Lines are numbered 1, 2, 3 … in that order.
 *
 * Hints (`SourceLine.hint`), space-separated tokens that say what held the line:
 * - the class names of the block element the line is in, then those of an inline element
 *   with a class that holds all of the line's text: Factiva's headline is
 *   `<div id="hd"><span class="enHeadline counted">…</span></div>`, so its line's hint is
 *   `enHeadline counted`; a paragraph with a `span.companylink` word in it keeps only
 *   `articleParagraph enarticleParagraph`;
 * - `start:<class>` for each class of every enclosing block element whose first line this
 *   is (outermost first, each token once): the first line of a Factiva article
 *   (`<div class="article"><div class="article enArticle">`) carries
 *   `start:article start:enArticle`, so a format can tell where each article begins even
 *   when it opens with an unlabelled `<div>` (the section).
 */
import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceLine } from '../../core/source-file.ts';
import type { ContainerFormat } from '../../core/export-format.ts';
import { decodeHtml } from './html-charset.ts';
import { collapseAsciiSpace, isBlankText, withoutControlChars } from './line-text.ts';

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is not text a reader sees. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'iframe',
  'object',
  'svg',
  'math',
  'select',
  'textarea',
]);

interface OpenElement {
  name: string;
  classes: string[];
  block: boolean;
  /** Whether a line has been emitted inside it. */
  started: boolean;
}

interface PendingText {
  parts: string[];
  /** For each non-blank piece, the classed inline elements (inside the block) around it. */
  inlineSets: OpenElement[][];
  /** Offsets of the line's text in the decoded file (for the charset diagnostic). */
  from: number;
  to: number;
}

const SNIFF_BYTES = 1024;
const MARKUP_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|meta[\s>])/i;

/** The first KiB of the file as text, for sniffing: UTF-16 when a BOM says so, else byte for byte. */
function sniffText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return new TextDecoder('windows-1252').decode(head.subarray(start));
}

/** Whether the bytes are HTML: `<!DOCTYPE html`, `<html` or `<meta` first, after a BOM and white space. */
function sniff(bytes: Uint8Array): boolean {
  return MARKUP_START.test(sniffText(bytes).trimStart());
}

/** The text lines of an HTML document, with their hints and source offsets. */
function htmlLines(html: string): { lines: SourceLine[]; spans: Array<{ from: number; to: number }> } {
  const lines: SourceLine[] = [];
  const spans: Array<{ from: number; to: number }> = [];
  const stack: OpenElement[] = [];
  let skipDepth = 0;
  let pending: PendingText = { parts: [], inlineSets: [], from: -1, to: -1 };
  let preDepth = 0;

  const flush = (): void => {
    const text = withoutControlChars(
      preDepth > 0
        ? pending.parts.join('').replace(/[ \t\r\n\f]+$/, '')
        : collapseAsciiSpace(pending.parts.join('')),
    );
    const { inlineSets, from, to } = pending;
    pending = { parts: [], inlineSets: [], from: -1, to: -1 };
    if (isBlankText(text)) return;
    const tokens: string[] = [];
    const add = (token: string): void => {
      if (!tokens.includes(token)) tokens.push(token);
    };
    let holder: OpenElement | undefined;
    for (let i = stack.length - 1; i >= 0 && !holder; i--) if (stack[i]!.block) holder = stack[i];
    for (const c of holder?.classes ?? []) add(c);
    // The classed inline elements around every piece of the line's text.
    const common = inlineSets.reduce((acc, set) => acc.filter((el) => set.includes(el)), inlineSets[0] ?? []);
    for (const el of common) for (const c of el.classes) add(c);
    for (const el of stack) {
      if (!el.block || el.started) continue;
      el.started = true;
      if (el !== holder) for (const c of el.classes) add(`start:${c}`);
    }
    lines.push({ line: lines.length + 1, text, ...(tokens.length > 0 ? { hint: tokens.join(' ') } : {}) });
    spans.push({ from, to });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name)) {
          if (SKIPPED_ELEMENTS.has(name)) skipDepth++;
          stack.push({ name, classes: [], block: false, started: true });
          return;
        }
        const block = BLOCK_ELEMENTS.has(name);
        if (block || name === 'br') flush();
        if (name === 'pre') preDepth++;
        const classes = (attribs['class'] ?? '').split(/[ \t\r\n\f]+/).filter((c) => c !== '');
        stack.push({ name, classes, block, started: false });
      },
      onclosetag(name) {
        const el = stack[stack.length - 1];
        if (!el) return;
        if (SKIPPED_ELEMENTS.has(name) && skipDepth > 0) skipDepth--;
        else if (skipDepth === 0 && el.block) flush(); // while the block is still open: it holds the line
        if (skipDepth === 0 && name === 'pre') preDepth--;
        stack.pop();
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0 && data.includes('\n')) {
          // A line break inside <pre> ends a line, as the page shows it.
          const [first, ...rest] = data.split(/\r\n|\r|\n/);
          addText(first!);
          for (const piece of rest) {
            flush();
            addText(piece);
          }
          return;
        }
        addText(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function addText(data: string): void {
    pending.parts.push(data);
    if (/[^ \t\r\n\f]/.test(data)) {
      const inline: OpenElement[] = [];
      for (let i = stack.length - 1; i >= 0 && !stack[i]!.block; i--) {
        if (stack[i]!.classes.length > 0) inline.unshift(stack[i]!);
      }
      pending.inlineSets.push(inline);
      if (pending.from < 0) pending.from = parser.startIndex;
      pending.to = parser.endIndex;
    }
  }

  parser.write(html);
  parser.end();
  flush();
  return { lines, spans };
}

/** The number of the first line whose text lies at or after `offset` in the decoded file. */
function lineAtOffset(spans: Array<{ from: number; to: number }>, offset: number): number | undefined {
  const i = spans.findIndex((s) => s.to >= offset);
  return i < 0 ? undefined : i + 1;
}

/** The line of the file (counting line feeds) that holds the byte at `offset`. */
function fileLineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decode(bytes: Uint8Array, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let charset;
  let result;
  try {
    charset = decodeHtml(bytes);
    result = htmlLines(charset.text);
  } catch (error) {
    // htmlparser2 reads any input; this guards against the unforeseen, never to lose the file silently.
    diagnostics.push({
      severity: 'warning',
      code: 'unreadable-file',
      file,
      message: `could not read the HTML: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { lines: [], diagnostics };
  }
  const { problem } = charset;
  if (problem) {
    let line: number | undefined;
    let where = '';
    if (problem.byteOffset !== undefined) {
      // Offsets in the decoded text: what the bytes before the bad one decode to.
      const charOffset = new TextDecoder(charset.encoding).decode(
        bytes.subarray(0, problem.byteOffset),
      ).length;
      line = lineAtOffset(result.spans, charOffset);
      where = ` (line ${fileLineOf(bytes, problem.byteOffset)} of the HTML source)`;
    }
    diagnostics.push({
      severity: problem.severity,
      code: 'charset',
      file,
      ...(line === undefined ? {} : { line }),
      message: `${problem.message}${where}`,
    });
  }
  if (result.lines.length === 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'unreadable-file',
      file,
      message: 'the HTML holds no text',
    });
  }
  return { lines: result.lines, diagnostics };
}

/** HTML pages (Factiva's saved result lists): one line per block element, hints from the markup. */
export const htmlContainer: ContainerFormat = { name: 'html', sniff, decode };
