/**
 * Partial calendar dates, as articles carry them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as
 * precise as what the date was found from, never more. Their string order is their
 * chronological order with a shorter date before the longer dates it is a prefix of
 * (`2022-10` sorts before `2022-10-01`), so they sort as strings.
 */

/** How much of a date is known: the year, the month of a year, or the day. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * Where an article's date came from (docs/CONVENTIONS.md, "Dates"):
 * - `export`: the database export's own date field for the document;
 * - `dateline`: a dateline that opens the text (`DUSHANBE, 17 October 2022 —`);
 * - `text`: a date written out in full in the opening paragraphs (`on 18 October 2022`);
 * - `relative`: words such as `on Tuesday` or `October 19` (no year) in the opening,
 *   resolved against the article's own partial date (an export that gives only a month);
 * - `neighbours`: resolved against the dated articles next to it in the same input file,
 *   either its own relative words, or (without any) only the month or year they share.
 */
export const DATE_BASES = ['export', 'dateline', 'text', 'relative', 'neighbours'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2022`, `10`, `18` → `2022-10-18`; without a day `2022-10`; without a month `2022`. */
export function partialDate(year: number, month?: number, day?: number): string {
  let out = String(year).padStart(4, '0');
  if (month === undefined) return out;
  out += `-${pad(month)}`;
  return day === undefined ? out : `${out}-${pad(day)}`;
}

/** The precision a partial date has, from its length. */
export function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** The date cut down to `precision` (never lengthened). */
export function truncateDate(date: string, precision: DatePrecision): string {
  const length = precision === 'day' ? 10 : precision === 'month' ? 7 : 4;
  return date.slice(0, length);
}

/**
 * What two partial dates agree on: `2022-10-17` and `2022-10-18` share `2022-10`,
 * `2022-10-17` and `2022-10` share `2022-10`, `2021-10-17` and `2022-10-17` nothing.
 */
export function sharedDate(a: string, b: string): string | undefined {
  for (const length of [10, 7, 4]) {
    if (a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length)) {
      return a.slice(0, length);
    }
  }
  return undefined;
}

/** What every date of a list agrees on (undefined for none, or when they share nothing). */
export function sharedDates(dates: readonly string[]): string | undefined {
  let out: string | undefined = dates[0];
  for (const d of dates.slice(1)) {
    if (out === undefined) return undefined;
    out = sharedDate(out, d);
  }
  return out;
}

/** Whether `date` is a real calendar date (no 31 April) of its precision. */
export function isCalendarDate(date: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(date)) return false;
  if (date.length < 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The days a partial date spans, as UTC day numbers (days since 1970-01-01), first and last:
 * `2022-10-18` one day, `2022-10` the 31 days of October, `2022` the whole year.
 */
export function daySpan(date: string): [first: number, last: number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const day = (year: number, month: number, dayOfMonth: number): number =>
    Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
  if (d !== undefined) return [day(y, m!, d), day(y, m!, d)];
  if (m !== undefined) return [day(y, m, 1), day(y, m + 1, 0)];
  return [day(y, 1, 1), day(y, 12, 31)];
}

/**
 * Days between two partial dates at their precision: 0 when their spans overlap
 * (`2022-10` and `2022-10-18`), else the gap between the nearer ends.
 */
export function daysBetween(a: string, b: string): number {
  return spanGap(daySpan(a), daySpan(b));
}

/** Days between two day spans (`daySpan`): 0 when they overlap, else the gap between the nearer ends. */
export function spanGap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, b[0] - a[1], a[0] - b[1]);
}
