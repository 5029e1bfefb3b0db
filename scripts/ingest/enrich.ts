/**
 * enrich: computes what the article's page and listings need beyond its text: a content
 * id, the slug its title gives, a description, the word count and reading time. The URL
 * registry (registry.ts) then settles each article's permanent id and unique slug.
 */
import type { ArticleFrontmatter } from '../../src/shared/article-schema.ts';
import { shortHash } from '../../src/shared/hash.ts';
import { slugify } from '../../src/shared/slug.ts';
import { countWords, readingMinutes, summarise } from './text-stats.ts';
import { openingDate } from './dates.ts';
import type { Block, StructuredArticle } from './structure.ts';

export interface EnrichedArticle extends StructuredArticle {
  id: string;
  /** The slug the title gives, before uniqueness is enforced. */
  baseSlug: string;
  description: string;
  /** YYYY-MM-DD when the opening paragraph begins with a full date (see dates.ts). */
  date?: string;
  wordCount: number;
  readingMinutes: number;
}

export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') for (const item of b.items) out.push(item.text);
    else out.push(b.text);
  }
  return out;
}

/**
 * A hash of an article's title and text: equal for identical articles. A new article's
 * permanent id is its content id (with `salt`, the n-th copy of a repeated article gets
 * its own).
 */
export function contentId(article: StructuredArticle, salt?: number): string {
  const parts = [article.title, ...blockTexts(article.blocks)];
  if (salt !== undefined) parts.push(`#${salt}`);
  return shortHash(parts.join('\n'), 10);
}

export function enrichArticle(article: StructuredArticle, defaultSource?: string): EnrichedArticle {
  const texts = blockTexts(article.blocks);
  const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph');
  const opening =
    firstParagraph && firstParagraph.kind === 'paragraph' ? firstParagraph.text : (texts[0] ?? '');
  const wordCount = countWords(article.title) + texts.reduce((n, t) => n + countWords(t), 0);
  const id = contentId(article);
  const baseSlug = slugify(article.title) || `article-${id}`;
  const date = openingDate(opening);
  return {
    ...article,
    ...(article.source === undefined && defaultSource ? { source: defaultSource } : {}),
    id,
    baseSlug,
    description: summarise(opening),
    ...(date ? { date } : {}),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

export function toFrontmatter(article: EnrichedArticle, slug: string): ArticleFrontmatter {
  return {
    id: article.id,
    title: article.title,
    slug,
    ...(article.source ? { source: article.source } : {}),
    ...(article.footer ? { footer: article.footer.text } : {}),
    ...(article.copyright ? { copyright: article.copyright } : {}),
    ...(article.section ? { section: article.section } : {}),
    ...(article.date ? { date: article.date } : {}),
    description: article.description,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    provenance: {
      file: article.file,
      startLine: article.startLine,
      endLine: article.endLine,
      index: article.index,
    },
  };
}
