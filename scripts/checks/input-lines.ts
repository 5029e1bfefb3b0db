/**
 * An input file as the fidelity check compares it: its decoded lines and, for a database
 * export, the layout the ingest read it with (the same `readExport`, so the two agree).
 */
import type { SourceFile } from '../ingest/core/source-file.ts';
import { readExport } from '../ingest/formats/index.ts';
import type { ExportLayout, InputLines } from './fidelity.ts';

export function inputLinesOf(source: SourceFile): InputLines {
  const parse = readExport(source);
  if (!parse) return { file: source.displayPath, lines: source.lines };
  const layout: ExportLayout = {
    documents: parse.documents.map((d) => [d.title, ...d.body].map(({ line, text }) => ({ line, text }))),
    roles: parse.roles,
  };
  return { file: source.displayPath, lines: source.lines, layout };
}
