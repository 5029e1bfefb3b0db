/**
 * An input file as the ingest's stages see it: numbered lines of text, and what reading it
 * reported. Shared by every stage and by the format modules (formats/), so it depends on
 * nothing else of the ingest.
 */
import type { Diagnostic } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the input file. */
  line: number;
  /** The line's text: no line terminator, control characters removed, otherwise verbatim. */
  text: string;
  /**
   * For lines extracted from markup (DOCX, RTF, HTML: formats/containers/), what held the
   * text: an HTML element's class list, a Word paragraph style. Never part of the text.
   */
  hint?: string;
}

export interface SourceFile {
  /** Absolute path on disk. */
  absPath: string;
  /** Stable name shown to users and written to provenance: `<input folder name>/<relative path>`. */
  displayPath: string;
  /** Section, from the folder the file sits in below the input folder (none at its top level). */
  section?: string;
  lines: SourceLine[];
  /** Size of the file in bytes. */
  bytes: number;
  diagnostics: Diagnostic[];
}

export interface InputFile {
  absPath: string;
  displayPath: string;
  section?: string;
}
