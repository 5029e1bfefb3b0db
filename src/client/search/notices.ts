/**
 * Notices above a results list for what the search did beyond matching the query as typed:
 * "Showing results for … — search instead for …", words that were dropped, closest titles.
 * Built with DOM methods only (no HTML strings), so nothing a reader types can inject markup.
 */
import type { SearchOutcome } from './engine.ts';

/** URL of the search page for `query` with the given extra parameters. */
export type SearchUrl = (query: string, extra?: Record<string, string>) => string;

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

export function renderNotices(outcome: SearchOutcome, searchUrl: SearchUrl): HTMLElement[] {
  const notices: HTMLElement[] = [];
  if (outcome.corrected) {
    const p = document.createElement('p');
    p.className = 'search-notice search-notice--corrected';
    const strong = document.createElement('strong');
    strong.textContent = outcome.corrected.to;
    p.append('Showing results for ', strong, ' — search instead for ');
    p.append(link(outcome.corrected.from, searchUrl(outcome.corrected.from, { exact: '1' })));
    notices.push(p);
  }
  if (outcome.droppedTerms && outcome.droppedTerms.length > 0) {
    const p = document.createElement('p');
    p.className = 'search-notice search-notice--dropped';
    const words = outcome.droppedTerms.map((w) => `“${w}”`).join(', ');
    p.textContent = `No article contains ${words}; showing results without ${outcome.droppedTerms.length === 1 ? 'it' : 'them'}.`;
    notices.push(p);
  }
  if (outcome.suggestions && outcome.suggestions.length > 0) {
    const wrap = document.createElement('div');
    wrap.className = 'search-notice search-notice--suggestions';
    const p = document.createElement('p');
    p.textContent = 'Closest titles in the archive:';
    const ul = document.createElement('ul');
    for (const s of outcome.suggestions) {
      const li = document.createElement('li');
      li.append(link(s.title, s.url));
      ul.append(li);
    }
    wrap.append(p, ul);
    notices.push(wrap);
  }
  return notices;
}
