/**
 * The ingest's entity steps (scripts/ingest/entities/): `articleMentions` per article (on the worker threads, in
 * file-ingest.ts) and `mergeArchiveEntities` once over the archive (pipeline.ts), which sets
 * each article's `entities` for its frontmatter.
 */
import { blockTexts, type EnrichedArticle } from './enrich.ts';
import { extractMentions, type ArticleMentions } from './entities/extract.ts';
import { resolveEntities } from './entities/resolve.ts';
import type { EntityKind } from '../../src/shared/entities.ts';

/** What an article's title and text name, before the archive's aliases are merged. */
export function articleMentions(article: Pick<EnrichedArticle, 'title' | 'blocks'>): ArticleMentions {
  return extractMentions([article.title, ...blockTexts(article.blocks)]);
}

/** Merges the mentions of every article into entities and sets each article's `entities`. */
export function mergeArchiveEntities(articles: EnrichedArticle[], textKinds?: readonly EntityKind[]): void {
  const views = articles.map((a) => ({
    title: a.title,
    ...(a.mentions ? { mentions: a.mentions } : {}),
    ...(a.metadata ? { metadata: a.metadata } : {}),
    texts: [a.title, ...blockTexts(a.blocks)],
  }));
  resolveEntities(views, textKinds);
  views.forEach((view, i) => {
    const article = articles[i]!;
    if ('entities' in view && view.entities) article.entities = view.entities;
    else delete article.entities;
  });
}
