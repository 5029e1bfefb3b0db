/**
 * Checks the LexisNexis and ProQuest format tests share: reading a file as the ingest does,
 * and the promise behind every line role (a line that fills a metadata field has its value
 * in that field of that document).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportParse } from '../../../scripts/ingest/core/export-format.ts';
import { type SourceFile, sourceFromBytes } from '../../../scripts/ingest/read.ts';

/** A file as the ingest reads it (BOM, line ends, bad bytes handled by read.ts). */
export function readAsIngest(file: string, displayPath = path.basename(file)): SourceFile {
  return sourceFromBytes({ absPath: file, displayPath }, readFileSync(file));
}

/** Field roles whose document lacks the field, as `line: field` strings (none expected). */
export function emptyFieldRoles(parse: ExportParse): string[] {
  const out: string[] = [];
  for (const [line, role] of parse.roles) {
    if (role.kind !== 'field' || role.field === 'title') continue;
    if (parse.documents[role.document]?.metadata[role.field] === undefined)
      out.push(`${line}: ${role.field}`);
  }
  return out;
}

/** Lines that are never a headline: labels, markers, copyright and rights lines. */
export const NOT_A_TITLE =
  /^(Body|Length:|Byline:|All Rights Reserved|Copyright|Section:|Load-Date|End of Document|LENGTH:|BYLINE:|SECTION:|LOAD-DATE:|Full text:|Abstract:|Publication info:|Links:|Contact us at:|_{20,}|\d+ of \d+ DOCUMENTS?$|Document \d+ of \d+$)/i;

/** The diagnostics of a parse as `line code: message` strings. */
export const diagnosticLines = (parse: ExportParse): string[] =>
  parse.diagnostics.map((d) => `${d.line ?? '-'} ${d.code}: ${d.message}`);
