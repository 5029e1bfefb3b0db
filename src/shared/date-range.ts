/**
 * Date ranges over partial dates, for the search's `from` and `to` (docs/CONVENTIONS.md,
 * "Search"). Pagefind has no range filter, so each article page carries its date as filters
 * to its own precision (`date-year` always, `date-month` when the month is known,
 * `date-day` when the day is), and a range is the union of the whole years, whole months
 * and single days inside it, largest first.
 *
 * An article is inside a range only when the whole interval its date stands for is: one
 * dated `2022-10` (some day of October 2022) is inside `to=2022-10-31` and `to=2022-10`,
 * not inside `to=2022-10-17`; one dated `2022` only inside ranges holding all of 2022.
 */
import { isCalendarDate, precisionOf } from './article-date.ts';

/** The Pagefind filter names an article's date is carried in. */
export const DATE_FILTERS = { year: 'date-year', month: 'date-month', day: 'date-day' } as const;

/** The date filters of an article page, to the date's precision. */
export function articleDateFilters(date: string | undefined): { name: string; value: string }[] {
  if (date === undefined) return [];
  const out: { name: string; value: string }[] = [{ name: DATE_FILTERS.year, value: date.slice(0, 4) }];
  const precision = precisionOf(date);
  if (precision !== 'year') out.push({ name: DATE_FILTERS.month, value: date.slice(0, 7) });
  if (precision === 'day') out.push({ name: DATE_FILTERS.day, value: date.slice(0, 10) });
  return out;
}

export interface DateRange {
  /** First date inside the range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); none: from the start. */
  from?: string | undefined;
  /** Last date inside the range; none: to the end. */
  to?: string | undefined;
}

/** The filter values a range is the union of. */
export interface RangeValues {
  years: string[];
  months: string[];
  days: string[];
}

/** A `from`/`to` value when it is a real partial date, else undefined. */
export function dateBound(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  return v !== '' && isCalendarDate(v) ? v : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The first day a bound stands for (`2022` → `2022-01-01`). */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a bound stands for (`2022-02` → `2022-02-28`). */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${pad(daysInMonth(y, m))}`;
  }
  return date;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The whole years, whole months and days inside a range, within the years `span` (the
 * archive's first and last year: an open end stops there). Empty when `from` is after `to`.
 */
export function rangeValues(range: DateRange, span: { first: string; last: string }): RangeValues {
  const out: RangeValues = { years: [], months: [], days: [] };
  let cursor = firstDay(range.from ?? span.first);
  const spanStart = `${span.first}-01-01`;
  if (cursor < spanStart) cursor = spanStart;
  let end = lastDay(range.to ?? span.last);
  const spanEnd = `${span.last}-12-31`;
  if (end > spanEnd) end = spanEnd;
  while (cursor <= end) {
    const year = cursor.slice(0, 4);
    const month = cursor.slice(0, 7);
    if (cursor.endsWith('-01-01') && lastDay(year) <= end) {
      out.years.push(year);
      cursor = nextDay(lastDay(year));
    } else if (cursor.endsWith('-01') && lastDay(month) <= end) {
      out.months.push(month);
      cursor = nextDay(lastDay(month));
    } else {
      out.days.push(cursor);
      cursor = nextDay(cursor);
    }
  }
  return out;
}

/**
 * A range as a Pagefind filter: any of the years, months or days. Undefined when the range
 * holds no whole interval (then nothing is inside it).
 */
export function rangeFilter(values: RangeValues): Record<string, unknown> | undefined {
  const any: Record<string, unknown>[] = [];
  if (values.years.length > 0) any.push({ [DATE_FILTERS.year]: { any: values.years } });
  if (values.months.length > 0) any.push({ [DATE_FILTERS.month]: { any: values.months } });
  if (values.days.length > 0) any.push({ [DATE_FILTERS.day]: { any: values.days } });
  return any.length === 0 ? undefined : { any };
}

/** Whether an article's date is inside a range (the same rule, on one date; for tests and exports). */
export function dateInRange(date: string | undefined, range: DateRange): boolean {
  if (date === undefined) return range.from === undefined && range.to === undefined;
  if (range.from !== undefined && firstDay(date) < firstDay(range.from)) return false;
  if (range.to !== undefined && lastDay(date) > lastDay(range.to)) return false;
  return true;
}
