/**
 * The ingest pipeline: read → split → structure → enrich → register → MDX, for every input.
 * Per-file work is in file-ingest.ts (cached by ingest-cache.ts, run on worker threads by
 * ingest-workers.ts); what needs all articles at once is here. Pure apart from reading the
 * input files and the cache; writing is write-articles.ts's job, and reading and writing
 * the URL registry is registry-file.ts's.
 */
import { readFileSync } from 'node:fs';
import { articleSchema, type ArticleFrontmatter } from '../../src/shared/article-schema.ts';
import { mdxFile } from '../../src/shared/mdx-file.ts';
import { DEFAULT_LANGUAGE } from '../../src/shared/site-config.ts';
import type { Diagnostic } from './core/diagnostics.ts';
import { blockTexts, contentId, toFrontmatter, type EnrichedArticle } from './enrich.ts';
import { mergeArchiveEntities } from './article-entities.ts';
import { dateFromNeighbours } from './dates/neighbours.ts';
import { ingestFile, type FileIngest, type FileIngestOptions, type FileReport } from './file-ingest.ts';
import { loadLanguageDetector } from './language.ts';
import { mergeCopies } from './merge-copies.ts';
import { FrontmatterMemo, IngestCache } from './ingest-cache.ts';
import { ingestInWorkers, ingestWorkerCount, type WorkerInput } from './ingest-workers.ts';
import { listInputFiles, sourceFromBytes, type InputFile, type SourceFile } from './read.ts';
import { emptyRegistry, type Registry } from './registry.ts';
import { reconcile, type RegistryInput, type RegistryUpdate } from './registry-match.ts';
import { relateArticles } from './related/index.ts';
import { serializeFrontmatter } from './serialize-mdx.ts';

export type { FileReport } from './file-ingest.ts';

export interface IngestOptions {
  /** Files or folders to read. */
  inputs: string[];
  /** Publisher for articles whose input names none. */
  defaultSource?: string;
  /** The site's language (an article's when its export states none and detection is unsure; default `en`). */
  siteLanguage?: string;
  /** Called after each file is ingested (for progress). */
  onFile?: (done: number, total: number) => void;
  /** The URL registry to match the articles against (default: none, a first build). */
  registry?: Registry;
  /** Folder for the ingest cache (see ingest-cache.ts); none: no cache. */
  cacheDir?: string;
  /** Worker threads to parse with (default: one per core, at most 4; 1: none). */
  workers?: number;
  /** Parse on worker threads only when the files to parse hold this many bytes (default 4 MiB). */
  minBytesForWorkers?: number;
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
  /**
   * The decoded input files (the fidelity check compares the built site with them). Decoded
   * on first use, from the bytes the ingest read: a rebuild that takes most files from its
   * cache does not pay for decoding them during the ingest.
   */
  sources: SourceFile[];
  /** The registry updated with this input, and what changed in it. */
  registry: RegistryUpdate;
  /** Files whose ingest came from the cache. */
  cachedFiles: number;
  /** Copies of an article's text merged into it (merge-copies.ts). */
  copiesMerged: number;
  /**
   * The decoded input files one at a time, each decoded when it is reached and not kept
   * (the fidelity check of a large archive uses this rather than `sources`).
   */
  eachSource?: () => Iterable<SourceFile>;
  /**
   * The input files and the bytes the ingest read from them, in order (for a check on
   * another thread to decode them exactly as the ingest did).
   */
  inputs?: () => { file: InputFile; bytes: Uint8Array }[];
}

/**
 * What the registry needs to know about an enriched article. `hash` is its content id
 * before any salting (see `contentId`); the block texts are only needed to make a
 * signature when none is given.
 */
export function registryInput(article: EnrichedArticle, hash: string, signature?: Uint8Array): RegistryInput {
  return {
    ...(signature ? { signature } : {}),
    ...(article.copyIds ? { copyHashes: article.copyIds } : {}),
    key: article.id,
    title: article.title,
    texts: signature ? [] : blockTexts(article.blocks),
    hash,
    baseSlug: article.baseSlug,
    order: `${article.file}\u0000${String(article.startLine).padStart(9, '0')}`,
  };
}

/** Runs the ingest over already-read source files (the testable core). */
export function ingestSources(
  sources: SourceFile[],
  options: Partial<FileIngestOptions> = {},
  registry: Registry = emptyRegistry(),
): Omit<IngestResult, 'bytes' | 'sources' | 'cachedFiles'> {
  const fileOptions = { siteLanguage: DEFAULT_LANGUAGE, ...options };
  return finishIngest(
    sources.map((source) => ingestFile(source, fileOptions)),
    registry,
  );
}

/**
 * The steps that need every article at once: merging copies of one text, matching
 * them with the URL registry, frontmatter (validated against the schema) and the MDX files.
 */
export function finishIngest(
  perFile: readonly FileIngest[],
  registry: Registry = emptyRegistry(),
  frontmatterMemo?: FrontmatterMemo,
): Omit<IngestResult, 'bytes' | 'sources' | 'cachedFiles'> {
  const diagnostics: Diagnostic[] = [];
  const files: FileReport[] = [];
  const enriched: EnrichedArticle[] = [];
  const bodies: string[] = [];
  const signatures: Uint8Array[] = [];
  for (const file of perFile) {
    diagnostics.push(...file.diagnostics);
    files.push(file.report);
    dateFromNeighbours(file.articles);
    enriched.push(...file.articles);
    bodies.push(...file.bodies);
    signatures.push(...file.signatures);
  }

  const { merged: copiesMerged } = mergeCopies(enriched, bodies, signatures, diagnostics);
  mergeArchiveEntities(enriched);
  // Each article's id is its content id (made on the ingest's threads). Copies are merged,
  // so two ids are equal only if two different texts' hashes collide: the later one is salted.
  const hashes = enriched.map((article) => article.id);
  const firstById = new Map<string, EnrichedArticle>();
  for (const article of enriched) {
    if (!firstById.has(article.id)) {
      firstById.set(article.id, article);
      continue;
    }
    let n = 2;
    let id: string;
    do id = contentId(article, n++);
    while (firstById.has(id));
    article.id = id;
    firstById.set(id, article);
  }

  const update = reconcile(
    registry,
    enriched.map((article, i) => registryInput(article, hashes[i]!, signatures[i])),
  );
  const { relations } = relateArticles(
    enriched.map((article) => ({
      id: update.assigned.get(article.id)!.id,
      title: article.title,
      texts: blockTexts(article.blocks),
      date: article.date,
    })),
  );
  const articles: IngestedArticle[] = enriched.map((article, i) => {
    const { id, slug } = update.assigned.get(article.id)!;
    article.id = id;
    const frontmatter = { ...toFrontmatter(article, slug), ...relations[i] };
    // Frontmatter seen in an earlier build was valid then and is written the same way again.
    const key = frontmatterMemo ? JSON.stringify(frontmatter) : '';
    let yaml = frontmatterMemo?.get(key);
    if (yaml === undefined) {
      const checked = articleSchema.safeParse(frontmatter);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new Error(
          `${article.file}:${article.startLine}: article does not fit the schema: ${issue.path.join('.')}: ${issue.message}`,
        );
      }
      yaml = serializeFrontmatter(frontmatter);
    }
    frontmatterMemo?.set(key, yaml);
    return { frontmatter, mdx: mdxFile(yaml, bodies[i]!), article };
  });
  return { files, articles, diagnostics, registry: update, copiesMerged };
}

/** Input files below this total size are parsed on the main thread (workers cost ~0.2 s to start). */
const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/**
 * Reads every input and ingests it: files unchanged since the last build come from the
 * cache, the others are parsed (on worker threads when there is much to parse).
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const listed = options.inputs.map((input) => listInputFiles(input));
  const inputFiles = listed.flatMap((l) => l.files);
  const cache = options.cacheDir ? new IngestCache(options.cacheDir) : undefined;
  const results: FileIngest[] = new Array<FileIngest>(inputFiles.length);
  const contents: Uint8Array[] = [];
  const toParse: { index: number; key?: string; input: WorkerInput }[] = [];
  let bytes = 0;
  let done = 0;
  const progress = (): void => options.onFile?.(++done, inputFiles.length);
  inputFiles.forEach((file, index) => {
    const content = readFileSync(file.absPath);
    contents.push(content);
    bytes += content.length;
    const key = cache?.key(file, content, `${options.defaultSource ?? ''}\0${options.siteLanguage ?? ''}`);
    const cached = key === undefined ? undefined : cache!.get(key);
    if (cached) {
      results[index] = cached;
      progress();
    } else toParse.push({ index, ...(key ? { key } : {}), input: { file, bytes: content } });
  });
  const parsedBytes = toParse.reduce((n, job) => n + job.input.bytes.length, 0);
  const workers = options.workers ?? ingestWorkerCount();
  const fileOptions = {
    ...(options.defaultSource !== undefined ? { defaultSource: options.defaultSource } : {}),
    siteLanguage: options.siteLanguage ?? DEFAULT_LANGUAGE,
  };
  const store = (job: (typeof toParse)[number], result: FileIngest): void => {
    results[job.index] = result;
    if (job.key) cache!.set(job.key, result);
    progress();
  };
  if (
    workers > 1 &&
    toParse.length > 1 &&
    parsedBytes >= (options.minBytesForWorkers ?? WORKER_THRESHOLD_BYTES)
  ) {
    await ingestInWorkers(
      toParse.map((job) => job.input),
      fileOptions,
      workers,
      (i, result) => store(toParse[i]!, result),
    );
  } else if (toParse.length > 0) {
    const detectLanguage = await loadLanguageDetector();
    for (const job of toParse) {
      store(
        job,
        ingestFile(sourceFromBytes(job.input.file, job.input.bytes), { ...fileOptions, detectLanguage }),
      );
    }
  }
  cache?.prune();
  const memo = cache?.frontmatterMemo();
  const result = finishIngest(results, options.registry, memo);
  if (memo) cache!.saveFrontmatterMemo(memo);
  let sources: SourceFile[] | undefined;
  const ingested = {
    ...result,
    diagnostics: [...listed.flatMap((l) => l.skipped), ...result.diagnostics],
    bytes,
    cachedFiles: inputFiles.length - toParse.length,
  } as IngestResult;
  Object.defineProperty(ingested, 'sources', {
    enumerable: true,
    get: () => (sources ??= inputFiles.map((file, i) => sourceFromBytes(file, contents[i]!))),
  });
  ingested.inputs = () => inputFiles.map((file, i) => ({ file, bytes: contents[i]! }));
  ingested.eachSource = function* () {
    for (const [i, file] of inputFiles.entries()) yield sources?.[i] ?? sourceFromBytes(file, contents[i]!);
  };
  return ingested;
}
