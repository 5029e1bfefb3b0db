/**
 * The fidelity check over a built site on disk: reads every article page of the site
 * folder, and compares what they show with the ingested input (scripts/checks/fidelity.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ARTICLE_ATTR } from '../../src/shared/page-markers.ts';
import { articlePath } from '../../src/shared/urls.ts';
import { WorkerPool } from '../../src/shared/worker-pool.ts';
import type { IngestResult } from '../ingest/pipeline.ts';
import type { InputFile } from '../ingest/read.ts';
import {
  checkFidelity,
  emptyFidelityReport,
  formatFidelityProblem,
  formatFidelityTally,
  type FidelityProblem,
  type FidelityReport,
  type InputLines,
  type PageText,
  type PlacedArticle,
} from './fidelity.ts';
import { FidelityCache } from './fidelity-cache.ts';
import { inputLinesOf } from './input-lines.ts';
import { readArticlePageText } from './page-text.ts';

/** An ingested article, as far as the check needs it. */
export interface IngestedArticleRef {
  slug: string;
  file: string;
  index: number;
  startLine: number;
  endLine: number;
  /** A copy merged into the article of another place (see PlacedArticle.copy). */
  copy?: boolean;
}

/** Folders of the built site that hold no pages. */
const NOT_PAGES = new Set(['pagefind', '_astro']);
const PAGES_PER_TURN = 64;

/**
 * Site-relative paths (POSIX) of every HTML file in the site. A folder whose `index.html`
 * is an expected article page is not listed (one article page per folder): its page is
 * taken as it is, and read (or found missing) like any other.
 */
function listHtmlFiles(siteDir: string, expected: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (rel === '' && NOT_PAGES.has(entry.name)) continue;
        const sub = `${rel}${entry.name}/`;
        if (expected.has(`${sub}index.html`)) out.push(`${sub}index.html`);
        else walk(path.join(dir, entry.name), sub);
      } else if (entry.name.endsWith('.html')) {
        out.push(`${rel}${entry.name}`);
      }
    }
  };
  walk(siteDir, '');
  return out.sort();
}

/** The text of an HTML file, or undefined when it does not exist. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** One input file for the check: its name, and its decoded lines, made when they are needed. */
export interface FidelityInput {
  /** The file as the build names it (InputLines.file). */
  file: string;
  lines: () => InputLines;
  /** The file's bytes as read, when known: with them, `cache` can keep its result. */
  bytes?: Uint8Array;
}

/** The input as decoded lines, each already made (no cache). */
export function decodedInputs(inputs: Iterable<InputLines>): Iterable<FidelityInput> {
  return (function* () {
    for (const lines of inputs) yield { file: lines.file, lines: () => lines };
  })();
}

export interface VerifySiteOptions {
  /** Every input file's name, up front: an article from another file is an error. */
  inputFiles?: readonly string[];
  /** Passing results of the last check, by input file (fidelity-cache.ts). */
  cache?: FidelityCache;
}

/**
 * Checks the built site in `siteDir` against the input: the decoded lines of every input
 * file and the articles the ingest made of them.
 *
 * One input file at a time: its lines and its articles' pages are read, checked and let
 * go, so that the check's memory stays that of one file however large the archive (at
 * 10,000 articles, holding every page's text and every decoded input at once cost 0.6 GB).
 * An input's lines are decoded only when its check is not in `cache`.
 */
export async function verifySiteFidelity(
  siteDir: string,
  inputs: Iterable<FidelityInput>,
  articles: readonly IngestedArticleRef[],
  options: VerifySiteOptions = {},
): Promise<FidelityReport> {
  const { inputFiles, cache } = options;
  const pageOf = (slug: string): string => `${articlePath(slug)}index.html`;
  const expected = new Set(articles.map((a) => pageOf(a.slug)));
  const files = listHtmlFiles(siteDir, expected);
  // Pages that belong to no article: an article element on one of them is text from nowhere.
  const unexpected: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const rel = files[i]!;
    if (expected.has(rel)) continue;
    // Give the event loop a turn now and then (the build's other work goes on meanwhile).
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) await yieldToEventLoop();
    const html = readIfThere(path.join(siteDir, rel));
    if (html?.includes(ARTICLE_ATTR) && readArticlePageText(html)) unexpected.push(rel);
  }
  const byFile = new Map<string, IngestedArticleRef[]>();
  for (const a of articles) {
    const list = byFile.get(a.file);
    if (list) list.push(a);
    else byFile.set(a.file, [a]);
  }
  if (inputFiles) {
    const known = new Set(inputFiles);
    for (const file of byFile.keys()) {
      if (!known.has(file)) throw new Error(`fidelity check: article from unknown input file ${file}`);
    }
  }
  const total = emptyFidelityReport();
  const add = (report: Omit<FidelityReport, 'pages' | 'problems'>, problems: readonly FidelityProblem[]) => {
    total.linesIn += report.linesIn;
    total.linesPlaced += report.linesPlaced;
    total.linesLost += report.linesLost;
    total.linesInFields += report.linesInFields;
    total.linesInBlocks += report.linesInBlocks;
    total.extraTexts += report.extraTexts;
    // Pages are counted once below: a document exported twice is checked on one page twice.
    total.problems.push(...problems);
  };
  const seen = new Set<string>();
  const pagesRead = new Set<string>();
  let read = 0;
  for (const input of inputs) {
    seen.add(input.file);
    const refs = byFile.get(input.file) ?? [];
    const pages = refs.map((a) => {
      const page = pageOf(a.slug);
      return { ref: a, page, html: readIfThere(path.join(siteDir, page)) };
    });
    let key: string | undefined;
    if (cache && input.bytes) {
      const hash = FidelityCache.hasher()
        .update(JSON.stringify([input.file, refs]))
        .update('\0')
        .update(input.bytes);
      for (const { html } of pages)
        hash.update(html === undefined ? '\0missing' : `\0${html.length}\0`).update(html ?? '');
      key = hash.digest('hex');
      const cached = cache.get(key);
      if (cached) {
        add(cached.counts, []);
        for (const page of cached.pages) pagesRead.add(page);
        continue;
      }
    }
    const placed: PlacedArticle[] = [];
    const shownPages: string[] = [];
    for (const { ref: a, page, html } of pages) {
      if (++read % PAGES_PER_TURN === 0) await yieldToEventLoop();
      const text =
        html === undefined ? undefined : html.includes(ARTICLE_ATTR) ? readArticlePageText(html) : undefined;
      const shown: PageText | undefined =
        text ??
        (html === undefined
          ? undefined
          : { units: [], problems: [`the page has no article element (${ARTICLE_ATTR})`] });
      if (shown) shownPages.push(page);
      placed.push({
        file: a.file,
        index: a.index,
        startLine: a.startLine,
        endLine: a.endLine,
        page,
        ...(a.copy ? { copy: true } : {}),
        ...(shown ? { text: shown } : {}),
      });
    }
    const { problems, pages: _pages, ...counts } = checkFidelity([input.lines()], placed);
    add(counts, problems);
    for (const page of shownPages) pagesRead.add(page);
    if (key !== undefined && problems.length === 0) cache!.set(key, { counts, pages: shownPages });
  }
  for (const file of byFile.keys()) {
    if (!seen.has(file)) throw new Error(`fidelity check: article from unknown input file ${file}`);
  }
  const rest = checkFidelity([], [], unexpected);
  add(rest, rest.problems);
  total.pages = pagesRead.size;
  return total;
}

/** What fidelity-worker.ts checks: the site, the input as read, and the articles made of it. */
export interface FidelityJob {
  siteDir: string;
  inputs: { file: InputFile; bytes: Uint8Array }[];
  articles: IngestedArticleRef[];
  /** The file the check keeps its passing results in between builds (fidelity-cache.ts). */
  cacheFile?: string;
}

/** `verifySiteFidelity` on a worker thread (fidelity-worker.ts), over the input as read. */
export async function verifySiteFidelityInWorker(job: FidelityJob): Promise<FidelityReport> {
  const pool = new WorkerPool<FidelityJob, FidelityReport>({
    url: new URL('./fidelity-worker.ts', import.meta.url),
    errorMessage: (message) => `fidelity check: ${message}`,
  });
  try {
    return await pool.run(job);
  } finally {
    await pool.terminate();
  }
}

/** How many problems a failed check lists (the rest are counted). */
const PROBLEMS_SHOWN = 10;

/** A fidelity check that found lost, extra or unsafe text; its message lists the problems. */
export class FidelityError extends Error {
  readonly report: FidelityReport;
  constructor(report: FidelityReport) {
    const shown = report.problems.slice(0, PROBLEMS_SHOWN).map((p) => `  ${formatFidelityProblem(p)}`);
    const more = report.problems.length - shown.length;
    super(
      [
        'the built pages do not show the input exactly (fidelity check):',
        `  ${formatFidelityTally(report)}`,
        ...shown,
        ...(more > 0 ? [`  … and ${more} more`] : []),
        'The previous site and articles are unchanged. (`--no-verify` skips this check.)',
      ].join('\n'),
    );
    this.name = 'FidelityError';
    this.report = report;
  }
}

/**
 * The build's fidelity stage: checks the staged site against the ingest result and
 * returns the tally line for the summary, or throws a FidelityError.
 */
export async function verifyFidelityStage(
  siteDir: string,
  ingest: Pick<IngestResult, 'sources' | 'articles' | 'eachSource' | 'inputs'>,
  /** The file the check keeps its passing results in between builds (only with `ingest.inputs`). */
  cacheFile?: string,
): Promise<string> {
  // One entry per place an article was found (copies of one text are one article).
  const articles = ingest.articles.flatMap((a) =>
    [a.frontmatter.provenance, ...(a.frontmatter.alsoIn ?? [])].map((p, i) => ({
      slug: a.frontmatter.slug,
      file: p.file,
      index: p.index,
      startLine: p.startLine,
      endLine: p.endLine,
      ...(i > 0 ? { copy: true } : {}),
    })),
  );
  // Decode the inputs one at a time when the ingest can (see verifySiteFidelity).
  const inputs: Iterable<InputLines> = ingest.eachSource
    ? (function* () {
        for (const s of ingest.eachSource!()) yield inputLinesOf(s);
      })()
    : ingest.sources.map(inputLinesOf);
  // With the input as read, on a thread of its own (the search index is being merged on this one).
  const report = ingest.inputs
    ? await verifySiteFidelityInWorker({
        siteDir,
        inputs: ingest.inputs(),
        articles,
        ...(cacheFile ? { cacheFile } : {}),
      })
    : await verifySiteFidelity(siteDir, decodedInputs(inputs), articles);
  if (report.problems.length > 0) throw new FidelityError(report);
  return formatFidelityTally(report);
}
