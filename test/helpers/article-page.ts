/**
 * Runs the ingest and the body renderer in-process and wraps each article in the markup of
 * its page (src/pages/articles/[slug].astro), so tests can check what a page would show
 * without an Astro build.
 */
import { toHtml } from 'hast-util-to-html';
import type { InputLines, PlacedArticle } from '../../scripts/checks/fidelity.ts';
import { readArticlePageText } from '../../scripts/checks/page-text.ts';
import { ingestSources, type IngestedArticle } from '../../scripts/ingest/pipeline.ts';
import type { SourceFile } from '../../scripts/ingest/read.ts';
import { splitMdxFile } from '../../src/shared/mdx-file.ts';
import {
  ARTICLE_ATTR,
  BODY_CLASS,
  FOOTER_LINE_CLASS,
  SEARCH_IGNORE_ATTR,
} from '../../src/shared/page-markers.ts';
import { articlePath } from '../../src/shared/urls.ts';
import { renderArticleBody } from '../../src/loaders/render-body.ts';

function escapeText(value: string): string {
  return toHtml({ type: 'text', value });
}

/** The article part of an article page, with the same structure and chrome as the real one. */
export function articlePageHtml(title: string, bodyHtml: string, footer?: string): string {
  return [
    '<!DOCTYPE html><html><head><title>x</title></head><body><header>Site chrome</header><main>',
    `<article class="article" ${ARTICLE_ATTR}><header>`,
    `<h1 id="article-title">${escapeText(title)}</h1>`,
    `<p class="meta" ${SEARCH_IGNORE_ATTR}><a href="/sources/x/">Source</a> · <span>1 min read</span></p>`,
    `</header><div class="${BODY_CLASS}" id="article-body">${bodyHtml}</div>`,
    `<footer class="article-footer" ${SEARCH_IGNORE_ATTR}>`,
    footer === undefined ? '' : `<p class="${FOOTER_LINE_CLASS}">${escapeText(footer)}</p>`,
    '<p class="provenance">From <code>x.txt</code>, lines 1–2.</p></footer>',
    '</article></main></body></html>',
  ].join('');
}

/** The page HTML of one ingested article: its MDX body rendered as the site renders it. */
export function renderIngestedArticle(article: IngestedArticle): string {
  const { body, bodyLineOffset } = splitMdxFile(article.mdx, `${article.frontmatter.slug}.mdx`);
  const html = renderArticleBody(body, `${article.frontmatter.slug}.mdx`, bodyLineOffset);
  return articlePageHtml(article.frontmatter.title, html, article.frontmatter.footer);
}

/** Ingests sources and "builds" their pages in memory: the inputs of `checkFidelity`. */
export function ingestAndRender(sources: SourceFile[]): {
  inputs: InputLines[];
  articles: PlacedArticle[];
  ingested: IngestedArticle[];
} {
  const result = ingestSources(sources);
  // One placement per place an article was found, as the build's check makes them.
  const articles = result.articles.flatMap((a): PlacedArticle[] => {
    const text = readArticlePageText(renderIngestedArticle(a));
    return [a.frontmatter.provenance, ...(a.frontmatter.alsoIn ?? [])].map((p, i) => ({
      file: p.file,
      index: p.index,
      startLine: p.startLine,
      endLine: p.endLine,
      page: `${articlePath(a.frontmatter.slug)}index.html`,
      ...(i > 0 ? { copy: true } : {}),
      ...(text ? { text } : {}),
    }));
  });
  return {
    inputs: sources.map((s) => ({ file: s.displayPath, lines: s.lines })),
    articles,
    ingested: result.articles,
  };
}
