/**
 * The formats the ingest recognises by content, in the order they are tried, and the one
 * way a file is read as an export (`readExport`): the ingest and the fidelity check both
 * call it, so they agree on what every line of a file is.
 */
import type { Diagnostic } from '../core/diagnostics.ts';
import type { SourceFile, SourceLine } from '../core/source-file.ts';
import { accountLines } from './accounting.ts';
import { docxContainer } from './containers/docx.ts';
import { htmlContainer } from './containers/html.ts';
import { rtfContainer } from './containers/rtf.ts';
import { factivaHtmlFormat } from './factiva-html.ts';
import { factivaTextFormat } from './factiva-text.ts';
import { lexisNexisFormat } from './lexisnexis.ts';
import { nexisUniFormat } from './nexis-uni.ts';
import { proquestFormat } from './proquest.ts';
import type { ContainerFormat, ExportDocument, ExportFormat, ExportParse } from '../core/export-format.ts';

/** Export formats, most specific first (each one's `detect` is tried on the file's lines). */
export const EXPORT_FORMAT_MODULES: readonly ExportFormat[] = [
  nexisUniFormat,
  lexisNexisFormat,
  proquestFormat,
  factivaTextFormat,
  factivaHtmlFormat,
];

/** Containers whose text is extracted before any format reads it. */
export const CONTAINER_FORMATS: readonly ContainerFormat[] = [docxContainer, rtfContainer, htmlContainer];

/** The export format a file is in, judged by its content; undefined for plain text. */
export function detectExportFormat(
  lines: readonly SourceLine[],
  formats: readonly ExportFormat[] = EXPORT_FORMAT_MODULES,
): ExportFormat | undefined {
  return formats.find((format) => format.detect(lines));
}

/**
 * Reads a file as a database export when it is one. Every non-blank line ends up in a
 * document (headline or body), a metadata field or a named block: a line the format left
 * unaccounted for is put into the body of the document it sits in (or the nearest one) and
 * reported, so that no text is ever lost.
 */
export function readExport(
  source: SourceFile,
  formats: readonly ExportFormat[] = EXPORT_FORMAT_MODULES,
): ExportParse | undefined {
  const format = detectExportFormat(source.lines, formats);
  if (!format) return undefined;
  const parse = format.parse(source);
  const { unplaced } = accountLines(source, parse);
  if (unplaced.length === 0 || parse.documents.length === 0) return parse;
  const diagnostics: Diagnostic[] = [...parse.diagnostics];
  const documents = parse.documents.map((d) => ({ ...d, body: [...d.body] }));
  for (const line of unplaced) {
    const doc = documentAt(documents, line.line);
    doc.body.push(line);
    doc.body.sort((a, b) => a.line - b.line);
    diagnostics.push({
      severity: 'warning',
      code: 'unplaced-line',
      file: source.displayPath,
      line: line.line,
      message: `line not recognised as part of the ${format.label} layout; kept in the body of "${doc.title.text.trim().slice(0, 60)}"`,
    });
  }
  return { ...parse, documents, diagnostics };
}

/** The document whose lines surround `line`, else the last one before it, else the first. */
function documentAt(documents: ExportDocument[], line: number): ExportDocument {
  let best = documents[0]!;
  for (const doc of documents) {
    if (doc.startLine <= line) best = doc;
    if (doc.startLine <= line && line <= doc.endLine) return doc;
  }
  return best;
}
