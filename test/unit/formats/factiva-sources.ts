/**
 * Sources for the Factiva format tests: a file's lines as the ingest will read them — text
 * through read.ts, HTML and RTF through their container's decoder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportParse } from '../../../scripts/ingest/core/export-format.ts';
import { htmlContainer } from '../../../scripts/ingest/formats/containers/html.ts';
import { rtfContainer } from '../../../scripts/ingest/formats/containers/rtf.ts';
import type { SourceFile, SourceLine } from '../../../scripts/ingest/read.ts';
import { sourceFromBytes } from '../../../scripts/ingest/read.ts';
import { FIXTURES } from '../../helpers/paths.ts';

export const EXPORT_FIXTURES = path.join(FIXTURES, 'exports');

/** A file as the ingest reads it: containers decoded, other files as text. */
export function sourceOf(absPath: string, displayPath = path.basename(absPath)): SourceFile {
  const bytes = readFileSync(absPath);
  for (const container of [htmlContainer, rtfContainer]) {
    if (container.sniff(bytes)) {
      const { lines, diagnostics } = container.decode(bytes, displayPath);
      return { absPath, displayPath, lines, bytes: bytes.length, diagnostics };
    }
  }
  return sourceFromBytes({ absPath, displayPath }, bytes);
}

/** A fixture of test/fixtures/exports/. */
export const fixture = (relative: string): SourceFile =>
  sourceOf(path.join(EXPORT_FIXTURES, relative), relative);

/** Lines of a small text made in a test. */
export function linesOf(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}

/** A source made of lines (for hand-made line lists, e.g. with hints). */
export function sourceOfLines(lines: SourceLine[], displayPath = 'test.txt'): SourceFile {
  return { absPath: `/${displayPath}`, displayPath, lines, bytes: 0, diagnostics: [] };
}

/** The lines a parse calls metadata fields whose field the document does not have (should be none). */
export function emptyFieldLines(parse: ExportParse): number[] {
  const empty: number[] = [];
  for (const [line, role] of parse.roles) {
    if (role.kind !== 'field') continue;
    const doc = parse.documents[role.document];
    if (!doc || (role.field !== 'title' && doc.metadata[role.field] === undefined)) empty.push(line);
  }
  return empty;
}
