/**
 * Factiva's labelled text: the RTF export (formats/containers/rtf.ts) or that export saved
 * as text. Each field is a label on its own line (`HD`, `WC`, `PD` …; indented, or not
 * after a page break) and its value on the lines below, up to the next label; another RTF
 * converter writes the table row as `HD| value|` on one line, which is read the same way.
 * A document runs from its `HD` to its `AN` (`Document gmes000020010810dw47004yg`); form
 * feeds stand between documents (read.ts removes them: the labels are what counts).
 *
 * Fields: HD headline; LP lead paragraphs and TD text (both the article's body, in order);
 * BY byline; SE section (CLM column when there is no SE); WC word count; PD date and ET
 * its time; SN publication; ED edition; PG page; LA language; CY copyright; CO, IN, NS, RE
 * companies, industries, subjects and regions (`code : Name | …`, the names as terms);
 * AN the accession number. CR credit, SC source code, VOL, RF, CT, IPC, IPD, PUB are
 * classification; ART (captions) an attachment. Label lines themselves are markers.
 * A label is known by name only (a whitelist): body text never starts a field. A value that
 * looks like a label (a source code `IN`) is told from one by what follows it. SE and CLM
 * may stand before the HD they belong to.
 */
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import type { BlockName, DocumentMetadata, ExportFormat, ExportParse, Term } from '../core/export-format.ts';
import { DocumentFields, type TermField, type TextField } from './common/document-fields.ts';
import { nonBlankLines } from './common/lines.ts';
import { detectionLines, ExportParseState } from './common/parse-state.ts';
import { parseCodeTerms } from './common/terms.ts';
import { wordCount } from './common/word-count.ts';
import { accessionNumber, parseFactivaDate, parseFactivaTime } from './factiva-fields.ts';

type LabelKind =
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'text'; field: TextField }
  | { kind: 'terms'; field: TermField }
  | { kind: 'column' | 'words' | 'date' | 'time' | 'language' | 'accession' }
  | { kind: 'block'; block: BlockName };

const text = (field: TextField): LabelKind => ({ kind: 'text', field });
const terms = (field: TermField): LabelKind => ({ kind: 'terms', field });
const BODY: LabelKind = { kind: 'body' };
const CLASSIFICATION: LabelKind = { kind: 'block', block: 'classification' };

const LABELS: Record<string, LabelKind> = {
  HD: { kind: 'title' },
  LP: BODY,
  TD: BODY,
  BY: text('byline'),
  SE: text('section'),
  CLM: { kind: 'column' },
  WC: { kind: 'words' },
  PD: { kind: 'date' },
  ET: { kind: 'time' },
  SN: text('publication'),
  ED: text('edition'),
  PG: text('page'),
  LA: { kind: 'language' },
  CY: text('copyright'),
  CO: terms('organisations'),
  IN: terms('industries'),
  NS: terms('subjects'),
  RE: terms('places'),
  AN: { kind: 'accession' },
  // Credit, source code, volume, references, the database's codes: classification.
  ...Object.fromEntries(['CR', 'SC', 'VOL', 'RF', 'CT', 'IPC', 'IPD', 'PUB'].map((l) => [l, CLASSIFICATION])),
  ART: { kind: 'block', block: 'attachment' },
};

const BARE_LABEL = /^\s*([A-Z]{2,3})\s*$/;
/** `HD| value|`, also with a pipe before the label (`|HD| value|`), as table converters write rows. */
const PIPE_LABEL = /^\s*\|?\s*([A-Z]{2,3})\s*\|(.*)$/s;

interface LabelLine {
  label: string;
  /** The pipe form's value on the label's own line (without the label and a closing `|`). */
  inline?: SourceLine;
}

/** The label a line is, when it is one. */
function labelLine(line: SourceLine): LabelLine | undefined {
  const bare = BARE_LABEL.exec(line.text);
  if (bare && LABELS[bare[1]!]) return { label: bare[1]! };
  const pipe = PIPE_LABEL.exec(line.text);
  if (pipe && LABELS[pipe[1]!])
    return { label: pipe[1]!, inline: { line: line.line, text: pipe[2]!.replace(/\|\s*$/, '') } };
  return undefined;
}

interface Entry {
  label: string;
  /** The label's own line (for the pipe form, the line that also holds the first value). */
  labelLine: SourceLine;
  values: SourceLine[];
}

interface RawDocument {
  entries: Entry[];
  /** Lines of the pipe form that close a cell and hold nothing else (`|`). */
  markers: SourceLine[];
}

const DETECT_FIELDS = new Set(['WC', 'PD', 'SN', 'SC', 'LA', 'CY', 'LP', 'TD', 'AN', 'BY']);

/** Labelled text: an `HD` label and at least three of the fields every Factiva document has. */
function detect(lines: readonly SourceLine[]): boolean {
  const seen = new Set<string>();
  for (const line of detectionLines(lines)) {
    const label = labelLine(line)?.label;
    if (label) seen.add(label);
  }
  return seen.has('HD') && [...seen].filter((l) => DETECT_FIELDS.has(l)).length >= 3;
}

/** Groups the lines into documents of label entries; lines outside any document are the cover. */
function groupDocuments(lines: readonly SourceLine[]): { documents: RawDocument[]; outside: SourceLine[] } {
  const documents: RawDocument[] = [];
  const outside: SourceLine[] = [];
  const nonBlank = nonBlankLines(lines);
  let doc: RawDocument | undefined;
  let entry: Entry | undefined;
  let ended = false;
  nonBlank.forEach((line, i) => {
    let label = labelLine(line);
    // A bare label still waiting for its value, then a label-shaped line, then another label:
    // the middle line is the value (Factiva's press releases have the source code `PR`,
    // others `IN`); followed by a value, it is a label and the first one was left empty.
    const awaiting = entry !== undefined && entry.values.length === 0 && entry.labelLine === nonBlank[i - 1];
    if (label && !label.inline && awaiting) {
      const after = nonBlank[i + 1];
      if (after === undefined || labelLine(after)) label = undefined;
    }
    if (label) {
      // A document ends with its accession number (AN); a second headline starts the next one
      // even when the AN is missing. Labels before the headline (SE, CLM) belong to it.
      if (!doc || ended || (label.label === 'HD' && doc.entries.some((e) => e.label === 'HD'))) {
        doc = { entries: [], markers: [] };
        documents.push(doc);
        ended = false;
      }
      entry = { label: label.label, labelLine: line, values: label.inline ? [label.inline] : [] };
      doc.entries.push(entry);
      return;
    }
    if (!doc || !entry || ended) {
      outside.push(line);
      return;
    }
    const closesCell =
      /\|\s*$/.test(line.text) && entry.labelLine !== line && PIPE_LABEL.test(entry.labelLine.text);
    if (closesCell && /^\s*\|\s*$/.test(line.text)) doc.markers.push(line);
    else entry.values.push(closesCell ? { line: line.line, text: line.text.replace(/\|\s*$/, '') } : line);
    if (entry.label === 'AN' && entry.values.length > 0) ended = true;
  });
  return { documents, outside };
}

const joined = (lines: readonly SourceLine[]): string =>
  lines
    .map((l) => l.text.trim())
    .filter((t) => t !== '')
    .join(' ');

function parse(source: SourceFile): ExportParse {
  const state = new ExportParseState(source.displayPath);
  const { documents } = state;
  const warn = (line: number, message: string): void => state.warn(line, message);
  const { documents: raw, outside } = groupDocuments(source.lines);
  state.block(outside, 'cover');

  for (const rawDoc of raw) {
    const metadata: DocumentMetadata = {};
    const doc = new DocumentFields(metadata, documents.length, state, warn);
    const field = doc.field.bind(doc);
    const block = doc.block.bind(doc);
    const body: SourceLine[] = [];
    let title: SourceLine | undefined;
    let time: { value: string; lines: SourceLine[] } | undefined;
    const dateLines: SourceLine[] = [];
    const first = rawDoc.entries[0]!;
    if (!rawDoc.entries.some((e) => e.label === 'HD')) {
      warn(first.labelLine.line, 'a Factiva document without its HD (headline) label');
    }
    for (const line of rawDoc.markers) block(line, 'marker');

    for (const entry of rawDoc.entries) {
      const rule = LABELS[entry.label]!;
      const { values } = entry;
      // The label's own line is a marker, unless (pipe form) it also holds the first value.
      if (values[0]?.line !== entry.labelLine.line) block(entry.labelLine, 'marker');
      const value = joined(values);
      const asBlock = (b: BlockName): void => block(values, b);
      const asField = (f: keyof DocumentMetadata): void => field(values, f);
      switch (rule.kind) {
        case 'title':
          if (title || values.length === 0) body.push(...values);
          else {
            title = values[0]!;
            // A headline over several lines: the first is the headline, the rest are text.
            body.push(...values.slice(1));
          }
          if (values.length > 1)
            warn(values[1]!.line, 'the headline (HD) runs over several lines; the rest is kept as text');
          break;
        case 'body':
          body.push(...values);
          break;
        case 'text':
          if (rule.field === 'byline') doc.byline(value, values);
          else doc.text(rule.field, value, values);
          break;
        case 'column':
          if (
            metadata.section === undefined &&
            value !== '' &&
            !rawDoc.entries.some((e) => e.label === 'SE')
          ) {
            metadata.section = value;
            asField('section');
          } else asBlock('classification');
          break;
        case 'terms': {
          const terms: Term[] = values.flatMap((l) => parseCodeTerms(l.text));
          if (terms.length > 0) metadata[rule.field] = [...(metadata[rule.field] ?? []), ...terms];
          if (terms.length > 0) asField(rule.field);
          else asBlock('classification');
          break;
        }
        case 'words': {
          const words = wordCount(value);
          if (words === undefined) {
            if (values[0]) warn(values[0].line, `not a word count: "${value}"`);
            asBlock('classification');
          } else {
            metadata.statedWordCount = words;
            asField('statedWordCount');
          }
          break;
        }
        case 'date': {
          const parsed = parseFactivaDate(value);
          if (parsed.date) {
            metadata.date = parsed.date;
            dateLines.push(...values);
          } else {
            if (values[0])
              warn(
                values[0].line,
                parsed.monthOnly ? `a date without its day: "${value}"` : `not a date: "${value}"`,
              );
            asBlock('classification');
          }
          break;
        }
        case 'time': {
          const parsed = parseFactivaTime(value);
          if (parsed) time = { value: parsed, lines: values };
          else asBlock('classification');
          break;
        }
        case 'language':
          doc.language(value, values);
          break;
        case 'accession': {
          const id = accessionNumber(value);
          if (id) {
            metadata.documentId = id;
            asField('documentId');
          } else asBlock('classification');
          break;
        }
        case 'block':
          asBlock(rule.block);
          break;
      }
    }
    for (const line of dateLines) field(line, 'date');
    if (time) {
      if (metadata.date) {
        metadata.date = `${metadata.date}T${time.value}`;
        for (const line of time.lines) field(line, 'date');
      } else for (const line of time.lines) block(line, 'classification');
    }
    body.sort((a, b) => a.line - b.line);
    if (!title) {
      // No headline: the first line of text stands in for it, so the article is still read.
      title = body.shift();
      if (title) warn(title.line, 'no headline (HD): the first line of the text is taken as the title');
    }
    const allLines = [...rawDoc.entries.flatMap((e) => [e.labelLine, ...e.values]), ...rawDoc.markers];
    // (A loop, not Math.min(...lines): a document of many thousand lines would overflow the call.)
    let startLine = Infinity;
    let endLine = -Infinity;
    for (const l of allLines) {
      startLine = Math.min(startLine, l.line);
      endLine = Math.max(endLine, l.line);
    }
    if (!title) {
      // Labels without any text: nothing to make an article of; the lines keep their roles.
      warn(startLine, 'a Factiva document with neither headline nor text; not read as an article');
      for (const line of allLines)
        if (state.roles.get(line.line)?.kind === 'field') block(line, 'classification');
      continue;
    }
    if (body.length === 0) warn(startLine, 'a Factiva document without text (no LP or TD)');
    documents.push({ title, body, metadata, startLine, endLine });
  }
  if (documents.length === 0) state.warn(undefined, 'no Factiva document found');
  return state.result('factiva-text');
}

/** Factiva's labelled text export (from its RTF download). */
export const factivaTextFormat: ExportFormat = {
  name: 'factiva-text',
  label: 'Factiva (labelled text)',
  detect,
  parse,
};
