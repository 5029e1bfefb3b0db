/**
 * Article dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: article-date.ts) as readers see them, in
 * a given language, each at its own precision (a month is never shown as its first day):
 * on the site's pages at build time and in the search results in the browser. Formatting
 * uses UTC so that a date never shifts by a day with the machine's time zone.
 */

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
