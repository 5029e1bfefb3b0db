/**
 * One document of an older LexisNexis text export (the lines between two `N of M DOCUMENTS`
 * separators) turned into an ExportDocument: its headline, its text lines, its metadata, and
 * the role of every other line. The layout is read by lexisnexis-layout.ts; this module says
 * what each part fills, and what is wrong with the document when something is missing.
 */
import type { SourceLine } from '../core/source-file.ts';
import type { DocumentMetadata, ExportDocument } from '../core/export-format.ts';
import { DocumentFields, isWebAddress } from './common/document-fields.ts';
import { pageWithin } from './common/page.ts';
import type { ExportParseState } from './common/parse-state.ts';
import { wordCount } from './common/word-count.ts';
import { collapse, isBlank, joinLines, nonBlankLines, paragraphs } from './common/lines.ts';
import {
  type FieldBlock,
  findTail,
  type HeaderRead,
  readHeader,
  readTail,
  readTop,
} from './lexisnexis-layout.ts';
import { isoDate, partialDateNote, partialIsoDate } from './common/dates.ts';

/** Where a document sits in its file. */
export interface LexisDocumentContext {
  /** The index the document gets in the parse, if it is read. */
  index: number;
  /** The separator's words (`3 of 10`), for messages. */
  ordinal: string;
  separatorLine: number;
  /** Whether the separator is not centred: the layout without centring (no header at all). */
  flat: boolean;
}

/**
 * Reads one document into the parse's state (its line roles and warnings); never throws,
 * every problem is a warning naming its line. Undefined for an "error document" of the
 * download: no headline and no text.
 */
export function parseLexisDocument(
  lines: readonly SourceLine[],
  ctx: LexisDocumentContext,
  state: ExportParseState,
): ExportDocument | undefined {
  const warn = (line: number, message: string): void =>
    state.warn(line, `document ${ctx.ordinal}: ${message}`);
  const meta: DocumentMetadata = {};
  const doc = new DocumentFields(meta, ctx.index, state, warn);
  const field = doc.field.bind(doc);
  const block = doc.block.bind(doc);
  const setText = doc.text.bind(doc);

  const paras = paragraphs(lines);
  const top = readTop(paras, ctx.flat);
  const header: HeaderRead = top.headerDone
    ? { blocks: [], bodyStart: top.next }
    : readHeader(paras, top.next);
  const tailStart = findTail(paras, header.bodyStart);
  const tail = readTail(paras, tailStart);
  const blocks = [...header.blocks, ...tail.blocks];

  // The top.
  if (top.publication.length > 0) {
    meta.publication = joinLines(top.publication);
    field(top.publication, 'publication');
  }
  const copyrights = [...top.copyright, ...tail.copyright];
  copyrights.forEach((c, k) => (k === 0 ? setText('copyright', joinLines(c), c) : block(c, 'boilerplate')));
  block(top.notices, 'boilerplate');
  if (top.edition.length > 0) {
    meta.edition = joinLines(top.edition);
    field(top.edition, 'edition');
  }
  if (top.url.length > 0) {
    // A URL the export wraps at the width goes on without a space.
    const url = top.url.map((l) => l.text.trim()).join('');
    if (isWebAddress(url)) setText('url', url, top.url);
    else block(top.url, 'attachment');
  }
  if (top.wordCount) {
    const n = wordCount(top.wordCount.text);
    if (n !== undefined) {
      meta.statedWordCount = n;
      field([top.wordCount], 'statedWordCount');
    }
  }
  if (header.bodyMarker) block([header.bodyMarker], 'marker');

  // The labelled fields, in the order of the document.
  let headline: { lines: SourceLine[]; text: string } | undefined =
    top.headline.length > 0 ? { lines: top.headline, text: joinLines(top.headline) } : undefined;
  const typeBlock =
    blocks.find((b) => b.kind === 'publicationType' && b.value !== '') ??
    blocks.find((b) => b.kind === 'documentType' && b.value !== '');
  const attachments: FieldBlock[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'headline':
        if (!headline && b.value !== '') headline = { lines: b.lines, text: b.value };
        else block(b.lines, 'classification');
        break;
      case 'section':
        if (setText('section', b.value, b.lines)) {
          const page = pageWithin(b.value);
          if (page !== undefined) meta.page = page;
        }
        break;
      case 'length': {
        const n = wordCount(b.value);
        if (n !== undefined && meta.statedWordCount === undefined) {
          meta.statedWordCount = n;
          field(b.lines, 'statedWordCount');
        } else block(b.lines, 'classification');
        break;
      }
      case 'url':
        if (isWebAddress(b.value)) setText('url', b.value, b.lines);
        else block(b.lines, 'attachment');
        break;
      case 'publicationType':
      case 'documentType':
        if (b === typeBlock) setText('documentType', b.value, b.lines);
        else block(b.lines, 'classification');
        break;
      case 'loadDate':
        if (!doc.loadDate(b.value, b.lines) && meta.loadDate === undefined)
          warn(b.lines[0]!.line, `load date "${b.value}" is not a date`);
        break;
      case 'edition':
        meta.edition = meta.edition === undefined ? b.value : `${meta.edition} ${b.value}`;
        field(b.lines, 'edition');
        break;
      case 'attachment':
        attachments.push(b);
        block(b.lines, 'attachment');
        break;
      default:
        doc.fill(b.kind, b.value, b.lines);
    }
  }
  doc.done();
  if (top.byline) doc.byline(collapse(top.byline.text), [top.byline]);

  // The text.
  const body: SourceLine[] = [];
  if (header.firstBodyLine) body.push(header.firstBodyLine);
  if (header.extraBody) body.push(...header.extraBody);
  for (const p of paras.slice(header.bodyStart, tailStart)) body.push(...p.lines);
  const where = lines.find((l) => !isBlank(l.text))?.line ?? ctx.separatorLine;

  if (!headline && body.length === 0) {
    // An "error document" of the download: nothing to read. Its lines are the database's.
    block(nonBlankLines(lines), 'boilerplate');
    warn(ctx.separatorLine, 'no headline and no text (an error document of the download?): not read');
    return undefined;
  }
  if (body.length === 0 && attachments.length > 0) {
    // A photo-only document: its caption is all the text there is.
    for (const b of attachments) {
      const [first, ...rest] = b.lines;
      const caption = first!.text.replace(/^[^:]*:[\s\u00a0]*/, '');
      body.push({ ...first!, text: caption }, ...rest);
      doc.clear(b.lines);
    }
    warn(attachments[0]!.lines[0]!.line, 'no text but a graphic caption: the caption is the text');
  }
  if (!headline) {
    const first = body.shift()!;
    headline = { lines: [first], text: collapse(first.text) };
    warn(first.line, 'no headline: the first line of the text is the title');
  }
  if (body.length === 0) warn(headline.lines[0]!.line, 'no text');
  const [titleLine, ...titleRest] = headline.lines;
  field(titleRest, 'title');
  if (meta.publication === undefined) warn(where, 'no publication');

  // The date: as printed above the headline; else the load date, saying so.
  const dateText = top.dateLines.length > 0 ? joinLines(top.dateLines) : '';
  const date = top.date ? isoDate(top.date) : undefined;
  if (date !== undefined) {
    meta.date = date;
    field(top.dateLines, 'date');
  } else if (top.date) {
    // `January 2009`, `Spring, 2016`: the month or the year it states, never a day invented.
    meta.date = partialIsoDate(top.date);
    field(top.dateLines, 'date');
    warn(top.dateLines[0]!.line, partialDateNote(dateText, top.date));
  } else if (meta.loadDate !== undefined) {
    meta.date = meta.loadDate;
    warn(where, `no publication date: dated by its load date (${meta.loadDate})`);
  } else warn(where, 'no date');

  const nonBlank = nonBlankLines(lines);
  return {
    title: { ...titleLine!, text: headline.text },
    body,
    metadata: meta,
    startLine: ctx.separatorLine,
    endLine: nonBlank.at(-1)?.line ?? ctx.separatorLine,
  };
}
