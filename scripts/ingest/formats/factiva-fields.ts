/**
 * Values of Factiva's fields, shared by the labelled text (factiva-text.ts) and the HTML
 * export (factiva-html.ts): the accession number, and the publication date and time in the
 * interface language of the export, read by the strict date parser (common/dates.ts) in the
 * shapes Factiva writes them: a date alone on its line (`13 November 2017`, `9 Januar 1993`,
 * `2018 年 10 月 7 日`; a time on the line is no date of Factiva's), and a time alone
 * (`06:04 GMT`, `00:00:37`). A date without its day (`April 2000`) is not a date here: no
 * day is ever invented.
 */
import { isoTime } from './common/clock.ts';
import { isoDate, matchDate, readTime } from './common/dates.ts';

/** What a Factiva date line says: a full date, or that it names only a month. */
export interface FactivaDate {
  /** `YYYY-MM-DD` when the text is a full date. */
  date?: string;
  /** True when the text is a month and year without a day (`April 2000`): no date, on purpose. */
  monthOnly?: boolean;
}

/** Reads a Factiva date line (`PD`, or the date `<div>` of the HTML export). */
export function parseFactivaDate(text: string): FactivaDate {
  const m = matchDate(text);
  if (!m || m.rest.trim() !== '') return {};
  const date = isoDate(m.date);
  if (date !== undefined) return { date };
  return m.date.month !== undefined ? { monthOnly: true } : {};
}

/** Factiva writes a time `HH:MM` or `HH:MM:SS`, then its zone, if any. */
const FACTIVA_TIME = /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|[+-]|$)/u;

/**
 * Reads a Factiva time (`ET` `06:04 GMT`, or `00:00:37` in the HTML export) as the part of
 * an ISO date-time after the `T`: `06:04Z`, `00:00:37`. A zone is added only when it is
 * stated and known (not `ET`, whose offset depends on the day); undefined when the text is
 * not a time.
 */
export function parseFactivaTime(text: string): string | undefined {
  const time = FACTIVA_TIME.test(text) ? readTime(text) : undefined;
  return time && isoTime(time);
}

/** Whether a line is a time of day as Factiva writes one (the HTML export's unlabelled `ET`). */
export function isFactivaTime(text: string): boolean {
  return parseFactivaTime(text) !== undefined;
}

/** `Document gmes000020010810dw47004yg`, `Dokument NYTF000020050408dp1900j9s` (any interface language). */
const ACCESSION = /^\s*\p{L}+\s+([A-Za-z0-9]{16,40})\s*$/u;

/** Factiva's accession number from its `Document …` line, or undefined. */
export function accessionNumber(text: string): string | undefined {
  return ACCESSION.exec(text)?.[1];
}
