/**
 * The ingest pipeline: read → split → structure → enrich → MDX, for every input.
 * Pure apart from reading the input files; writing is write-articles.ts's job.
 */
import { articleSchema, type ArticleFrontmatter } from '../../src/lib/article-schema.ts';
import { shortHash } from '../../src/lib/hash.ts';
import type { Diagnostic } from './diagnostics.ts';
import { assignSlugs, blockTexts, enrichArticle, toFrontmatter, type EnrichedArticle } from './enrich.ts';
import { listInputFiles, readSource, type SourceFile } from './read.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { splitArticles, type FileFormat } from './split.ts';
import { structureArticle } from './structure.ts';
import { articleToMdast } from './to-mdast.ts';

export interface IngestOptions {
  /** Files or folders to read. */
  inputs: string[];
  /** Publisher for articles whose input names none. */
  defaultSource?: string;
  /** Called after each file is read (for progress). */
  onFile?: (done: number, total: number) => void;
}

export interface FileReport {
  file: string;
  format: FileFormat;
  articles: number;
  bytes: number;
}

export interface IngestedArticle {
  frontmatter: ArticleFrontmatter;
  /** The MDX file's full text. */
  mdx: string;
  article: EnrichedArticle;
}

export interface IngestResult {
  files: FileReport[];
  articles: IngestedArticle[];
  diagnostics: Diagnostic[];
  bytes: number;
  /** The decoded input files (the fidelity check compares the built site with them). */
  sources: SourceFile[];
}

/** Runs the ingest over already-read source files (the testable core). */
export function ingestSources(
  sources: SourceFile[],
  defaultSource?: string,
): Omit<IngestResult, 'bytes' | 'sources'> {
  const diagnostics: Diagnostic[] = [];
  const files: FileReport[] = [];
  const enriched: EnrichedArticle[] = [];
  for (const source of sources) {
    diagnostics.push(...source.diagnostics);
    // A binary file was skipped when it was read (with a warning); it is not also "empty".
    const binary = source.lines.length === 0 && source.diagnostics.some((d) => d.code === 'binary-file');
    const split = binary
      ? { format: 'empty' as const, articles: [], diagnostics: [] }
      : splitArticles(source);
    diagnostics.push(...split.diagnostics);
    files.push({
      file: source.displayPath,
      format: split.format,
      articles: split.articles.length,
      bytes: source.bytes,
    });
    for (const raw of split.articles) {
      enriched.push(enrichArticle(structureArticle(raw, diagnostics), defaultSource));
    }
  }

  // Identical articles (the same text twice in the input) would share an id: the second
  // copy gets a salted id and a warning naming the first.
  const firstById = new Map<string, EnrichedArticle>();
  for (const article of enriched) {
    const first = firstById.get(article.id);
    if (!first) {
      firstById.set(article.id, article);
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'duplicate-article',
      file: article.file,
      line: article.startLine,
      message: `article repeats the one at ${first.file}:${first.startLine}; kept as a separate article`,
    });
    let n = 2;
    let id: string;
    do id = shortHash([article.title, ...blockTexts(article.blocks), `#${n++}`].join('\n'), 10);
    while (firstById.has(id));
    article.id = id;
    firstById.set(id, article);
  }

  const slugs = assignSlugs(enriched);
  const articles: IngestedArticle[] = enriched.map((article) => {
    const frontmatter = toFrontmatter(article, slugs.get(article.id)!);
    const checked = articleSchema.safeParse(frontmatter);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new Error(
        `${article.file}:${article.startLine}: article does not fit the schema: ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    const mdx = serializeMdx(frontmatter, articleToMdast(article.blocks));
    return { frontmatter, mdx, article };
  });
  return { files, articles, diagnostics };
}

/** Reads every input and ingests it. */
export function ingest(options: IngestOptions): IngestResult {
  const listed = options.inputs.map((input) => listInputFiles(input));
  const inputFiles = listed.flatMap((l) => l.files);
  const sources: SourceFile[] = [];
  let bytes = 0;
  inputFiles.forEach((file, i) => {
    const source = readSource(file);
    bytes += source.bytes;
    sources.push(source);
    options.onFile?.(i + 1, inputFiles.length);
  });
  const result = ingestSources(sources, options.defaultSource);
  return {
    ...result,
    diagnostics: [...listed.flatMap((l) => l.skipped), ...result.diagnostics],
    bytes,
    sources,
  };
}
