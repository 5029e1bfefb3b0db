/**
 * The fidelity check over a built site on disk: reads every article page of the site
 * folder, and compares what they show with the ingested input (scripts/checks/fidelity.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articlePath } from '../../src/lib/urls.ts';
import type { IngestResult } from '../ingest/pipeline.ts';
import {
  checkFidelity,
  formatFidelityProblem,
  formatFidelityTally,
  type FidelityReport,
  type InputLines,
  type PageText,
  type PlacedArticle,
} from './fidelity.ts';
import { markStage } from '../stage-log.ts';
import { readArticlePageText } from './page-text.ts';

/** An ingested article, as far as the check needs it. */
export interface IngestedArticleRef {
  slug: string;
  file: string;
  index: number;
  startLine: number;
  endLine: number;
}

/** Folders of the built site that hold no pages. */
const NOT_PAGES = new Set(['pagefind', '_astro']);
const ARTICLE_MARKER = 'data-pagefind-body';
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

/**
 * Checks the built site in `siteDir` against the input: the decoded lines of every input
 * file and the articles the ingest made of them.
 */
export async function verifySiteFidelity(
  siteDir: string,
  inputs: readonly InputLines[],
  articles: readonly IngestedArticleRef[],
): Promise<FidelityReport> {
  const pages = new Map<string, PageText>();
  const plain = new Set<string>();
  const pageOf = (slug: string): string => `${articlePath(slug)}index.html`;
  const files = listHtmlFiles(siteDir, new Set(articles.map((a) => pageOf(a.slug))));
  for (let i = 0; i < files.length; i++) {
    // Give the event loop a turn now and then, so that the check can run while the
    // search index is being built (Pagefind works in its own process).
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) await yieldToEventLoop();
    const rel = files[i]!;
    const html = readIfThere(path.join(siteDir, rel));
    if (html === undefined) continue;
    const text = html.includes(ARTICLE_MARKER) ? readArticlePageText(html) : undefined;
    if (text) pages.set(rel, text);
    else plain.add(rel);
  }
  const placed: PlacedArticle[] = articles.map((a) => {
    const page = pageOf(a.slug);
    const text = pages.get(page);
    pages.delete(page);
    const withoutArticle: PageText | undefined = plain.has(page)
      ? { units: [], problems: ['the page has no article element (data-pagefind-body)'] }
      : undefined;
    const shown = text ?? withoutArticle;
    return {
      file: a.file,
      index: a.index,
      startLine: a.startLine,
      endLine: a.endLine,
      page,
      ...(shown ? { text: shown } : {}),
    };
  });
  return checkFidelity(inputs, placed, [...pages.keys()]);
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
  ingest: Pick<IngestResult, 'sources' | 'articles'>,
): Promise<string> {
  const report = await verifySiteFidelity(
    siteDir,
    ingest.sources.map((s) => ({ file: s.displayPath, lines: s.lines })),
    ingest.articles.map((a) => ({
      slug: a.frontmatter.slug,
      file: a.frontmatter.provenance.file,
      index: a.frontmatter.provenance.index,
      startLine: a.frontmatter.provenance.startLine,
      endLine: a.frontmatter.provenance.endLine,
    })),
  );
  if (report.problems.length > 0) throw new FidelityError(report);
  return formatFidelityTally(report);
}

/** A fidelity check that starts as soon as Astro has written the pages. */
export interface FidelityCheckRun {
  /** Add to `astro build`'s integrations: starts the check in `astro:build:generated`. */
  integration: AstroIntegration;
  /**
   * Waits for the check (starting it on `siteDir` if the hook never ran) and gives the
   * tally line and the time the check took; rejects with a FidelityError.
   */
  finish: (siteDir: string) => Promise<{ tally: string; ms: number }>;
}

/**
 * Runs the fidelity check alongside the rest of `astro build`: it starts when the pages
 * are written, so it overlaps the search index, which Pagefind builds in its own process
 * in `astro:build:done`.
 */
export function fidelityCheckRun(ingest: Pick<IngestResult, 'sources' | 'articles'>): FidelityCheckRun {
  let running: Promise<{ tally: string; ms: number }> | undefined;
  const start = (siteDir: string) => {
    const started = performance.now();
    markStage('fidelity check', 'start');
    const run = verifyFidelityStage(siteDir, ingest).then((tally) => {
      markStage('fidelity check', 'end');
      return { tally, ms: performance.now() - started };
    });
    // Handled when `finish` awaits it; until then a failure must not count as unhandled.
    run.catch(() => undefined);
    return run;
  };
  return {
    integration: {
      name: 'news-archive-fidelity-check',
      hooks: {
        'astro:build:generated': ({ dir }) => {
          running = start(fileURLToPath(dir));
        },
      },
    },
    finish: (siteDir) => (running ??= start(siteDir)),
  };
}
