/**
 * The date an article states at its very start. Articles in the dumps carry no publication
 * date, but many news reports open with one: a dateline (`DUSHANBE, 17 October 2022 —`) or
 * a lede that begins with the day (`On 17 October 2022 the minister …`). Only that is taken,
 * and only when it is a full day, month and year with the month written out, so a date in
 * the middle of the text (a past event, an anniversary) or a bare weekday never becomes the
 * article's date. English month names only (chrono-node's English parser, day-first).
 */
import * as chrono from 'chrono-node';

/** What may stand before the date: nothing, or a dateline place (`DUSHANBE, `, `London, `). */
const DATELINE_PREFIX = /^(?:[\p{Lu}][\p{L}\p{M} .'’-]{0,40},\s*)?$/u;
const LEADING_ON = /^on\s+/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when `opening` begins with a full written date, else undefined. */
export function openingDate(opening: string): string | undefined {
  // The date must sit in the first 100 characters; most openings hold no year there at
  // all, and skipping those keeps the parser off the hot path of large archives.
  const text = opening.trim().slice(0, 100);
  if (!/\d{4}/.test(text)) return undefined;
  const first = chrono.en.GB.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })[0];
  if (!first) return undefined;
  if (!DATELINE_PREFIX.test(text.slice(0, first.index))) return undefined;
  const { start } = first;
  if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return undefined;
  // A written month, not 17.10.2022 or 10/17/2022 (ambiguous between day-first and month-first).
  if (!/\p{L}{3,}/u.test(first.text.replace(LEADING_ON, ''))) return undefined;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (year < 1800 || year > 2200) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
