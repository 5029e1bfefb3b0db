/**
 * ProQuest's "text only" export: documents between lines of 60 underscores, each with
 * `Document N of M` when numbering was on, the title, `Publication info:`, the document's
 * URL, `Abstract:`, `Links:`, `Full text:` (the text, one paragraph a line, up to the
 * labelled fields), then `Subject:`, `Title:`, `Publication title:`, `Publication date:` …
 * `Database:`; after the last rule the database's footer (`Contact us at:`).
 *
 * Where the text ends is found from the end of the document backwards: the labelled fields
 * are the paragraphs at the end that start with a known label, so that a line of the text
 * that looks like a label (`CAPTION:`, `CREDIT:`) stays text.
 */
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import type { ExportFormat, ExportParse } from '../core/export-format.ts';
import { isWebAddress } from './common/document-fields.ts';
import { detectionLines, ExportParseState } from './common/parse-state.ts';
import { collapse, isBlank, nonBlankLines, paragraphs } from './common/lines.ts';
import { looksLabelled, type ProQuestLabelKind, proquestLabel } from './proquest-labels.ts';
import { readProQuestFields, type ProQuestBlock } from './proquest-fields.ts';

/** The rule between documents: 60 underscores (a few more or less are taken too). */
const RULE = /^_{40,}\s*$/;
const NUMBERED = /^\s*Document\s+(\d+)\s+of\s+(\d+)\s*$/i;
/** Labels that only a ProQuest export has near its start. */
const DETECT_KINDS = new Set<ProQuestLabelKind>([
  'publicationInfo',
  'body',
  'attachment',
  'documentId',
  'url',
  'abstract',
]);

function detect(lines: readonly SourceLine[]): boolean {
  let rule = false;
  const kinds = new Set<ProQuestLabelKind>();
  for (const l of detectionLines(lines)) {
    if (RULE.test(l.text)) rule = true;
    const label = proquestLabel(l.text);
    if (label && DETECT_KINDS.has(label.kind)) kinds.add(label.kind);
  }
  return rule && kinds.size >= 2;
}

/**
 * Blocks of labelled lines: a known label starts one, the lines below it continue it (a
 * `Subject:` over two lines). After a blank line only an abstract goes on; any other line
 * there (an unknown label) is a block of its own, so that it never lands in a field's value.
 */
function labelledBlocks(lines: readonly SourceLine[]): ProQuestBlock[] {
  const out: ProQuestBlock[] = [];
  let afterBlank = false;
  for (const l of lines) {
    if (isBlank(l.text)) {
      afterBlank = true;
      continue;
    }
    const label = proquestLabel(l.text);
    const last = out.at(-1);
    const goesOn =
      last !== undefined &&
      (last.kind === 'footer' || !afterBlank || last.kind === 'abstract') &&
      !(last.kind === 'url' && isWebAddress(last.value));
    afterBlank = false;
    if (label) out.push({ kind: label.kind, lines: [l], value: label.value });
    else if (isWebAddress(l.text.trim()) && last?.kind !== 'url') {
      out.push({ kind: 'url', lines: [l], value: l.text.trim() });
    } else if (goesOn && last.kind === 'footer') last.lines.push(l);
    else if (goesOn) {
      last.lines.push(l);
      last.value = collapse(`${last.value} ${l.text}`);
    } else out.push({ kind: 'classification', lines: [l], value: collapse(l.text) });
  }
  return out;
}

/** Where the labelled fields at the end start (a line index), not before `from`. */
function fieldsStart(lines: readonly SourceLine[], from: number): number {
  const paras = paragraphs(lines.slice(from));
  let k = paras.length;
  // Paragraphs that start like a label, known or not; the fields then start at the first known one.
  while (k > 0) {
    const first = paras[k - 1]!.lines[0]!;
    const label = proquestLabel(first.text);
    if (label?.kind === 'body') break;
    if (!label && !looksLabelled(first.text)) break;
    k--;
  }
  while (k < paras.length && !proquestLabel(paras[k]!.lines[0]!.text)) k++;
  const para = paras[k];
  return para ? lines.findIndex((l) => l.line === para.lines[0]!.line) : lines.length;
}

interface Segment {
  lines: SourceLine[];
  /** The rule above it, if any. */
  rule?: SourceLine;
}

function parse(source: SourceFile): ExportParse {
  const { lines } = source;
  const state = new ExportParseState(source.displayPath);
  const { documents, roles } = state;
  const warn = state.warn.bind(state);

  const segments: Segment[] = [{ lines: [] }];
  for (const l of lines) {
    if (RULE.test(l.text)) {
      state.block(l, 'marker');
      segments.push({ lines: [], rule: l });
    } else segments.at(-1)!.lines.push(l);
  }
  const counts: number[] = [];
  let firstNumbered: number | undefined;
  segments.forEach((segment, k) => {
    const nonBlank = nonBlankLines(segment.lines);
    if (nonBlank.length === 0) return;
    const kinds = new Set(nonBlank.map((l) => proquestLabel(l.text)?.kind));
    const isDocument =
      kinds.has('body') || kinds.has('publication') || kinds.has('documentId') || kinds.has('title');
    if (!isDocument) {
      // Before the first rule: the search's cover; after the last: the database's footer.
      state.block(nonBlank, k === 0 ? 'cover' : 'boilerplate');
      if (k > 0 && k < segments.length - 1)
        warn(nonBlank[0]!.line, 'a part between two rules that is no document: not read');
      return;
    }
    const index = documents.length;
    let rest = segment.lines;
    const numbered = NUMBERED.exec(nonBlank[0]!.text);
    if (numbered) {
      state.block(nonBlank[0]!, 'marker');
      counts.push(Number(numbered[2]));
      firstNumbered ??= nonBlank[0]!.line;
      rest = rest.slice(rest.indexOf(nonBlank[0]!) + 1);
    }
    const titleAt = rest.findIndex((l) => !isBlank(l.text));
    const titleLine = rest[titleAt]!;
    const hasTitleLine = !proquestLabel(titleLine.text);
    const from = hasTitleLine ? titleAt + 1 : titleAt;
    const bodyAt = rest.findIndex((l, i) => i >= from && proquestLabel(l.text)?.kind === 'body');
    const fieldsAt = fieldsStart(rest, bodyAt >= 0 ? bodyAt + 1 : from);
    const head = labelledBlocks(rest.slice(from, bodyAt >= 0 ? bodyAt : fieldsAt));
    const fields = labelledBlocks(rest.slice(fieldsAt));
    const body: SourceLine[] = [];
    if (bodyAt >= 0) {
      const marker = rest[bodyAt]!;
      const first = proquestLabel(marker.text)?.value ?? '';
      if (first !== '') body.push({ ...marker, text: first });
      else state.block(marker, 'marker');
      for (const l of rest.slice(bodyAt + 1, fieldsAt)) if (!isBlank(l.text)) body.push(l);
    }
    const where = segment.rule?.line ?? nonBlank[0]!.line;
    const read = readProQuestFields([...head, ...fields], {
      index,
      warn: (line, message) => warn(line, `document ${index + 1}: ${message}`),
      where,
      roles: state,
    });
    let title: SourceLine | undefined = hasTitleLine
      ? { ...titleLine, text: collapse(titleLine.text) }
      : undefined;
    if (!title && read.titleBlock) {
      title = { ...read.titleBlock.lines[0]!, text: read.titleBlock.value };
      state.clear(read.titleBlock.lines[0]!);
      warn(title.line, `document ${index + 1}: no title above the fields: the title is the \`Title:\` field`);
    }
    if (bodyAt < 0) {
      if (read.abstractBlock) {
        // A record without its text: the abstract is all there is to read.
        const [first, ...others] = read.abstractBlock.lines;
        body.push({ ...first!, text: read.abstractBlock.firstValue }, ...others);
        state.clear(read.abstractBlock.lines);
        delete read.metadata.abstract;
        warn(first!.line, `document ${index + 1}: no \`Full text:\`: the abstract is the text`);
      } else warn(where, `document ${index + 1}: no \`Full text:\``);
    }
    if (!title) {
      const first = body.shift();
      if (!first) {
        state.block(nonBlank, 'boilerplate');
        warn(where, `document ${index + 1}: no title and no text: not read`);
        return;
      }
      title = { ...first, text: collapse(first.text) };
      warn(first.line, `document ${index + 1}: no title: the first line of the text is the title`);
    }
    // The `Title:` field repeats the headline; where its value is not the headline as shown
    // (ProQuest sometimes writes the subtitle twice), it is the database's index entry.
    const titleField = read.titleBlock;
    if (titleField && roles.has(titleField.lines[0]!.line) && collapse(titleField.value) !== title.text) {
      state.block(titleField.lines, 'classification');
    }
    if (body.length === 0) warn(title.line, `document ${index + 1}: no text`);
    documents.push({
      title,
      body,
      metadata: read.metadata,
      startLine: where,
      endLine: nonBlank.at(-1)!.line,
    });
  });

  const stated = counts.length > 0 ? Math.max(...counts) : undefined;
  if (stated !== undefined && new Set(counts).size > 1) {
    warn(
      firstNumbered ?? 1,
      `the \`Document N of M\` lines state different counts (${[...new Set(counts)].join(', ')})`,
      'document-count',
    );
  }
  return state.result('proquest', stated, {
    line: firstNumbered ?? 1,
    message: `the export states ${stated} documents; ${documents.length} read`,
  });
}

/** ProQuest's "text only" export (60-underscore rules, `Full text:`, labelled fields). */
export const proquestFormat: ExportFormat = {
  name: 'proquest',
  label: 'ProQuest (text only)',
  detect,
  parse,
};
