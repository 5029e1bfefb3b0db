/**
 * The ingest pipeline: read → split → structure → enrich → register → MDX, for every input.
 * Pure apart from reading the input files; writing is write-articles.ts's job, and reading
 * and writing the URL registry is registry-file.ts's.
 */
import { articleSchema, type ArticleFrontmatter } from '../../src/lib/article-schema.ts';
import type { Diagnostic } from './diagnostics.ts';
import { blockTexts, contentId, enrichArticle, toFrontmatter, type EnrichedArticle } from './enrich.ts';
import { listInputFiles, readSource, type SourceFile } from './read.ts';
import {
  emptyRegistry,
  reconcile,
  type Registry,
  type RegistryInput,
  type RegistryUpdate,
} from './registry.ts';
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
  /** The URL registry to match the articles against (default: none, a first build). */
  registry?: Registry;
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
  /** The registry updated with this input, and what changed in it. */
  registry: RegistryUpdate;
}

/** What the registry needs to know about an enriched article. */
export function registryInput(article: EnrichedArticle): RegistryInput {
  return {
    key: article.id,
    title: article.title,
    texts: blockTexts(article.blocks),
    hash: contentId(article),
    baseSlug: article.baseSlug,
    order: `${article.file}\u0000${String(article.startLine).padStart(9, '0')}`,
  };
}

/** Runs the ingest over already-read source files (the testable core). */
export function ingestSources(
  sources: SourceFile[],
  defaultSource?: string,
  registry: Registry = emptyRegistry(),
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
    do id = contentId(article, n++);
    while (firstById.has(id));
    article.id = id;
    firstById.set(id, article);
  }

  const update = reconcile(registry, enriched.map(registryInput));
  const articles: IngestedArticle[] = enriched.map((article) => {
    const { id, slug } = update.assigned.get(article.id)!;
    article.id = id;
    const frontmatter = toFrontmatter(article, slug);
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
  return { files, articles, diagnostics, registry: update };
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
  const result = ingestSources(sources, options.defaultSource, options.registry);
  return {
    ...result,
    diagnostics: [...listed.flatMap((l) => l.skipped), ...result.diagnostics],
    bytes,
    sources,
  };
}
