/**
 * enrich: computes what the article's page and listings need beyond its text: a content
 * id, the slug its title gives, a description, the word count and reading time. The URL
 * registry (registry.ts) then settles each article's permanent id and unique slug.
 */
import type { ArticleFrontmatter } from '../../src/shared/article-schema.ts';
import type { ArticleEntities } from '../../src/shared/entities.ts';
import type { ArticleMentions } from './entities/extract.ts';
import { shortHash } from '../../src/shared/hash.ts';
import { slugify } from '../../src/shared/slug.ts';
import { countWords, readingMinutes, summarise } from './text-stats.ts';
import { articleDate, type ArticleDate } from './dates/article-date.ts';
import { dateFrontmatter } from './dates/date-frontmatter.ts';
import { LEDE_PARAGRAPHS } from './dates/text-date.ts';
import type { FileIngestOptions } from './file-ingest.ts';
import type { DocumentMetadata, Term } from './core/export-format.ts';
import { articleLanguage } from './language.ts';
import type { Block, StructuredArticle } from './structure.ts';

export interface EnrichedArticle extends StructuredArticle, ArticleDate {
  id: string;
  /** The slug the title gives, before uniqueness is enforced. */
  baseSlug: string;
  description: string;
  /** The export's date with its time (and zone), when it states a time (date fields: dates/article-date.ts). */
  dateTime?: string;
  language: string;
  languageBasis: 'export' | 'detected' | 'site';
  /** Equal for articles with the same title and text, white space aside (merge-copies.ts). */
  copyKey: string;
  /** Further places the same text was found (merge-copies.ts merges the copies). */
  alsoIn?: ArticleFrontmatter['provenance'][];
  /** Content ids of the copies merged into this article (their earlier URLs redirect here). */
  copyIds?: string[];
  wordCount: number;
  readingMinutes: number;
  /** The people, places and organisations the text names (entities/extract.ts). */
  mentions?: ArticleMentions;
  /** The same, merged across the archive (entities/resolve.ts): the frontmatter's `entities`. */
  entities?: ArticleEntities;
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

/** A hash of title and text with every run of white space made one space: see `copyKey`. */
export function copyKeyOf(article: StructuredArticle): string {
  return shortHash([article.title, ...blockTexts(article.blocks)].join(' ').replace(/\s+/gu, ' ').trim(), 16);
}

export function enrichArticle(
  article: StructuredArticle,
  options: Pick<FileIngestOptions, 'defaultSource' | 'siteLanguage' | 'detectLanguage'>,
): EnrichedArticle {
  const { defaultSource } = options;
  const texts = blockTexts(article.blocks);
  const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph');
  const opening =
    firstParagraph && firstParagraph.kind === 'paragraph' ? firstParagraph.text : (texts[0] ?? '');
  const wordCount = countWords(article.title) + texts.reduce((n, t) => n + countWords(t), 0);
  const id = contentId(article);
  const baseSlug = slugify(article.title) || `article-${id}`;
  const stated = article.metadata?.date;
  const date = articleDate(stated, () =>
    article.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).slice(0, LEDE_PARAGRAPHS),
  );
  const language = articleLanguage(
    article.metadata?.language,
    () => [article.title, ...texts].join('\n'),
    options.detectLanguage,
    options.siteLanguage,
  );
  return {
    ...article,
    ...(article.source === undefined && defaultSource ? { source: defaultSource } : {}),
    id,
    copyKey: copyKeyOf(article),
    baseSlug,
    description: summarise(opening),
    ...date,
    ...(stated && stated.length > 10 ? { dateTime: stated } : {}),
    language: language.language,
    languageBasis: language.basis,
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
    ...(sectionOf(article) ? { section: sectionOf(article)! } : {}),
    ...dateFrontmatter(article),
    ...(article.dateTime ? { dateTime: article.dateTime } : {}),
    language: article.language,
    languageBasis: article.languageBasis,
    ...(article.metadata ? metadataFrontmatter(article.metadata) : {}),
    ...(article.entities ? { entities: article.entities } : {}),
    description: article.description,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    provenance: provenanceOf(article),
    ...(article.alsoIn ? { alsoIn: article.alsoIn } : {}),
  };
}

/** Where an article was found: its file, lines, position and (for an export) format. */
export function provenanceOf(article: EnrichedArticle): ArticleFrontmatter['provenance'] {
  return {
    file: article.file,
    startLine: article.startLine,
    endLine: article.endLine,
    index: article.index,
    ...(article.format ? { format: article.format } : {}),
  };
}

/**
 * The section: an export's own (the folder an export sits in says how the user filed their
 * downloads, not the newspaper's section), else the folder's.
 */
function sectionOf(article: EnrichedArticle): string | undefined {
  return article.format ? article.metadata?.section : article.section;
}

const terms = (list: Term[] | undefined): Term[] | undefined => (list && list.length > 0 ? list : undefined);

/** The frontmatter fields an export's metadata fills (source, date, section: above). */
function metadataFrontmatter(m: DocumentMetadata): Partial<ArticleFrontmatter> {
  const out: Partial<ArticleFrontmatter> = {};
  if (m.authors && m.authors.length > 0) out.authors = m.authors;
  if (m.byline) out.byline = m.byline;
  if (m.page) out.page = m.page;
  if (m.edition) out.edition = m.edition;
  if (m.dateline) out.dateline = m.dateline;
  if (m.statedWordCount !== undefined) out.statedWordCount = m.statedWordCount;
  const subjects = terms(m.subjects);
  if (subjects) out.subjects = subjects;
  const organisations = terms(m.organisations);
  if (organisations) out.organisations = organisations;
  const persons = terms(m.persons);
  if (persons) out.persons = persons;
  const places = terms(m.places);
  if (places) out.places = places;
  const industries = terms(m.industries);
  if (industries) out.industries = industries;
  if (m.documentId) out.documentId = m.documentId;
  // Only links the page may show: http and https.
  if (m.url && /^https?:\/\/\S+$/i.test(m.url)) out.url = m.url;
  if (m.loadDate) out.loadDate = m.loadDate;
  if (m.abstract) out.abstract = m.abstract;
  if (m.documentType) out.documentType = m.documentType;
  return out;
}
