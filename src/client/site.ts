/**
 * The script every page loads: the theme toggle, the header search, and on an article
 * opened from a search result, the highlighting of the searched words (loaded only then),
 * and on an article page the citation tools (loaded after the page, citeproc only when used).
 * Reading needs none of it.
 */
import { startHeaderSearch } from './search/header-search.ts';
import { HIGHLIGHT_PARAM } from './search/search-state.ts';
import { startThemeToggle } from './theme-toggle.ts';

startThemeToggle();
startHeaderSearch(import.meta.env.BASE_URL);
if (document.getElementById('article-body') && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight.ts').then((m) => m.highlightFromUrl());
}
if (document.getElementById('csl-item'))
  void import('./citation/cite-panel.ts').then((m) => m.startCitation());
