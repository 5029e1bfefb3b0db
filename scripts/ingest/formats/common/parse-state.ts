/**
 * What every format's parse collects as it reads a file, in one place: the role of each
 * line that is neither headline nor body, the warnings with their lines, the documents, and
 * the ExportParse made of them. Made anew for each parse, so the formats stay pure
 * functions of their lines; and the first lines that detect() judges a file by.
 */
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceLine } from '../../core/source-file.ts';
import type {
  BlockName,
  ExportDocument,
  ExportFormatName,
  ExportParse,
  LineRole,
  MetadataField,
} from '../../core/export-format.ts';
import { isBlank } from './lines.ts';

/** How many non-blank lines detect() reads: a format is told by its first lines alone. */
const DETECT_LINES = 100;

/** The first non-blank lines of a file, which detect() judges it by. */
export function detectionLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    out.push(l);
    if (out.length >= DETECT_LINES) break;
  }
  return out;
}

/** The diagnostics a format reports: its layout, and the count of documents it states. */
export type ExportWarning = Extract<Diagnostic['code'], 'export-structure' | 'document-count'>;

const linesOf = (lines: SourceLine | readonly SourceLine[]): readonly SourceLine[] =>
  'line' in lines ? [lines as SourceLine] : (lines as readonly SourceLine[]);

/** Roles of lines, set by one document's (or the file's) reading. */
export class LineRoles {
  /** Line number → role. */
  readonly roles: Map<number, LineRole>;

  constructor(roles: Map<number, LineRole> = new Map()) {
    this.roles = roles;
  }

  /** The lines are a block that is not article text. */
  block(lines: SourceLine | readonly SourceLine[], block: BlockName): void {
    for (const l of linesOf(lines)) this.roles.set(l.line, { kind: 'block', block });
  }

  /** The lines have no role (they turned out to be a headline or text after all). */
  clear(lines: SourceLine | readonly SourceLine[]): void {
    for (const l of linesOf(lines)) this.roles.delete(l.line);
  }

  /** The lines fill a metadata field of document `document`. */
  field(lines: SourceLine | readonly SourceLine[], field: MetadataField, document: number): void {
    for (const l of linesOf(lines)) this.roles.set(l.line, { kind: 'field', field, document });
  }
}

/** One parse of one file: roles, warnings, documents. */
export class ExportParseState extends LineRoles {
  /** The file as shown to users. */
  readonly file: string;
  readonly diagnostics: Diagnostic[] = [];
  readonly documents: ExportDocument[] = [];

  constructor(file: string) {
    super();
    this.file = file;
  }

  /** A warning about the file, at its line when there is one. */
  warn(line: number | undefined, message: string, code: ExportWarning = 'export-structure'): void {
    const at = line === undefined ? {} : { line };
    this.diagnostics.push({ severity: 'warning', code, file: this.file, ...at, message });
  }

  /**
   * The parse read: its documents, the count the export states (if it does), roles,
   * warnings; when the stated count is not the number read, the format's `countWarning`
   * (a `document-count` warning) is added.
   */
  result(
    format: ExportFormatName,
    statedDocuments?: number,
    countWarning?: { line: number | undefined; message: string },
  ): ExportParse {
    if (statedDocuments !== undefined && statedDocuments !== this.documents.length && countWarning)
      this.warn(countWarning.line, countWarning.message, 'document-count');
    return {
      format,
      documents: this.documents,
      ...(statedDocuments !== undefined ? { statedDocuments } : {}),
      roles: this.roles,
      diagnostics: this.diagnostics,
    };
  }
}
