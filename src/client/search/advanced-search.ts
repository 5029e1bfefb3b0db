/**
 * The search page's search: the query syntax (query-syntax.ts) and the date range on top of
 * the forgiving engine (engine.ts). A query of plain words with no range runs exactly as
 * before. Otherwise:
 * - field filters (`source:` …, `lang:` → the `language` filter) and the date range become
 *   Pagefind filter conditions (the range as the union of whole years, months and days,
 *   src/shared/date-range.ts);
 * - each choice of terms from the `OR` groups runs as its own search (plain words still
 *   forgiven: corrections, pasted sentences), and their results are united;
 * - when a phrase stands with other terms, or words are excluded, every result's full text
 *   is checked (result-checks.ts): Pagefind matches word prefixes, has no NOT, and matches
 *   a phrase exactly only when the phrase is the whole query.
 */
import { DATE_FILTERS, rangeFilter, rangeValues } from '../../shared/date-range.ts';
import { runSearch, type SearchHit, type SearchOutcome, type SearchRequest } from './engine.ts';
import {
  alternatives,
  parseQuery,
  printQuery,
  usesSyntax,
  type ParsedQuery,
  type QueryField,
  type QuerySyntaxError,
  type TextTerm,
} from './query-syntax.ts';
import { keepsResult } from './result-checks.ts';
import type { PagefindRole } from './pagefind.ts';
import type { SearchState } from './search-state.ts';

/** Most searches one query's `OR`s may expand into. */
export const MAX_ALTERNATIVES = 8;
/** Most results of one search whose full text is checked. */
export const MAX_CHECKED = 2000;

/** The Pagefind filter each query field narrows. */
export const FIELD_FILTERS: Record<QueryField, string> = {
  source: 'source',
  section: 'section',
  lang: 'language',
  person: 'person',
  place: 'place',
  org: 'org',
};

type Counts = Record<string, Record<string, number>>;

export interface PageOutcome extends SearchOutcome {
  /** The query could not be read: this says why, and the hits are those of `fallback`. */
  syntaxError?: QuerySyntaxError;
  /** Field values no article has. */
  unknownValues?: { field: QueryField; value: string }[];
  /** Results were checked only among the first MAX_CHECKED of a search. */
  checkedOnly?: number;
}

/** The archive's values of a filter that a typed value names: the same (case aside), else those it starts. */
export function resolveFieldValue(typed: string, values: readonly string[], displayName?: string): string[] {
  for (const t of [typed, displayName].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase())) {
    const same = values.filter((v) => v.toLowerCase() === t);
    if (same.length > 0) return same;
  }
  const t = typed.toLowerCase();
  return values.filter((v) => v.toLowerCase().startsWith(t));
}

function languageName(code: string, pageLanguage: string): string | undefined {
  if (!/^[a-z]{2,3}(?:-[a-z0-9]+)?$/i.test(code)) return undefined;
  try {
    return new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}

/** What a search needs besides its words: filter conditions, and field values that match nothing. */
export function searchConditions(
  query: ParsedQuery,
  state: SearchState,
  archive: Counts,
  pageLanguage: string,
): { where: Record<string, unknown>[]; unknown: { field: QueryField; value: string }[]; nothing: boolean } {
  const where: Record<string, unknown>[] = [];
  const unknown: { field: QueryField; value: string }[] = [];
  let nothing = false;
  const byField = new Map<QueryField, string[]>();
  for (const { field, value } of query.fields) {
    const values = Object.keys(archive[FIELD_FILTERS[field]] ?? {});
    const resolved = resolveFieldValue(
      value,
      values,
      field === 'lang' ? languageName(value, pageLanguage) : undefined,
    );
    if (resolved.length === 0) {
      unknown.push({ field, value });
      nothing = true;
    }
    byField.set(field, [...(byField.get(field) ?? []), ...resolved]);
  }
  for (const [field, values] of byField) {
    if (values.length > 0) where.push({ [FIELD_FILTERS[field]]: { any: [...new Set(values)] } });
  }
  if (state.from !== undefined || state.to !== undefined) {
    const years = Object.keys(archive[DATE_FILTERS.year] ?? {}).sort();
    const range =
      years.length === 0
        ? undefined
        : rangeFilter(
            rangeValues(
              { from: state.from, to: state.to },
              { first: years[0]!, last: years[years.length - 1]! },
            ),
          );
    if (range) where.push(range);
    else nothing = true;
  }
  return { where, unknown, nothing };
}

const hasPhrase = (terms: readonly TextTerm[]): boolean => terms.some((t) => t.kind === 'phrase');

function emptyOutcome(query: string): SearchOutcome {
  return { query, effectiveQuery: query, total: 0, hits: [], filterCounts: {}, ms: 0, strategy: 'none' };
}

/** Counts per filter value over a list of hits (their data's filters). */
function countFilters(hits: readonly SearchHit[]): Counts {
  const counts: Counts = {};
  for (const hit of hits) {
    for (const [name, values] of Object.entries(hit.filters ?? {})) {
      const byValue = (counts[name] ??= {});
      for (const v of values ?? []) byValue[v] = (byValue[v] ?? 0) + 1;
    }
  }
  return counts;
}

/** Several ranked lists as one: by date when sorted, else taking from each in turn. */
function unite(lists: readonly SearchHit[][], sort: SearchState['sort']): SearchHit[] {
  const seen = new Set<string>();
  const out: SearchHit[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const hit = list[i];
      if (hit && !seen.has(hit.url)) {
        seen.add(hit.url);
        out.push(hit);
      }
    }
  }
  if (sort === 'relevance' || lists.length === 1) return out;
  const key = (h: SearchHit): string => h.date ?? (sort === 'newest' ? '0000' : '9999');
  return out.sort((a, b) =>
    sort === 'newest' ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b)),
  );
}

function withoutData(hit: SearchHit): SearchHit {
  const { content: _content, filters: _filters, ...rest } = hit;
  return rest;
}

/**
 * Runs the search a page state describes, `limit` hits loaded (`Infinity`: all of them, for
 * the export). Never throws on what the reader typed: a query that cannot be read runs as
 * its plain fallback, with the reason in `syntaxError`.
 */
export async function searchPage(
  base: string,
  state: SearchState,
  archive: Counts,
  options: { limit: number; pageLanguage: string; role?: PagefindRole },
): Promise<PageOutcome> {
  const parsed = parseQuery(state.query);
  let query: ParsedQuery;
  let syntaxError: QuerySyntaxError | undefined;
  if (parsed.ok) query = parsed.query;
  else {
    syntaxError = parsed.error;
    const fallback = parseQuery(parsed.error.fallback);
    query = fallback.ok ? fallback.query : { groups: [], excluded: [], fields: [] };
  }
  const alts = alternatives(query, MAX_ALTERNATIVES);
  if (!alts) {
    const tooMany: QuerySyntaxError = {
      message: `Too many “OR”s: they make more than ${MAX_ALTERNATIVES} searches.`,
      position: 0,
      fallback: query.groups.map((g) => g[0]!.text).join(' '),
    };
    const outcome = await searchPage(base, { ...state, query: tooMany.fallback }, archive, options);
    return { ...outcome, syntaxError: tooMany };
  }
  const label = syntaxError ? syntaxError.fallback : state.query;
  const { where, unknown, nothing } = searchConditions(query, state, archive, options.pageLanguage);
  const finish = (outcome: SearchOutcome, extra: Partial<PageOutcome> = {}): PageOutcome => {
    const out: PageOutcome = { ...outcome, ...extra };
    if (syntaxError) out.syntaxError = syntaxError;
    if (unknown.length > 0) out.unknownValues = unknown;
    return out;
  };
  if (nothing) return finish(emptyOutcome(label));
  if (
    query.groups.length === 0 &&
    query.fields.length === 0 &&
    state.from === undefined &&
    state.to === undefined
  ) {
    // Nothing to search for but excluded words (or nothing at all).
    return finish(emptyOutcome(label));
  }
  const request = (terms: readonly TextTerm[], limit: number, withData = false): SearchRequest => ({
    query: terms.map((t) => (t.kind === 'phrase' ? `"${t.text}"` : t.text)).join(' '),
    filters: state.filters,
    where,
    sort: state.sort,
    limit,
    exact: state.exact || hasPhrase(terms),
    withData,
    ...(options.role ? { role: options.role } : {}),
  });

  if (!usesSyntax(query)) {
    // Plain words: the forgiving search, as typed (`label` keeps the reader's own spacing).
    const outcome = await runSearch(base, {
      ...request(alts[0]!, options.limit),
      query: label,
      exact: state.exact,
    });
    return finish(outcome);
  }
  const needsCheck =
    query.excluded.length > 0 || alts.length > 1 || alts.some((a) => hasPhrase(a) && a.length > 1);
  if (!needsCheck) {
    return finish({ ...(await runSearch(base, request(alts[0]!, options.limit))), query: label });
  }

  const started = performance.now();
  const outcomes = await Promise.all(alts.map((alt) => runSearch(base, request(alt, MAX_CHECKED, true))));
  const kept = outcomes.map((outcome, i) => {
    const phrases = alts[i]!.filter((t) => t.kind === 'phrase');
    return outcome.hits.filter((hit) => keepsResult(hit.content ?? '', phrases, query.excluded));
  });
  const all = unite(kept, state.sort);
  const single = outcomes.length === 1 ? outcomes[0] : undefined;
  const rest = printQuery({ groups: [], excluded: query.excluded, fields: query.fields });
  const outcome: SearchOutcome = {
    query: label,
    effectiveQuery:
      single?.corrected || single?.droppedTerms ? `${single.effectiveQuery} ${rest}`.trim() : label,
    total: all.length,
    hits: all.slice(0, options.limit).map(withoutData),
    filterCounts: countFilters(all),
    ms: performance.now() - started,
    strategy: single?.strategy ?? 'as-typed',
  };
  if (single?.corrected) outcome.corrected = single.corrected;
  if (single?.droppedTerms) outcome.droppedTerms = single.droppedTerms;
  const overflow = outcomes.some((o) => o.total > MAX_CHECKED);
  return finish(outcome, overflow ? { checkedOnly: MAX_CHECKED } : {});
}
