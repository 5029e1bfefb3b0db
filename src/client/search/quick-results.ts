/**
 * Quick results under the header search box: as the reader types, the best few articles
 * appear with their source, date and excerpt, plus a link to all results on the search
 * page. Arrow keys move between the results, Escape closes them. Loaded on demand by
 * header-search.ts, so pages that are only read never download it.
 */
import { runSearch, type SearchOutcome } from './engine.ts';
import { appendExcerpt } from './excerpt.ts';
import { renderNotices } from './notices.ts';
import { highlightTerms, hitMeta } from './render-hit.ts';
import { plainSearch, searchPageUrl, withHighlight } from './search-state.ts';
import { quoteQuery } from './quote-query.ts';

/** Results shown under the box. */
const QUICK_LIMIT = 6;
/** Milliseconds of quiet typing before a search runs. */
const DEBOUNCE_MS = 120;

export interface QuickResults {
  /** Runs the search for the box's current text (debounced). */
  update: () => void;
  close: () => void;
  /** Moves the keyboard focus to the first result, if any. */
  focusFirst: () => boolean;
}

function span(className: string, text?: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  if (text !== undefined) s.textContent = text;
  return s;
}

export function attachQuickResults(input: HTMLInputElement, panel: HTMLElement, base: string): QuickResults {
  const language = document.documentElement.lang || 'en';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  const links = (): HTMLAnchorElement[] => Array.from(panel.querySelectorAll<HTMLAnchorElement>('a'));

  const close = (): void => {
    run++;
    if (timer) clearTimeout(timer);
    panel.hidden = true;
    panel.replaceChildren();
  };

  const render = (outcome: SearchOutcome): void => {
    const q = outcome.query;
    const allUrl = searchPageUrl(base, plainSearch(q));
    const status = document.createElement('p');
    status.className = 'quick-status';
    status.setAttribute('role', 'status');
    const children: HTMLElement[] = [status];
    children.push(
      ...renderNotices(outcome, (query, extra = {}) =>
        searchPageUrl(base, { ...plainSearch(query), exact: extra.exact === '1' }),
      ),
    );
    if (outcome.total === 0) {
      status.textContent = `No articles match ${quoteQuery(outcome.effectiveQuery)}.`;
    } else {
      status.textContent =
        outcome.total === 1 ? '1 article matches.' : `${outcome.total.toLocaleString()} articles match.`;
      const ul = document.createElement('ul');
      ul.setAttribute('aria-label', 'Quick results');
      for (const hit of outcome.hits) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = withHighlight(hit.url, highlightTerms(outcome.effectiveQuery, hit));
        a.append(span('quick-title', hit.title));
        const meta = hitMeta(hit, language);
        if (meta) a.append(span('quick-meta', meta));
        const excerpt = span('quick-excerpt');
        appendExcerpt(excerpt, hit.excerptHtml);
        a.append(excerpt);
        li.append(a);
        ul.append(li);
      }
      children.push(ul);
    }
    const all = document.createElement('p');
    all.className = 'quick-all';
    const link = document.createElement('a');
    link.href = allUrl;
    link.textContent =
      outcome.total > QUICK_LIMIT
        ? `See all ${outcome.total.toLocaleString()} results on the search page`
        : 'Open the search page (filters and sorting)';
    all.append(link);
    children.push(all);
    panel.replaceChildren(...children);
    panel.hidden = false;
  };

  const search = async (): Promise<void> => {
    const query = input.value.trim();
    const mine = ++run;
    if (!query) {
      close();
      return;
    }
    try {
      const outcome = await runSearch(base, { query, limit: QUICK_LIMIT });
      if (mine === run && input.value.trim() === query) render(outcome);
    } catch {
      if (mine !== run) return;
      const p = document.createElement('p');
      p.className = 'quick-status';
      p.textContent = 'Search is not available: the search index was not found.';
      panel.replaceChildren(p);
      panel.hidden = false;
    }
  };

  const update = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  };

  panel.addEventListener('keydown', (event) => {
    const list = links();
    const at = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else list[Math.min(next, list.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });

  return {
    update,
    close,
    focusFirst: () => {
      const first = links()[0];
      if (panel.hidden || !first) return false;
      first.focus();
      return true;
    },
  };
}
