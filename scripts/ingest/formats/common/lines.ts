/**
 * Line helpers the export formats share: blank lines, paragraphs (runs of non-blank
 * lines), and a field's value from its lines with white space collapsed.
 */
import type { SourceLine } from '../../core/source-file.ts';

/** Consecutive non-blank lines. */
export interface Paragraph {
  lines: SourceLine[];
}

/** Whether a line is blank (white space only, no-break spaces included). */
export const isBlank = (text: string): boolean => text.trim() === '';

/** The lines that are not blank, in order. */
export const nonBlankLines = (lines: readonly SourceLine[]): SourceLine[] =>
  lines.filter((l) => !isBlank(l.text));

/** Runs of white space (no-break spaces too) as one space, none at either end. */
export const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The lines' text as one value, white space collapsed. */
export const joinLines = (lines: readonly SourceLine[]): string =>
  collapse(lines.map((l) => l.text).join(' '));

/** The paragraphs of the lines, in order; blank lines only separate them. */
export function paragraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (isBlank(l.text)) {
      if (current.length > 0) out.push({ lines: current });
      current = [];
    } else current.push(l);
  }
  if (current.length > 0) out.push({ lines: current });
  return out;
}
