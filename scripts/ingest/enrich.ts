/**
 * enrich: computes what the article's page and listings need beyond its text: a permanent
 * id, a description, the word count and reading time; then assigns unique slugs across the
 * whole archive.
 */
import type { ArticleFrontmatter } from '../../src/lib/article-schema.ts';
import { shortHash } from '../../src/lib/hash.ts';
import { slugify } from '../../src/lib/slug.ts';
import { countWords, readingMinutes, summarise } from '../../src/lib/text-stats.ts';
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
  /** Hash of everything that reaches the MDX file (for skipping unchanged writes). */
  contentHash: string;
}

export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') for (const item of b.items) out.push(item.text);
    else out.push(b.text);
  }
  return out;
}

/** The id an article gets when no registry names it: a hash of its title and text. */
export function contentId(article: StructuredArticle): string {
  return shortHash([article.title, ...blockTexts(article.blocks)].join('\n'), 10);
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
  const enriched: EnrichedArticle = {
    ...article,
    ...(article.source === undefined && defaultSource ? { source: defaultSource } : {}),
    id,
    baseSlug,
    description: summarise(opening),
    ...(date ? { date } : {}),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    contentHash: '',
  };
  return enriched;
}

/**
 * Gives every article a unique slug. Articles whose titles give the same slug are told
 * apart by their ids: the one with the smallest id keeps the plain slug, the others get
 * `-<id prefix>`, so the result never depends on input order.
 */
export function assignSlugs(articles: readonly EnrichedArticle[]): Map<string, string> {
  const byBase = new Map<string, EnrichedArticle[]>();
  for (const a of articles) {
    const group = byBase.get(a.baseSlug);
    if (group) group.push(a);
    else byBase.set(a.baseSlug, [a]);
  }
  const taken = new Set(byBase.keys());
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    sorted.forEach((a, i) => {
      if (i === 0) {
        slugs.set(a.id, base);
        return;
      }
      let slug = `${base.slice(0, 64).replace(/-+$/, '')}-${a.id.slice(0, 6)}`;
      for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 60)}-${a.id.slice(0, 6)}-${n}`;
      taken.add(slug);
      slugs.set(a.id, slug);
    });
  }
  return slugs;
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
