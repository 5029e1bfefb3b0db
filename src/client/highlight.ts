/**
 * Highlights the searched words on an article page opened from a search result: the result
 * link carries them as `?highlight=word&highlight=…` (search-state.ts). Each occurrence in
 * the title and body, at the start of a word, is wrapped in `<mark class="search-highlight">`,
 * and the first one is scrolled into view unless the link pointed at a part of the article.
 * The marks exist only in the reader's browser; the page's text is not changed.
 */
import { HIGHLIGHT_PARAM, MAX_HIGHLIGHT_TERMS } from './search/search-state.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching any of the terms at a word start, through the rest of the word. */
export function termsPattern(terms: string[]): RegExp | undefined {
  const clean = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2))]
    .slice(0, MAX_HIGHLIGHT_TERMS)
    .sort((a, b) => b.length - a.length);
  if (clean.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${clean.map(escapeRegExp).join('|')})[\\p{L}\\p{N}\\p{M}]*`,
    'giu',
  );
}

/** Wraps every match of `pattern` in the text under `root`; returns the marks made. */
export function markMatches(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-archive-chrome], script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const m of matches) {
      const start = m.index;
      fragment.append(value.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = m[0];
      fragment.append(mark);
      marks.push(mark);
      at = start + m[0].length;
    }
    fragment.append(value.slice(at));
    text.replaceWith(fragment);
  }
  return marks;
}

export function highlightFromUrl(): void {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  const pattern = termsPattern(terms);
  if (!pattern) return;
  const roots = ['#article-title', '#article-body']
    .map((s) => document.querySelector(s))
    .filter((e) => e !== null);
  const marks = roots.flatMap((root) => markMatches(root, pattern));
  const first = marks.find((m) => m.closest('#article-body'));
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
