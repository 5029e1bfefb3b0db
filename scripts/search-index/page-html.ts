/**
 * What the search index takes of a page the build renders: which file it is written to, and
 * the HTML handed to Pagefind.
 */
import { ARTICLE_ATTR, SEARCH_ATTR_PREFIX } from '../../src/shared/page-markers.ts';
import { withShardLanguage } from '../pagefind/bundle.ts';

/** A page attribute that marks it for the index (in a tag, not in text). */
const INDEXED_PAGE = new RegExp(`<[a-z][^>]*\\s${ARTICLE_ATTR}[\\s>=]`, 'i');

/**
 * The page's HTML for Pagefind ('' for a page it does not index). Its `<head>` is left out
 * unless something in it is meant for Pagefind: Pagefind takes nothing else from there
 * (titles come from the body, the language from `<html lang>`), and the head, inline styles
 * and all, is half of an article page's bytes that Pagefind would parse. A page without a
 * language is marked for the merge (scripts/pagefind/languages.ts), unless the index has
 * one language for all pages (`forcedLanguage`).
 */
export function forIndex(html: string, forcedLanguage = false): string {
  if (!INDEXED_PAGE.test(html)) return '';
  const page = forcedLanguage ? html : withShardLanguage(html);
  const open = page.search(/<head[\s>]/i);
  const close = page.indexOf('</head>');
  if (open === -1 || close < open) return page;
  const head = page.slice(open, close);
  if (head.includes(SEARCH_ATTR_PREFIX)) return page;
  return `${page.slice(0, open)}<head></head>${page.slice(close + '</head>'.length)}`;
}

/** The HTML file an Astro page path is written to (`build.format: 'directory'`). */
export function htmlFileFor(pathname: string): string | undefined {
  const clean = pathname.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  if (clean.endsWith('.html')) return clean;
  if (/\.[a-z0-9]+$/i.test(clean)) return undefined; // feeds, robots.txt…
  return `${clean}/index.html`;
}
