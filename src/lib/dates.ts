/**
 * Article dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: src/shared/article-date.ts) as the site
 * shows, sorts and groups them, each at its own precision (a month is never shown as its
 * first day). Formatting uses UTC so that a date never shifts by a day with the build
 * machine's time zone.
 */

export interface YearMonth {
  year: string;
  /** Two digits, `01`–`12`. */
  month: string;
}

/** `2022-10-17` → `{ year: '2022', month: '10' }`; a year alone (`2022`) has month `''`. */
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

/**
 * A partial date at its precision: `2022` → `2022`, `2022-10` → `October 2022`,
 * `2022-10-17` → `17 October 2022` (in the site's language).
 */
export function formatArticleDate(date: string, language: string): string {
  if (date.length >= 10) return formatDate(date.slice(0, 10), language);
  if (date.length >= 7) return formatMonth(date.slice(0, 4), date.slice(5, 7), language);
  return date.slice(0, 4);
}

/**
 * The search sort key of a date, always `YYYY-MM-DD`: the parts not known are `00`
 * (`2022-10` → `2022-10-00`), so a month sorts below its days and an undated article
 * (`0000-00-00`) below all.
 */
export function dateSortKey(date: string | undefined): string {
  if (date === undefined) return '0000-00-00';
  return `${date}${'-00'.repeat((10 - date.length) / 3)}`;
}
