/**
 * Article dates (`YYYY-MM-DD` strings) as the site shows and groups them. Formatting uses
 * UTC so that a date never shifts by a day with the build machine's time zone.
 */

export interface YearMonth {
  year: string;
  /** Two digits, `01`–`12`. */
  month: string;
}

/** `2022-10-17` → `{ year: '2022', month: '10' }`. */
export function yearMonthOf(date: string): YearMonth {
  return { year: date.slice(0, 4), month: date.slice(5, 7) };
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** `2022-10-17` → `17 October 2022` (in the site's language). */
export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc(date));
}

/** Month name for `10` → `October` (in the site's language). */
export function monthName(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    utc(`2000-${month}-01`),
  );
}

/** `2022`, `10` → `October 2022` (in the site's language). */
export function formatMonth(year: string, month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utc(`${year}-${month}-01`),
  );
}
