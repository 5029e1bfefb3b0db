/**
 * The results over time, as bars: by year; by month when the results span at most three
 * years; by day when they all fall in one month. Each bar is a link that narrows the search
 * to its year, month or day, and says its period and count in words. Built with DOM methods.
 * Counts come from the date filters (src/shared/date-range.ts): a bar by month counts the
 * results whose month is known, a bar by day those whose day is.
 */
import { DATE_FILTERS } from '../../shared/date-range.ts';

export interface HistogramBin {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the range the bar narrows to. */
  period: string;
  count: number;
}

export interface Histogram {
  unit: 'year' | 'month' | 'day';
  bins: HistogramBin[];
  /** Results whose date is too coarse for a bar of this unit. */
  left: number;
}

const MAX_SPAN_FOR_MONTHS = 3;

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function present(counts: Record<string, number> | undefined): string[] {
  return Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .map(([k]) => k)
    .sort();
}

function step(period: string): string {
  if (period.length === 4) return String(Number(period) + 1).padStart(4, '0');
  const [y, m, d] = period.split('-').map(Number) as [number, number, number | undefined];
  const t = new Date(Date.UTC(y, m - 1 + (d === undefined ? 1 : 0), (d ?? 1) + (d === undefined ? 0 : 1)));
  const iso = t.toISOString();
  return period.length === 7 ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Bins from the first to the last period with results, empty ones between included. */
function bins(counts: Record<string, number>, periods: string[]): HistogramBin[] {
  const out: HistogramBin[] = [];
  for (let p = periods[0]!; p <= periods[periods.length - 1]!; p = step(p))
    out.push({ period: p, count: counts[p] ?? 0 });
  return out;
}

/** The histogram of a search's filter counts, or undefined when no result is dated. */
export function histogramOf(counts: Record<string, Record<string, number>>): Histogram | undefined {
  const years = counts[DATE_FILTERS.year] ?? counts.year ?? {};
  const yearList = present(years);
  if (yearList.length === 0) return undefined;
  const total = sum(years);
  const span = Number(yearList[yearList.length - 1]) - Number(yearList[0]) + 1;
  const months = counts[DATE_FILTERS.month] ?? {};
  const monthList = present(months);
  if (span <= MAX_SPAN_FOR_MONTHS && monthList.length > 0) {
    if (monthList.length === 1) {
      const days = counts[DATE_FILTERS.day] ?? {};
      const dayList = present(days);
      if (dayList.length > 1) return { unit: 'day', bins: bins(days, dayList), left: total - sum(days) };
    }
    return { unit: 'month', bins: bins(months, monthList), left: total - sum(months) };
  }
  return { unit: 'year', bins: bins(years, yearList), left: 0 };
}

function periodName(period: string, language: string, short: boolean): string {
  if (period.length === 4) return period;
  const date = new Date(`${period.length === 7 ? `${period}-01` : period}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    period.length === 7
      ? { month: short ? 'short' : 'long', year: short ? '2-digit' : 'numeric', timeZone: 'UTC' }
      : short
        ? { day: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** The histogram as a figure of links; `narrowTo(period)` is the URL of the search narrowed to it. */
export function renderHistogram(
  histogram: Histogram,
  language: string,
  narrowTo: (period: string) => string,
): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'search-histogram';
  const caption = document.createElement('figcaption');
  const first = histogram.bins[0]!.period;
  caption.textContent =
    histogram.unit === 'day'
      ? `Results by day, ${periodName(first.slice(0, 7), language, false)}`
      : `Results by ${histogram.unit}`;
  if (histogram.left > 0) {
    caption.textContent += ` (${histogram.left.toLocaleString()} dated less precisely not shown)`;
  }
  const list = document.createElement('ol');
  const most = Math.max(1, ...histogram.bins.map((b) => b.count));
  for (const bin of histogram.bins) {
    const li = document.createElement('li');
    const count = document.createElement('span');
    count.className = 'search-histogram__count';
    count.textContent = bin.count.toLocaleString();
    const bar = document.createElement('span');
    bar.className = 'search-histogram__bar';
    bar.setAttribute('aria-hidden', 'true');
    bar.style.setProperty('--share', String(bin.count / most));
    const label = document.createElement('span');
    label.className = 'search-histogram__label';
    label.textContent = periodName(bin.period, language, true);
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = `${periodName(bin.period, language, false)}: ${bin.count.toLocaleString()} ${bin.count === 1 ? 'article' : 'articles'}`;
    count.setAttribute('aria-hidden', 'true');
    label.setAttribute('aria-hidden', 'true');
    const holder = bin.count > 0 ? document.createElement('a') : document.createElement('span');
    if (holder instanceof HTMLAnchorElement) holder.href = narrowTo(bin.period);
    holder.title = name.textContent;
    holder.append(name, count, bar, label);
    li.append(holder);
    list.append(li);
  }
  figure.append(caption, list);
  return figure;
}
