/**
 * One search result as DOM (no HTML strings): the title linking to the article, its source,
 * section and date, the excerpt, and sub-results that link to the matching part of the
 * article. Links carry the matched words, so the article page can highlight them.
 */
import type { SearchHit } from './engine.ts';
import { appendExcerpt, markedWords } from './excerpt.ts';
import { queryTerms, withHighlight } from './search-state.ts';

/** Sub-results shown under a result. */
export const MAX_SUB_RESULTS = 3;

/** `2022-10-17` in the page's language, as the article pages show it. */
export function formatHitDate(date: string, language: string): string {
  // A partial date (`2022-10`, `2022`) is shown to its precision, never as its first day.
  if (/^\d{4}$/.test(date)) return date;
  const month = /^\d{4}-\d{2}$/.test(date);
  const d = new Date(`${month ? `${date}-01` : date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(language, {
    ...(month ? {} : { day: 'numeric' as const }),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Words to highlight on the article a hit links to: the query's words and the matched forms. */
export function highlightTerms(query: string, hit: SearchHit): string[] {
  return [
    ...queryTerms(query),
    ...markedWords(hit.excerptHtml),
    ...hit.subResults.flatMap((s) => markedWords(s.excerptHtml)),
  ];
}

/** "Source · section · date" of a hit, as text. */
export function hitMeta(hit: SearchHit, language: string): string {
  return [hit.source, hit.section, hit.date ? formatHitDate(hit.date, language) : undefined]
    .filter((p): p is string => Boolean(p))
    .join(' · ');
}

export function renderHit(hit: SearchHit, query: string, language: string): HTMLLIElement {
  const terms = highlightTerms(query, hit);
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = withHighlight(hit.url, terms);
  a.textContent = hit.title;
  h2.append(a);
  li.append(h2);
  const meta = hitMeta(hit, language);
  if (meta) {
    const p = document.createElement('p');
    p.className = 'meta';
    p.textContent = meta;
    li.append(p);
  }
  // The excerpt links to the paragraph or heading it comes from (a bigger target, too).
  const excerpt = document.createElement('p');
  const excerptLink = document.createElement('a');
  excerptLink.className = 'result-excerpt';
  excerptLink.href = withHighlight(hit.deepLink?.url ?? hit.url, terms);
  appendExcerpt(excerptLink, hit.deepLink?.excerptHtml ?? hit.excerptHtml);
  excerpt.append(excerptLink);
  li.append(excerpt);
  // The title is a sub-result of its own (the h1 has an id); it repeats the hit, so it goes.
  const subs = hit.subResults.filter((s) => s.title !== hit.title).slice(0, MAX_SUB_RESULTS);
  if (subs.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'sub-results';
    for (const sub of subs) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = withHighlight(sub.url, terms);
      link.textContent = sub.title;
      const text = document.createElement('p');
      appendExcerpt(text, sub.excerptHtml);
      item.append(link, text);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
