/**
 * An article's date from what the article itself holds (docs/CONVENTIONS.md, "Dates"),
 * in this order: the export's date; a dateline or a date stated in full in the lede
 * (text-date.ts); the lede's relative words resolved against the export's date when that
 * is only a month or a year. What is left (relative words with nothing to resolve them
 * against) is kept as `dateClues` for the pass over the file's articles (neighbours.ts).
 */
import {
  isCalendarDate,
  precisionOf,
  sharedDate,
  type DateBasis,
  type DatePrecision,
} from '../../../src/shared/article-date.ts';
import { resolveClues } from './resolve-clues.ts';
import { ledeDates } from './text-date.ts';

/** The date fields of an article's frontmatter (article-schema.ts). */
export interface DateFields {
  date?: string;
  datePrecision?: DatePrecision;
  dateBasis?: DateBasis;
  dateEvidence?: string;
  dateAnchor?: string;
}

export interface ArticleDate extends DateFields {
  /** Relative words of the lede not yet resolved (the article has no date of its own). */
  dateClues?: string[];
}

export function dated(
  date: string,
  basis: DateBasis,
  more: { evidence?: string; anchor?: string } = {},
): DateFields {
  return {
    date,
    datePrecision: precisionOf(date),
    dateBasis: basis,
    ...(more.evidence ? { dateEvidence: more.evidence } : {}),
    ...(more.anchor ? { dateAnchor: more.anchor } : {}),
  };
}

/**
 * The date of one article: `exportDate` is the export's (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`, possibly with a time), `lede` its first paragraphs.
 */
export function articleDate(exportDate: string | undefined, lede: () => readonly string[]): ArticleDate {
  const stated = exportDate?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0];
  if (stated !== undefined && isCalendarDate(stated)) {
    if (precisionOf(stated) === 'day') return dated(stated, 'export');
    // A month or a year only: relative words of the lede may give the day, if it falls in it.
    const { clues } = ledeDates(lede());
    const resolved = clues.length > 0 ? resolveClues(clues, stated) : undefined;
    if (
      resolved !== undefined &&
      resolved.length > stated.length &&
      sharedDate(resolved, stated) === stated
    ) {
      return dated(resolved, 'relative', { evidence: clues[0]!, anchor: stated });
    }
    return dated(stated, 'export');
  }
  const { stated: text, clues } = ledeDates(lede());
  if (text) return dated(text.date, text.basis, { evidence: text.evidence });
  return clues.length > 0 ? { dateClues: clues } : {};
}
