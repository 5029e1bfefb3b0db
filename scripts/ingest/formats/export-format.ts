/**
 * What a database-export format module gives the ingest: the documents of one file, each
 * with its headline, body lines and metadata, and the role of every other non-blank line
 * (a metadata field the page shows, or a named block that is not article text).
 *
 * One module per format (formats/*.ts), each pure: lines in, documents out. Container
 * formats (DOCX, RTF, HTML) are first turned into lines by a decoder in formats/containers/,
 * so the fidelity check can compare their text with the pages like any other input.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceFile, SourceLine } from '../read.ts';

/** The export formats the ingest recognises by content. */
export type ExportFormatName =
  | 'nexis-uni'
  | 'lexisnexis'
  | 'factiva-text'
  | 'factiva-html'
  | 'proquest';

/** A name the database gives an article (subject, person, place …), with its relevance. */
export interface Term {
  name: string;
  /** Relevance in percent (0–100) when the export states one (Nexis: `Subject: X (89%)`). */
  relevance?: number;
}

/** Metadata of one document, as the export states it. Every field is optional. */
export interface DocumentMetadata {
  /** Publication (newspaper, agency, site): becomes the article's source. */
  publication?: string;
  /**
   * Publication date: `YYYY-MM-DD`, or with the time when the export gives one:
   * `YYYY-MM-DDTHH:MM` plus `:SS` when stated and `Z` or `±HH:MM` when the zone is known.
   */
  date?: string;
  /** The authors, one name each (from the byline, without "By" and affiliations). */
  authors?: string[];
  /** The byline as stated. */
  byline?: string;
  section?: string;
  page?: string;
  edition?: string;
  /** The dateline (`DUSHANBE, Oct. 18`) as stated. */
  dateline?: string;
  /** The word count the export states. */
  statedWordCount?: number;
  /** BCP-47 language code, lower case (`en`, `de`, `ko`), when the export states it. */
  language?: string;
  subjects?: Term[];
  organisations?: Term[];
  persons?: Term[];
  places?: Term[];
  industries?: Term[];
  /** The database's own id of the document (Factiva AN, ProQuest document ID …). */
  documentId?: string;
  /** The document's URL at the database or publisher (http or https only). */
  url?: string;
  /** The day the database loaded the document (`YYYY-MM-DD`). */
  loadDate?: string;
  /** The copyright line, verbatim. */
  copyright?: string;
  /** Highlight, abstract or lead text the export gives apart from the body. */
  abstract?: string;
  /** Publication type or document type as stated (`Newspaper`, `Web Publication`). */
  documentType?: string;
}

export type MetadataField = keyof DocumentMetadata | 'title';

/** Named parts of an export that are not article text. */
export type BlockName =
  /** The export's cover page: date and time, job number, result list, search terms. */
  | 'cover'
  /** The database's classification: language, subjects, persons, places, load date. */
  | 'classification'
  /** A line that marks structure only: `Body`, `End of Document`, `Document 3 of 20`, separators. */
  | 'marker'
  /** Graphics, captions and links the database adds beside the text. */
  | 'attachment'
  /** The database's own footer (contact addresses, terms of use). */
  | 'boilerplate';

/** What a non-blank line that is not headline or body text is. */
export type LineRole =
  /** A metadata line: the page shows this field of the document (named in `document`). */
  | { kind: 'field'; field: MetadataField; document: number }
  /** A line of a block that is not article text. */
  | { kind: 'block'; block: BlockName };

export interface ExportDocument {
  /** The headline line. */
  title: SourceLine;
  /** Body lines in order (one paragraph each), blank lines left out. */
  body: SourceLine[];
  metadata: DocumentMetadata;
  /** First and last line of the document in the file (for provenance). */
  startLine: number;
  endLine: number;
}

export interface ExportParse {
  format: ExportFormatName;
  documents: ExportDocument[];
  /** The number of documents the export itself states (`Documents (30)`, `Document 1 of 374`). */
  statedDocuments?: number;
  /**
   * The role of every non-blank line that is neither a document's headline nor in its body,
   * by line number. Together with the documents it must cover every non-blank line.
   */
  roles: Map<number, LineRole>;
  /** Problems with file:line: a document that does not parse cleanly is still read. */
  diagnostics: Diagnostic[];
}

export interface ExportFormat {
  name: ExportFormatName;
  /** A human name for summaries and the README (`Nexis Uni`). */
  label: string;
  /** Whether the file is in this format, judged by its content (its first lines) alone. */
  detect(lines: readonly SourceLine[]): boolean;
  parse(source: SourceFile): ExportParse;
}

/**
 * A file format that holds text inside markup (DOCX, RTF, HTML), turned into lines before
 * any export format reads it. For such files a "line" is one extracted text line (a
 * paragraph, a table cell, a heading …), numbered 1, 2, 3 … in document order: that number
 * is what diagnostics and provenance call the line.
 */
export interface ContainerFormat {
  name: 'docx' | 'rtf' | 'html';
  /** Whether the bytes are of this container (magic bytes, or markup at the start). */
  sniff(bytes: Uint8Array): boolean;
  /**
   * The text lines, in document order, each with a `hint` naming what held it where the
   * markup says (an HTML element's class list, a Word paragraph style), and every repair or
   * doubt as a diagnostic (a declared charset that the bytes contradict, say).
   */
  decode(bytes: Uint8Array, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] };
}
