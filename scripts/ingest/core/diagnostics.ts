/**
 * Diagnostics: every warning or error the ingest reports names the input file and line.
 */
export type Severity = 'error' | 'warning' | 'info';

/** What kind of problem a diagnostic is about (summaries group by it). */
export type DiagnosticCode =
  | 'input-missing'
  | 'skipped-file'
  | 'binary-file'
  | 'invalid-utf8'
  | 'utf16-file'
  | 'control-characters'
  | 'empty-file'
  | 'empty-article'
  | 'footer-as-title'
  | 'malformed-footer'
  | 'separator-without-footer'
  | 'no-final-footer'
  | 'footer-without-publisher'
  | 'duplicate-article'
  /** A file in a database-export format that does not parse cleanly (still read). */
  | 'export-structure'
  /** The export states a number of documents other than the number read. */
  | 'document-count'
  /** The charset a file declares is not the one its bytes are in. */
  | 'charset'
  /** A file in a container format (DOCX, RTF, HTML) that could not be opened. */
  | 'unreadable-file'
  /** A non-blank line that no part of the file's format accounts for. */
  | 'unplaced-line'
  /** A document exported twice: one article, both provenances. */
  | 'duplicate-document'
  | 'registry';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Input file, as shown to the user (relative to the input root). */
  file: string;
  /** 1-based line number, when the problem has one. */
  line?: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

/** Thrown for input that cannot be turned into articles at all; carries the diagnostic. */
export class InputError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'InputError';
    this.diagnostic = diagnostic;
  }
}
