/**
 * The part of the ingest that needs only one input file: split → structure → enrich, and
 * the MDX body of each article (which depends on nothing outside the article). Pure and
 * self-contained, so it can run in a worker thread and its result can be cached by the
 * file's content (see ingest-cache.ts and ingest-workers.ts).
 */
import type { Diagnostic } from './diagnostics.ts';
import { blockTexts, enrichArticle, type EnrichedArticle } from './enrich.ts';
import { articleSignature } from './fingerprint.ts';
import type { SourceFile } from './read.ts';
import { serializeBody } from './serialize-mdx.ts';
import { splitArticles, type FileFormat } from './split.ts';
import { structureArticle } from './structure.ts';
import { articleToMdast } from './to-mdast.ts';

export interface FileReport {
  file: string;
  format: FileFormat;
  articles: number;
  bytes: number;
}

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

export function ingestFile(source: SourceFile, defaultSource?: string): FileIngest {
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  // A binary file was skipped when it was read (with a warning); it is not also "empty".
  const binary = source.lines.length === 0 && source.diagnostics.some((d) => d.code === 'binary-file');
  const split = binary ? { format: 'empty' as const, articles: [], diagnostics: [] } : splitArticles(source);
  diagnostics.push(...split.diagnostics);
  const articles: EnrichedArticle[] = [];
  const bodies: string[] = [];
  const signatures: Uint8Array[] = [];
  for (const raw of split.articles) {
    const article = enrichArticle(structureArticle(raw, diagnostics), defaultSource);
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
    },
    diagnostics,
    articles,
    bodies,
    signatures,
  };
}
