/**
 * The search page: reads the query (and source filter) from the URL, runs it through
 * Pagefind in the browser, and lists the results as links in rank order. The URL always
 * holds the current search, so a search can be shared as a link.
 */
import { allFilterCounts, runSearch, type SearchHit } from './engine.ts';
import { renderNotices } from './notices.ts';

const MAX_RESULTS = 50;

/** Copies Pagefind's excerpt HTML into `target`, keeping only text and <mark>. */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const doc = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  for (const node of Array.from(doc.body.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.append(node.textContent ?? '');
    } else if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

function renderResult(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h2.append(a);
  li.append(h2);
  const source = hit.source;
  if (source) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = source;
    li.append(meta);
  }
  // The excerpt links to the paragraph or heading it comes from.
  const p = document.createElement('p');
  const excerpt = document.createElement('a');
  excerpt.className = 'result-excerpt';
  excerpt.href = hit.deepLink?.url ?? hit.url;
  appendExcerpt(excerpt, hit.deepLink?.excerptHtml ?? hit.excerptHtml);
  p.append(excerpt);
  li.append(p);
  return li;
}

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search-page');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const filterBox = document.getElementById('search-filters');
  const sourceSelect = document.getElementById('search-source') as HTMLSelectElement | null;
  if (!root || !input || !status || !list || !filterBox || !sourceSelect) return;
  const base = root.dataset.base ?? '/';

  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const source = params.get('source') ?? '';
  input.value = query;

  let filters: Record<string, Record<string, number>>;
  try {
    filters = await allFilterCounts(base);
  } catch {
    status.textContent = 'Search is not available: the search index was not found.';
    return;
  }

  const sources = Object.entries(filters.source ?? {}).sort((a, b) => a[0].localeCompare(b[0]));
  for (const [name, count] of sources) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = `${name} (${count})`;
    if (name === source) option.selected = true;
    sourceSelect.append(option);
  }
  filterBox.hidden = sources.length === 0;
  sourceSelect.addEventListener('change', () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (sourceSelect.value) next.set('source', sourceSelect.value);
    location.search = next.toString();
  });

  if (!query) {
    status.textContent = 'Type words to search the full text of every article.';
    return;
  }
  status.textContent = 'Searching…';
  const exact = params.get('exact') === '1';
  const outcome = await runSearch(base, {
    query,
    ...(source ? { filters: { source: [source] } } : {}),
    limit: MAX_RESULTS,
    exact,
  });
  const searchUrl = (q: string, extra: Record<string, string> = {}): string => {
    const next = new URLSearchParams({ q, ...(source ? { source } : {}), ...extra });
    return `${base}search/?${next.toString()}`;
  };
  list.before(...renderNotices(outcome, searchUrl));
  list.replaceChildren(...outcome.hits.map(renderResult));
  const total = outcome.total;
  status.textContent =
    total === 0
      ? `No articles match “${query}”.`
      : `${total} article${total === 1 ? '' : 's'} match “${query}”${total > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : ''}.`;
}
