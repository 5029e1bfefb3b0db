/**
 * The part of the ingest that needs only one input file: split → structure → enrich, and
 * the MDX body of each article (which depends on nothing outside the article). Pure and
 * self-contained, so it can run in a worker thread and its result can be cached by the
 * file's content (see ingest-cache.ts and ingest-workers.ts).
 */
import type { Diagnostic } from './core/diagnostics.ts';
import { blockTexts, enrichArticle, type EnrichedArticle } from './enrich.ts';
import { articleMentions } from './article-entities.ts';
import { articleSignature } from './fingerprint.ts';
import type { SourceFile } from './read.ts';
import { serializeBody } from './serialize-mdx.ts';
import { readExport } from './formats/index.ts';
import type { DetectLanguage } from './language.ts';
import { exportArticles, splitArticles, type FileFormat } from './split.ts';
import { structureArticle } from './structure.ts';
import { articleToMdast } from './to-mdast.ts';

export interface FileReport {
  file: string;
  format: FileFormat;
  articles: number;
  bytes: number;
  /** The number of documents a database export states, when it states one. */
  statedDocuments?: number;
}

/** Diagnostics of a file that reading already skipped (it holds no lines). */
const SKIPPED_WHEN_READ = new Set(['binary-file', 'unreadable-file']);

export interface FileIngest {
  report: FileReport;
  /** Everything reading, splitting and structuring this file reported, in order. */
  diagnostics: Diagnostic[];
  articles: EnrichedArticle[];
  /** The MDX body of each article (same order as `articles`). */
  bodies: string[];
  /** The registry's similarity signature of each article (same order). */
  signatures: Uint8Array[];
}

/** What ingesting a file needs besides the file. */
export interface FileIngestOptions {
  /** Publisher for articles whose input names none. */
  defaultSource?: string;
  /** The site's language: an article's when its export states none and detection is unsure. */
  siteLanguage: string;
  /** The language detector (language.ts); none: every article not stated is the site's language. */
  detectLanguage?: DetectLanguage;
}

export function ingestFile(source: SourceFile, options: FileIngestOptions): FileIngest {
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  // A file skipped when it was read (binary, unreadable) holds no lines; it is not also "empty".
  const skipped = source.lines.length === 0 && source.diagnostics.some((d) => SKIPPED_WHEN_READ.has(d.code));
  const parse = skipped ? undefined : readExport(source);
  const split = skipped
    ? { format: 'empty' as const, articles: [], diagnostics: [] }
    : parse
      ? exportArticles(source, parse)
      : splitArticles(source);
  diagnostics.push(...split.diagnostics);
  const articles: EnrichedArticle[] = [];
  const bodies: string[] = [];
  const signatures: Uint8Array[] = [];
  for (const raw of split.articles) {
    const article = enrichArticle(structureArticle(raw, diagnostics), options);
    article.mentions = articleMentions(article);
    articles.push(article);
    bodies.push(serializeBody(articleToMdast(article.blocks)));
    signatures.push(articleSignature(article.title, blockTexts(article.blocks)));
  }
  return {
    report: {
      file: source.displayPath,
      format: split.format,
      articles: articles.length,
      bytes: source.bytes,
      ...(parse?.statedDocuments !== undefined ? { statedDocuments: parse.statedDocuments } : {}),
    },
    diagnostics,
    articles,
    bodies,
    signatures,
  };
}
