/**
 * Article dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: src/shared/article-date.ts) as the site
 * sorts and groups them, each at its own precision. How they are shown (also by the search
 * page in the browser): src/shared/date-format.ts.
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

/**
 * The search sort key of a date, always `YYYY-MM-DD`: the parts not known are `00`
 * (`2022-10` → `2022-10-00`), so a month sorts below its days and an undated article
 * (`0000-00-00`) below all.
 */
export function dateSortKey(date: string | undefined): string {
  if (date === undefined) return '0000-00-00';
  return `${date}${'-00'.repeat((10 - date.length) / 3)}`;
}
