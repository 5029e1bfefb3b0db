/**
 * The search page: reads the search (query, filters, sort) from the URL, runs it through
 * the search engine in the browser and shows the results, with filters by source, section
 * and year (with counts), sort order, "show more", and a clear state when nothing matches.
 * Every change is written back to the URL, so a search can be shared as a link and the
 * browser's back button steps through earlier searches.
 */
import { searchPage, type PageOutcome } from './advanced-search.ts';
import { allFilterCounts, type SearchOutcome } from './engine.ts';
import { parseQuery } from './query-syntax.ts';
import { downloadResults } from './export-download.ts';
import { histogramOf, renderHistogram } from './histogram.ts';
import { renderNotices } from './notices.ts';
import { renderSyntaxNotices } from './syntax-notices.ts';
import { renderHit } from './render-hit.ts';
import {
  FILTER_NAMES,
  hasFilters,
  parseSearchParams,
  plainSearch,
  searchPageUrl,
  type FilterName,
  type SearchState,
} from './search-state.ts';
import { dateBound } from '../../shared/date-range.ts';
import { quoteQuery } from './quote-query.ts';

export { appendExcerpt } from './excerpt.ts';

/** Results loaded at a time. */
const PAGE_SIZE = 20;
/** Filter values shown before the rest are folded away. */
const SHOWN_VALUES = 8;
/** Filter values listed when the folded rest is opened. */
const MORE_VALUES = 200;

/** Each filter's legend, its folded rest, and the query field that names it (query-syntax.ts). */
const FILTER_LABELS: Record<FilterName, { legend: string; more: string; field?: string }> = {
  source: { legend: 'Source', more: 'More sources', field: 'source' },
  section: { legend: 'Section', more: 'More sections', field: 'section' },
  language: { legend: 'Language', more: 'More languages', field: 'lang' },
  year: { legend: 'Year', more: 'More years' },
  person: { legend: 'Person', more: 'More people', field: 'person' },
  place: { legend: 'Place', more: 'More places', field: 'place' },
  org: { legend: 'Organisation', more: 'More organisations', field: 'org' },
};

type Counts = Record<string, Record<string, number>>;

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  facets: HTMLElement;
  facetsBox: HTMLElement;
  facetsDetails: HTMLDetailsElement;
  sortBox: HTMLElement;
  sort: HTMLSelectElement;
  notices: HTMLElement;
  list: HTMLOListElement;
  empty: HTMLElement;
  emptyFilters: HTMLElement;
  more: HTMLButtonElement;
  rangeBox: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  histogram: HTMLElement;
  exportBox: HTMLElement;
  exportCsv: HTMLButtonElement;
  exportJson: HTMLButtonElement;
}

function elements(): Elements | undefined {
  const get = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;
  const found = {
    root: get<HTMLElement>('search-page'),
    form: get<HTMLFormElement>('search-page-form'),
    input: get<HTMLInputElement>('search-query'),
    status: get<HTMLElement>('search-status'),
    facets: get<HTMLElement>('search-facets'),
    facetsBox: get<HTMLElement>('search-facets-box'),
    facetsDetails: get<HTMLDetailsElement>('search-facets-details'),
    sortBox: get<HTMLElement>('search-sort-box'),
    sort: get<HTMLSelectElement>('search-sort'),
    notices: get<HTMLElement>('search-notices'),
    list: get<HTMLOListElement>('search-results'),
    empty: get<HTMLElement>('search-empty'),
    emptyFilters: get<HTMLElement>('search-empty-filters'),
    more: get<HTMLButtonElement>('search-more'),
    rangeBox: get<HTMLElement>('search-range-box'),
    from: get<HTMLInputElement>('search-from'),
    to: get<HTMLInputElement>('search-to'),
    histogram: get<HTMLElement>('search-histogram'),
    exportBox: get<HTMLElement>('search-export'),
    exportCsv: get<HTMLButtonElement>('search-export-csv'),
    exportJson: get<HTMLButtonElement>('search-export-json'),
  };
  return Object.values(found).every(Boolean) ? (found as Elements) : undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Values of one filter in display order: years newest first, others by count then name. */
function orderedValues(name: FilterName, counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  if (name === 'year') return entries.sort((a, b) => b[0].localeCompare(a[0]));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function checkbox(
  name: FilterName,
  value: string,
  count: number,
  checked: boolean,
  id: string,
): HTMLLabelElement {
  const label = document.createElement('label');
  label.htmlFor = id;
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.name = name;
  input.value = value;
  input.checked = checked;
  const text = document.createElement('span');
  text.textContent = `${value} `;
  const n = document.createElement('span');
  n.className = 'count';
  n.textContent = `(${count.toLocaleString()})`;
  text.append(n);
  label.append(input, text);
  return label;
}

/**
 * The filter checkboxes. Each value shows how many results it would give; values that give
 * none are left out unless chosen, and so is a filter none of whose values would narrow the
 * results (one source for every article, say).
 */
function renderFacets(
  box: HTMLElement,
  archive: Counts,
  counts: Counts,
  state: SearchState,
  total: number,
): boolean {
  const sets: HTMLElement[] = [];
  for (const name of FILTER_NAMES) {
    const all = archive[name] ?? {};
    const current = counts[name] ?? {};
    const chosen = new Set(state.filters[name]);
    const narrows = Object.values(current).some((n) => n > 0 && n < total);
    if (chosen.size === 0 && !narrows) continue;
    const values = orderedValues(
      name,
      Object.fromEntries(Object.keys(all).map((value) => [value, current[value] ?? 0])),
    ).filter(([value, count]) => count > 0 || chosen.has(value));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[name].legend;
    fieldset.append(legend);
    const box = (i: number): HTMLLabelElement => {
      const [value, count] = values[i]!;
      return checkbox(name, value, count, chosen.has(value), `filter-${name}-${i}`);
    };
    const first = Math.min(values.length, SHOWN_VALUES);
    fieldset.append(...Array.from({ length: first }, (_, i) => box(i)));
    if (values.length > SHOWN_VALUES) {
      // The rest are made when the reader opens them (an archive may name 20,000 people), the
      // chosen ones among them at once; past MORE_VALUES the box names the field to type.
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = `${FILTER_LABELS[name].more} (${(values.length - SHOWN_VALUES).toLocaleString()})`;
      details.append(summary);
      const fill = (): void => {
        const last = Math.min(values.length, SHOWN_VALUES + MORE_VALUES);
        const rest = Array.from({ length: last - SHOWN_VALUES }, (_, i) => box(SHOWN_VALUES + i));
        const chosenBeyond = values
          .map((v, i) => [v, i] as const)
          .slice(last)
          .filter(([[value]]) => chosen.has(value))
          .map(([, i]) => box(i));
        details.append(...rest, ...chosenBeyond);
        if (values.length > last) {
          const note = document.createElement('p');
          note.className = 'search-facets-more';
          const field = FILTER_LABELS[name].field;
          note.textContent = `${(values.length - last).toLocaleString()} more${field ? `: search with ${field}:"…"` : ''}`;
          details.append(note);
        }
      };
      if (values.slice(SHOWN_VALUES).some(([value]) => chosen.has(value))) {
        fill();
        details.open = true;
      } else details.addEventListener('toggle', fill, { once: true });
      fieldset.append(details);
    }
    sets.push(fieldset);
  }
  box.replaceChildren(...sets);
  return sets.length > 0;
}

/**
 * Counts per filter value for the search shown, on the `counts` Pagefind (pagefind.ts), so
 * that the results never wait for them: for a filter in use, as if that filter alone were
 * not applied.
 */
async function facetCounts(
  base: string,
  state: SearchState,
  outcome: SearchOutcome,
  archive: Counts,
  pageLanguage: string,
): Promise<Counts> {
  const filters = Object.fromEntries(FILTER_NAMES.map((n) => [n, state.filters[n]])) as Record<
    FilterName,
    string[]
  >;
  const counting = async (chosen: Record<FilterName, string[]>): Promise<Counts> =>
    (
      await searchPage(
        base,
        { ...state, query: outcome.effectiveQuery, filters: chosen, sort: 'relevance', exact: true },
        archive,
        { limit: 0, pageLanguage, role: 'counts' },
      )
    ).filterCounts;
  const used = FILTER_NAMES.filter((name) => filters[name].length > 0);
  const [all, ...without] = await Promise.all([
    counting(filters),
    ...used.map((name) => counting({ ...filters, [name]: [] })),
  ]);
  const counts: Counts = { ...all };
  used.forEach((name, i) => (counts[name] = without[i]![name] ?? {}));
  return counts;
}

/** Whether searching `state` needs the archive's filter values (fields, a date range, a sort). */
function needsArchive(state: SearchState): boolean {
  if (state.from !== undefined || state.to !== undefined || state.sort !== 'relevance') return true;
  const parsed = parseQuery(state.query);
  return !parsed.ok || parsed.query.fields.length > 0;
}

function describeFilters(state: SearchState): string {
  const parts = FILTER_NAMES.filter((n) => state.filters[n].length > 0).map(
    (n) => `${FILTER_LABELS[n].legend.toLowerCase()} ${state.filters[n].join(' or ')}`,
  );
  if (state.from || state.to) {
    parts.push(
      state.from && state.to
        ? `from ${state.from} to ${state.to}`
        : state.from
          ? `from ${state.from}`
          : `up to ${state.to ?? ''}`,
    );
  }
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export async function startSearchPage(): Promise<void> {
  const el = elements();
  if (!el) return;
  const base = el.root.dataset.base ?? '/';
  const language = el.root.dataset.language ?? document.documentElement.lang ?? 'en';
  const baseTitle = document.title;

  let state = parseSearchParams(new URLSearchParams(location.search));
  let limit = PAGE_SIZE;
  let run = 0;

  // The archive's filter values and counts, from the `counts` Pagefind: loaded before a search
  // only when it needs them, else after the first results are shown.
  let archive: Counts | undefined;
  let archiveLoad: Promise<Counts> | undefined;
  let hasDates = false;
  const loadArchive = (): Promise<Counts> =>
    (archiveLoad ??= allFilterCounts(base).then((counts) => {
      archive = counts;
      hasDates = Object.keys(counts.year ?? {}).length > 0;
      el.sortBox.hidden = !hasDates;
      el.rangeBox.hidden = !hasDates;
      return counts;
    }));

  const syncForm = (): void => {
    el.input.value = state.query;
    el.sort.value = state.sort === 'relevance' ? '' : state.sort;
    el.from.value = state.from ?? '';
    el.to.value = state.to ?? '';
  };
  /** Dates typed in the range boxes that are no date (shown as a notice). */
  let badDates: string[] = [];
  const readRange = (): Pick<SearchState, 'from' | 'to'> => {
    badDates = [];
    const range: Pick<SearchState, 'from' | 'to'> = {};
    for (const [key, input] of [
      ['from', el.from],
      ['to', el.to],
    ] as const) {
      const typed = input.value.trim();
      const date = dateBound(typed);
      if (date) range[key] = date;
      else if (typed !== '') badDates.push(typed);
      input.setAttribute('aria-invalid', String(typed !== '' && !date));
    }
    return range;
  };
  let lastOutcome: PageOutcome | undefined;

  /** The facets and the histogram of a search whose results are shown (run `mine`). */
  const showCounts = async (mine: number, outcome: PageOutcome): Promise<void> => {
    el.facetsBox.setAttribute('aria-busy', 'true');
    let counts: Counts;
    let all: Counts;
    try {
      all = await loadArchive();
      counts = outcome.total === 0 ? {} : await facetCounts(base, state, outcome, all, language);
    } catch {
      counts = {};
      all = {};
    }
    if (mine !== run) return;
    el.facetsBox.removeAttribute('aria-busy');
    const histogram = histogramOf(counts);
    el.histogram.replaceChildren(
      ...(histogram && outcome.total > 0
        ? [
            renderHistogram(histogram, language, (period) =>
              searchPageUrl(base, { ...state, from: period, to: period }),
            ),
          ]
        : []),
    );
    // Re-rendering the filters must not lose the keyboard focus of the box just ticked.
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLInputElement && el.facets.contains(focused)
        ? [focused.name, focused.value]
        : undefined;
    el.facetsBox.hidden = !renderFacets(el.facets, all, counts, state, outcome.total);
    if (refocus) {
      const again = Array.from(el.facets.querySelectorAll<HTMLInputElement>('input')).find(
        (i) => i.name === refocus[0] && i.value === refocus[1],
      );
      again?.focus();
    }
  };

  const show = async (focusFrom?: number): Promise<void> => {
    const mine = ++run;
    if (!state.query) {
      document.title = baseTitle;
      el.status.textContent = 'Type words to search the full text of every article.';
      el.list.replaceChildren();
      el.notices.replaceChildren();
      el.facetsBox.hidden = true;
      el.empty.hidden = true;
      el.more.hidden = true;
      el.histogram.replaceChildren();
      el.exportBox.hidden = true;
      return;
    }
    el.status.textContent = 'Searching…';
    el.root.setAttribute('aria-busy', 'true');
    let outcome: PageOutcome;
    try {
      const known = needsArchive(state) ? await loadArchive() : (archive ?? {});
      outcome = await searchPage(base, { ...state, sort: hasDates ? state.sort : 'relevance' }, known, {
        limit,
        pageLanguage: language,
      });
    } catch {
      if (mine === run) el.status.textContent = 'Search failed: the search index could not be read.';
      el.root.removeAttribute('aria-busy');
      return;
    }
    if (mine !== run) return;
    el.root.removeAttribute('aria-busy');
    document.title = `${state.query} – ${baseTitle}`;

    const searchUrl = (q: string, extra: Record<string, string> = {}): string => {
      const next: SearchState = { ...state, query: q, exact: extra.exact === '1' };
      return searchPageUrl(base, next);
    };
    lastOutcome = outcome;
    el.notices.replaceChildren(
      ...renderSyntaxNotices(outcome, badDates, (q) =>
        searchPageUrl(base, { ...state, query: q, exact: false }),
      ),
      ...renderNotices(outcome, searchUrl),
    );
    el.exportBox.hidden = outcome.total === 0;
    el.list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, outcome.effectiveQuery, language)));

    const total = outcome.total;
    const shown = outcome.effectiveQuery;
    el.status.textContent =
      total === 0
        ? `No articles match ${quoteQuery(shown)}${describeFilters(state)}.`
        : `${plural(total, 'article matches', 'articles match')} ${quoteQuery(shown)}${describeFilters(state)}` +
          (outcome.hits.length < total ? `, showing ${outcome.hits.length.toLocaleString()}.` : '.');

    el.empty.hidden = total > 0;
    el.emptyFilters.hidden = !hasFilters(state);
    if (hasFilters(state)) {
      const link = document.createElement('a');
      link.href = searchPageUrl(base, { ...plainSearch(state.query), sort: state.sort, exact: state.exact });
      // (plainSearch has no date range either.)
      link.textContent = 'search without the filters you chose';
      el.emptyFilters.replaceChildren(link, ';');
    }
    el.more.hidden = outcome.hits.length >= total;
    if (focusFrom !== undefined) {
      el.list.querySelectorAll<HTMLAnchorElement>(':scope > li h2 a')[focusFrom]?.focus();
    }
    await showCounts(mine, outcome);
  };

  const commit = (): void => {
    limit = PAGE_SIZE;
    history.pushState(null, '', searchPageUrl(base, state));
    void show();
  };

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { from: _from, to: _to, ...rest } = state;
    state = { ...rest, ...readRange(), query: el.input.value.trim(), exact: false };
    commit();
  });
  el.sort.addEventListener('change', () => {
    const sort = el.sort.value;
    state = { ...state, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
    commit();
  });
  const exportAll = (format: 'csv' | 'json', button: HTMLButtonElement): void => {
    if (!lastOutcome) return;
    button.disabled = true;
    void loadArchive()
      .then((all) => downloadResults(base, state, all, language, format))
      .finally(() => (button.disabled = false));
  };
  el.exportCsv.addEventListener('click', () => exportAll('csv', el.exportCsv));
  el.exportJson.addEventListener('click', () => exportAll('json', el.exportJson));
  el.facets.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    const name = target.name as FilterName;
    if (!FILTER_NAMES.includes(name)) return;
    const values = new Set(state.filters[name]);
    if (target.checked) values.add(target.value);
    else values.delete(target.value);
    state = { ...state, filters: { ...state.filters, [name]: [...values] } };
    commit();
  });
  el.more.addEventListener('click', () => {
    const from = el.list.children.length;
    limit += PAGE_SIZE;
    void show(from);
  });
  window.addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    limit = PAGE_SIZE;
    syncForm();
    void show();
  });

  // On a narrow screen the filters start folded (unless some are chosen), so the results
  // come first; on a wide one they stand open beside the results.
  const wide = window.matchMedia('(min-width: 56rem)');
  el.facetsDetails.open = wide.matches || hasFilters(state);
  wide.addEventListener('change', () => {
    if (wide.matches) el.facetsDetails.open = true;
  });

  syncForm();
  await show();
}
