/**
 * Nexis Uni (LexisNexis) exports, as TXT or as DOCX decoded into lines (containers/docx.ts):
 * an optional cover page (`Date and Time:`, `Job Number:`, `Documents (N)`, the result list,
 * the search), then documents each closed by `End of Document`, then the page furniture some
 * conversions leave at the end (`| About LexisNexis | …`, `Page 5 of 28` with the headline).
 *
 * Documents are cut at `End of Document` only, so a double blank line inside an article
 * never ends anything, and the first document is read from the cover's end like the others.
 * The same document exported twice stays two documents here (the ingest merges them).
 */
import type { SourceLine } from '../core/source-file.ts';
import { detectionLines, ExportParseState } from './common/parse-state.ts';
import { parseDocument } from './nexis-uni/document.ts';
import type { ExportFormat, ExportParse } from '../core/export-format.ts';
import { isBodyMarker, isCoverStart, isEndOfDocument, parseLabel, statedCount } from './nexis-uni/labels.ts';
import { isBlank, nonBlankLines } from './common/lines.ts';

/** How far (non-blank lines) before `Body` a document's labels stand. */
const LABELS_BEFORE_BODY = 15;

/** Labels that stand before `Body` in every Nexis Uni document that has them. */
const HEAD_KINDS = new Set(['length', 'section', 'byline', 'dateline', 'highlight']);

function detect(lines: readonly SourceLine[]): boolean {
  const sample = detectionLines(lines).map((l) => l.text);
  // The cover page: `Date and Time:` with `Job Number:` or `Documents (N)` at the top.
  const top = sample.slice(0, 10);
  const hasDateAndTime = top.some((t) => /^(?:date and time|datum und uhrzeit):/iu.test(t.trim()));
  if (hasDateAndTime && top.filter(isCoverStart).length >= 2) return true;
  // A document without the cover: a head label (with its no-break space) shortly before `Body`.
  return sample.some((t, i) => {
    if (!isBodyMarker(t)) return false;
    for (let j = Math.max(0, i - LABELS_BEFORE_BODY); j < i; j++) {
      const label = parseLabel(sample[j]!);
      if (label?.known && label.nbsp && HEAD_KINDS.has(label.kind)) return true;
    }
    return false;
  });
}

function parse(source: { displayPath: string; lines: SourceLine[] }): ExportParse {
  const lines = source.lines;
  const state = new ExportParseState(source.displayPath);
  const { documents } = state;
  const warn = state.warn.bind(state);

  // The documents: each up to its `End of Document`.
  const segments: { lines: SourceLine[]; end?: SourceLine }[] = [];
  let from = 0;
  lines.forEach((l, i) => {
    if (!isEndOfDocument(l.text)) return;
    segments.push({ lines: lines.slice(from, i), end: l });
    from = i + 1;
  });
  // After the last one: page furniture, unless a document lost its `End of Document`.
  const rest = lines.slice(from);
  const restIsDocument = rest.some((l) => isBodyMarker(l.text)) || segments.length === 0;
  if (restIsDocument && rest.some((l) => !isBlank(l.text))) {
    segments.push({ lines: rest });
    const last = rest.findLast((l) => !isBlank(l.text));
    warn(last?.line, 'the last document has no "End of Document" line');
  }

  let stated: number | undefined;
  let statedAt: number | undefined;
  segments.forEach((segment, s) => {
    const parsed = parseDocument(
      segment.lines,
      segment.end,
      documents.length,
      { afterCover: s === 0 },
      state,
    );
    if (!parsed) {
      // An `End of Document` with nothing before it: a marker, and no document.
      if (segment.end) {
        state.block(segment.end, 'marker');
        warn(segment.end.line, '"End of Document" without a document before it');
      }
      return;
    }
    for (const l of parsed.before) {
      const count = stated === undefined ? statedCount(l.text) : undefined;
      if (count !== undefined) [stated, statedAt] = [count, l.line];
    }
    documents.push(parsed.document);
  });
  if (!restIsDocument) {
    state.block(nonBlankLines(rest), 'boilerplate');
  }

  return state.result('nexis-uni', stated, {
    line: statedAt,
    message: `the export states ${stated} documents (cover page), ${documents.length} were read`,
  });
}

/** Nexis Uni: TXT exports, and DOCX exports once decoded into lines. */
export const nexisUniFormat: ExportFormat = {
  name: 'nexis-uni',
  label: 'Nexis Uni',
  detect,
  parse,
};
