/**
 * The articles of a built site as a reader sees them: the URL, the `h1` title and the text
 * blocks of `.article-body` (see docs/CONVENTIONS.md), read from `articles/<slug>/index.html`
 * (the pages with `data-pagefind-body`; others under articles/ are listings).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { BenchArticle } from './queries.ts';

/** Text blocks of the body, leaving out what the site adds (`data-archive-chrome`). */
function blockTexts(body: Element): string[] {
  return selectAll('p, li, h2, h3', body)
    .filter((el) => !('dataArchiveChrome' in el.properties))
    .map((el) => toString(el).replace(/\s+/gu, ' ').trim())
    .filter((t) => t !== '');
}

export function readSiteArticles(siteDir: string): BenchArticle[] {
  const dir = path.join(siteDir, 'articles');
  if (!existsSync(dir)) throw new Error(`${dir}: no articles folder (is ${siteDir} a built archive site?)`);
  const articles: BenchArticle[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const tree = fromHtml(readFileSync(file, 'utf8'));
    if (!select('[data-pagefind-body]', tree)) continue; // a listing, not an article
    const h1 = select('h1', tree);
    const body = select('.article-body', tree);
    if (!h1 || !body) throw new Error(`${file}: an article page without h1 or .article-body`);
    articles.push({
      url: `/articles/${slug}/`,
      title: toString(h1).replace(/\s+/gu, ' ').trim(),
      paragraphs: blockTexts(body),
    });
  }
  return articles;
}
