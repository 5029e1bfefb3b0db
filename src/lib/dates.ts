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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and style, reused across the build's thousands of pages. */
function formatter(language: string, style: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, {
      ...(style === 'day' ? { day: 'numeric' as const } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/** `2022-10-17` → `17 October 2022` (in the site's language). */
export function formatDate(date: string, language: string): string {
  return formatter(language, 'day').format(utc(date));
}

/** `2022`, `10` → `October 2022` (in the site's language). */
export function formatMonth(year: string, month: string, language: string): string {
  return formatter(language, 'month').format(utc(`${year}-${month}-01`));
}
