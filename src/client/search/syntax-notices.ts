/**
 * Notices for what the query syntax and the date range did: a query that could not be read
 * (what is wrong, and that its plain words were searched instead, with a link to that
 * search), field values no article has, dates that are no date, and a search whose full
 * text was checked only among its first results. DOM methods only, no HTML strings.
 */
import type { PageOutcome } from './advanced-search.ts';
import { FIELD_FILTERS } from './advanced-search.ts';

function notice(kind: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `search-notice search-notice--${kind}`;
  return p;
}

export function renderSyntaxNotices(
  outcome: PageOutcome,
  badDates: readonly string[],
  searchUrl: (query: string) => string,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (outcome.syntaxError) {
    const p = notice('syntax');
    p.setAttribute('role', 'alert');
    const strong = document.createElement('strong');
    strong.textContent = 'Search syntax: ';
    p.append(strong, `${outcome.syntaxError.message} `);
    const fallback = outcome.syntaxError.fallback;
    if (fallback) {
      const a = document.createElement('a');
      a.href = searchUrl(fallback);
      a.textContent = fallback;
      p.append('Showing results for the plain words ', a, '.');
    } else {
      p.append('There are no plain words to search for.');
    }
    out.push(p);
  }
  for (const { field, value } of outcome.unknownValues ?? []) {
    const p = notice('unknown-value');
    p.textContent = `No article has ${FIELD_FILTERS[field]} “${value}”.`;
    out.push(p);
  }
  for (const typed of badDates) {
    const p = notice('bad-date');
    p.textContent = `“${typed}” is not a date: use a year (2022), a month (2022-10) or a day (2022-10-17).`;
    out.push(p);
  }
  if (outcome.checkedOnly) {
    const p = notice('checked-only');
    p.textContent = `Phrases and left-out words were checked among the first ${outcome.checkedOnly.toLocaleString()} matches only.`;
    out.push(p);
  }
  return out;
}
