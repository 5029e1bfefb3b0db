/**
 * One Nexis Uni document, from its headline to its `End of Document`:
 *
 *     headline / publication / date line [/ edition] / Copyright … / labels / Body /
 *     paragraphs [/ Graphic / captions] [/ Classification] / labels / End of Document
 *
 * The parts are found from fixed points inward, never by counting blank lines: the `Body`
 * line (or the first label) ends the head, the date line is the last date line before it
 * (a headline that reads like a date is not taken for it), and the tail is the run of known
 * labels before `End of Document`. For the first document of a file the head follows the
 * cover page, which ends at the line before the headline.
 */
import type { SourceLine } from '../../core/source-file.ts';
import type { DocumentMetadata, ExportDocument } from '../../core/export-format.ts';
import { isCopyrightLine } from '../common/copyright.ts';
import { collapse, nonBlankLines } from '../common/lines.ts';
import { DocumentFields } from '../common/document-fields.ts';
import type { ExportParseState } from '../common/parse-state.ts';
import { parseDateLine } from './date-line.ts';
import { fillLabel } from './fields.ts';
import type { Label } from './labels.ts';
import {
  isBodyMarker,
  isClassificationMarker,
  isCoverLine,
  isGraphicMarker,
  isTextMarker,
  parseLabel,
  splitGluedLabels,
} from './labels.ts';

/** One document read, and the lines before its headline. */
export interface DocumentParse {
  document: ExportDocument;
  /** Lines before the headline (the cover page, for the first document): their role is `cover`. */
  before: SourceLine[];
}

/** Labels that may stand in a document's head, after its copyright. */
const headLabel = (l: SourceLine): Label | undefined => parseLabel(l.text);
/**
 * Labels taken at the end of a body: known ones with Nexis's no-break space, or a Load-Date
 * however spaced (body text has `Contact:` and `Source:` lines, never a Load-Date).
 */
const tailLabel = (l: SourceLine): Label | undefined => {
  const label = parseLabel(l.text);
  return label?.known && (label.nbsp || label.kind === 'loadDate') ? label : undefined;
};

/**
 * Whether the line two above the date line is the first document's headline rather than the
 * cover's last line (the publication line then missing): the cover's result list names the
 * first headline (`1. …`); without it, a line of the cover's own shape is cover.
 */
function headlineTwoUp(nb: readonly SourceLine[], dateAt: number): boolean {
  const twoUp = nb[dateAt - 2];
  if (!twoUp) return false;
  const first = nb.slice(0, dateAt).find((l) => /^1\.\s+\S/u.test(l.text.trim()));
  const listed = first ? collapse(first.text).replace(/^1\.\s+/u, '') : undefined;
  if (listed !== undefined && collapse(twoUp.text) === listed) return true;
  if (listed !== undefined && collapse(nb[dateAt - 1]!.text) === listed) return false;
  return !isCoverLine(twoUp.text, { resultList: false });
}

/**
 * Parses the lines of one document (`lines`: all of them, from after the previous document
 * to its `End of Document` line, which `end` names when there is one) into the parse's
 * state (its line roles and warnings).
 */
export function parseDocument(
  lines: readonly SourceLine[],
  end: SourceLine | undefined,
  index: number,
  options: { afterCover: boolean },
  parse: ExportParseState,
): DocumentParse | undefined {
  const warn = (line: number, message: string): void => parse.warn(line, message);
  const meta: DocumentMetadata = {};
  const doc = new DocumentFields(meta, index, parse, warn);
  const field = doc.field.bind(doc);
  const block = doc.block.bind(doc);
  const nb = nonBlankLines(lines);
  if (nb.length === 0) return undefined;

  // Where the head ends: the Body line, else the first label with Nexis's no-break space.
  // Both after the first line, which is always a headline.
  const firstLabel = nb.findIndex((l, i) => i > 0 && tailLabel(l) !== undefined);
  let bodyAt = nb.findIndex((l, i) => i > 0 && isBodyMarker(l.text));
  // Some interfaces write `Text` for `Body`: taken only after a label, never in a cover.
  if (bodyAt < 0 && firstLabel >= 0) bodyAt = nb.findIndex((l, i) => i > firstLabel && isTextMarker(l.text));
  const anchor = bodyAt >= 0 ? bodyAt : firstLabel >= 0 ? firstLabel : nb.length;

  // The date line: the last one before the anchor, never the first line (a headline).
  let dateAt = -1;
  for (let i = anchor - 1; i >= 1 && dateAt < 0; i--) if (parseDateLine(nb[i]!.text)) dateAt = i;

  // Headline and publication, above the date line.
  let titleAt = 0;
  let publicationAt: number | undefined;
  if (dateAt >= 1) {
    // Headline, publication, date: unless the line two up is still the cover (no publication).
    if (options.afterCover) titleAt = headlineTwoUp(nb, dateAt) ? dateAt - 2 : dateAt - 1;
    publicationAt = dateAt - titleAt >= 2 ? dateAt - 1 : undefined;
  } else {
    // No date line: headline and publication are the first lines of the head.
    if (options.afterCover) while (titleAt < anchor - 1 && isCoverLine(nb[titleAt]!.text)) titleAt++;
    const next = nb[titleAt + 1];
    if (titleAt + 1 < anchor && next && !isCopyrightLine(next.text) && !headLabel(next))
      publicationAt = titleAt + 1;
    warn(nb[titleAt]!.line, 'no date line after the headline: the document is undated');
  }
  const title = nb[titleAt]!;
  const before = nb.slice(0, titleAt);
  block(before, 'cover');
  if (end) block(end, 'marker');
  const body: SourceLine[] = [];
  if (publicationAt === undefined) warn(title.line, 'no publication line after the headline');
  else {
    meta.publication = nb[publicationAt]!.text.trim();
    field(nb[publicationAt]!, 'publication');
    // Lines between headline and publication that the layout does not have: kept as text.
    for (let i = titleAt + 1; i < publicationAt; i++) {
      warn(nb[i]!.line, 'an unexpected line between headline and publication, kept as body text');
      body.push(nb[i]!);
    }
  }
  if (dateAt >= 1) {
    const read = parseDateLine(nb[dateAt]!.text)!;
    if (read.date) {
      meta.date = read.date;
      field(nb[dateAt]!, 'date');
    } else {
      warn(
        nb[dateAt]!.line,
        `the date line gives a month but no day (${read.month ?? ''}): the document is undated`,
      );
      block(nb[dateAt]!, 'marker');
    }
    if (read.edition) meta.edition = read.edition;
  }

  // The rest of the head: edition lines, the copyright block, the labels, up to `Body`.
  const headFrom = Math.max(dateAt, publicationAt ?? titleAt) + 1;
  let headEnd = anchor;
  if (bodyAt < 0) {
    // Without a Body line the head ends after its labels, or after its copyright lines.
    headEnd = firstLabel >= 0 ? firstLabel : headFrom;
    while (
      headEnd < nb.length &&
      (firstLabel >= 0 ? headLabel(nb[headEnd]!) : isCopyrightLine(nb[headEnd]!.text))
    )
      headEnd++;
    warn(title.line, 'no Body line: the text after the labels is taken as the body');
  }
  let state: 'edition' | 'copyright' | 'labels' = 'edition';
  let current: Label | undefined;
  const takeLabel = (l: SourceLine, label: Label, continuation: boolean): void => {
    // `Byline: Ann Lee Highlight: …` on one line: each label fills its own field, the line
    // counts as the first one's.
    const [first, ...glued] = continuation ? [label] : splitGluedLabels(label);
    const filled = first!.known ? fillLabel(meta, first!.kind, first!.value, continuation) : undefined;
    for (const more of glued) if (more.known) fillLabel(meta, more.kind, more.value, false);
    if (filled) field(l, filled);
    else block(l, 'classification');
  };
  for (let i = headFrom; i < headEnd; i++) {
    const l = nb[i]!;
    const label = headLabel(l);
    const text = l.text.trim();
    if (label) {
      state = 'labels';
      current = label;
      takeLabel(l, label, false);
    } else if (state === 'labels' && current) {
      // A label's value continued on the next line (a second paragraph of a highlight).
      takeLabel(l, { ...current, value: text }, true);
    } else if (state === 'copyright' || isCopyrightLine(text)) {
      // The copyright block: `Copyright …`, `All Rights Reserved`, `Distributed by …`.
      state = 'copyright';
      meta.copyright = meta.copyright ? `${meta.copyright}\n${text}` : text;
      field(l, 'copyright');
    } else {
      // Between the date and the copyright: the edition (`Late Edition`, `University Wire`).
      meta.edition = meta.edition ? `${meta.edition}; ${text}` : text;
      field(l, 'edition');
    }
  }
  if (bodyAt >= 0) block(nb[bodyAt]!, 'marker');
  const bodyFrom = bodyAt >= 0 ? bodyAt + 1 : headEnd;

  // The tail, from the end: labels (after `Classification`, or known ones), then `Graphic`.
  let tailAt = nb.length;
  const classificationAt = findLast(nb, bodyFrom, nb.length, (l) => isClassificationMarker(l.text));
  if (classificationAt >= 0) tailAt = classificationAt;
  else while (tailAt - 1 >= bodyFrom && tailLabel(nb[tailAt - 1]!)) tailAt--;
  if (tailAt < nb.length) {
    current = undefined;
    for (let i = tailAt; i < nb.length; i++) {
      const l = nb[i]!;
      const label = i === classificationAt ? undefined : headLabel(l);
      if (i === classificationAt) block(l, 'classification');
      else if (label) {
        current = label;
        takeLabel(l, label, false);
      } else if (current) takeLabel(l, { ...current, value: l.text.trim() }, true);
      else block(l, 'classification');
    }
  }
  const graphicAt = findLast(nb, bodyFrom, tailAt, (l) => isGraphicMarker(l.text));
  const bodyEnd = graphicAt >= 0 ? graphicAt : tailAt;
  for (let i = graphicAt; graphicAt >= 0 && i < tailAt; i++) block(nb[i]!, 'attachment');
  for (let i = bodyFrom; i < bodyEnd; i++) body.push(nb[i]!);
  if (body.length === 0 && graphicAt < 0) warn(title.line, 'the document has no body text');

  return {
    document: {
      title,
      body,
      metadata: meta,
      startLine: title.line,
      endLine: (end ?? nb[nb.length - 1]!).line,
    },
    before,
  };
}

function findLast<T>(items: readonly T[], from: number, to: number, test: (item: T) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (test(items[i]!)) return i;
  return -1;
}
