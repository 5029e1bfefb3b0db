/**
 * `npm run build [-- options]`: ingest → astro build → search index, then a summary.
 *
 *   --input <file-or-folder>  read these dumps instead of content/sources (repeatable)
 *   --out <dir>               write the site here (default: dist)
 *   --base <path>             serve the site under this path, e.g. /archive/
 *   --site <url>              the URL the site is published at
 *   --source <name>           publisher for articles whose input names none
 *   --config <file>           site config file (default: content/site.yaml)
 *   --registry <file>         URL registry (default: content/registry.json for the built-in
 *                             corpus, else kept per output folder in node_modules/.cache)
 *   --only ingest             stop after writing the article MDX files
 *   --no-verify               skip the fidelity check of the built pages against the input
 *   --verbose                 show Astro's own log and stack traces
 *
 * Everything is built in staging folders and swapped in only when every stage succeeded,
 * so a failed build leaves the previous site and articles as they were.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shortHash } from '../src/lib/hash.ts';
import { PERMALINKS_FILE } from '../src/lib/permalinks.ts';
import { resolveSiteConfig, SiteConfigError } from '../src/lib/site-config.ts';
import { FidelityError, fidelityCheckRun } from './checks/verify-site.ts';
import { formatDiagnostic, InputError, type Diagnostic } from './ingest/diagnostics.ts';
import { ingest, type IngestResult } from './ingest/pipeline.ts';
import { permalinks } from './ingest/registry.ts';
import { readRegistry, writeRegistry } from './ingest/registry-file.ts';
import { formatRegistryReport } from './ingest/registry-report.ts';
import { swapIn, writeArticles, type WriteStats } from './ingest/write-articles.ts';
import { ProgressLine } from './progress.ts';
import { markStage } from './stage-log.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const USAGE = `usage: npm run build -- [--input <file-or-folder>]... [--out <dir>] [--base <path>]
                        [--site <url>] [--source <name>] [--config <file>] [--registry <file>]
                        [--only ingest] [--no-verify] [--verbose]`;

class UsageError extends Error {}

export interface BuildOptions {
  inputs: string[];
  out: string;
  base?: string;
  site?: string;
  source?: string;
  config: string;
  /** The URL registry file the build reads and updates. */
  registry: string;
  only?: 'ingest';
  /** Check the built pages against the input (on unless --no-verify). */
  verify: boolean;
  verbose: boolean;
  /** Folder for generated articles (default: content/articles for the built-in corpus). */
  articlesDir: string;
  /** Astro's cache folder. */
  cacheDir: string;
  /** Folder for this output's build state (ingest report, caches). */
  workDir: string;
  builtIn: boolean;
}

export function parseCli(argv: string[], cwd = process.cwd()): BuildOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        base: { type: 'string' },
        site: { type: 'string' },
        source: { type: 'string' },
        config: { type: 'string' },
        registry: { type: 'string' },
        only: { type: 'string' },
        verify: { type: 'boolean', default: true },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  if (v.only !== undefined && v.only !== 'ingest')
    throw new UsageError(`--only takes "ingest", not "${v.only}"`);
  const builtIn = !v.input || v.input.length === 0;
  const inputs = builtIn ? [path.join(ROOT, 'content/sources')] : v.input!.map((i) => path.resolve(cwd, i));
  const out = path.resolve(cwd, v.out ?? path.join(ROOT, 'dist'));
  // Each output folder gets its own work folder, so builds of different archives never
  // share generated files or caches, and a rebuild of the same one is incremental.
  const work = path.join(
    ROOT,
    'node_modules/.cache/news-archive',
    `${path.basename(out)}-${shortHash(out, 8)}`,
  );
  const articlesDir = builtIn && !v.out ? path.join(ROOT, 'content/articles') : path.join(work, 'articles');
  const cacheDir = builtIn && !v.out ? path.join(ROOT, 'node_modules/.astro') : path.join(work, 'astro');
  return {
    inputs,
    out,
    ...(v.base !== undefined ? { base: v.base.endsWith('/') ? v.base : `${v.base}/` } : {}),
    ...(v.site !== undefined ? { site: v.site } : {}),
    ...(v.source !== undefined ? { source: v.source } : {}),
    config: path.resolve(cwd, v.config ?? path.join(ROOT, 'content/site.yaml')),
    // The built-in archive's registry is committed; another archive's lives with its build
    // state unless --registry puts it somewhere to commit.
    registry: v.registry
      ? path.resolve(cwd, v.registry)
      : builtIn
        ? path.join(ROOT, 'content/registry.json')
        : path.join(work, 'registry.json'),
    ...(v.only === 'ingest' ? { only: 'ingest' as const } : {}),
    verify: v.verify ?? true,
    verbose: v.verbose ?? false,
    articlesDir,
    cacheDir,
    workDir: work,
    builtIn,
  };
}

interface StageTiming {
  name: string;
  ms: number;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function kib(bytes: number): string {
  return bytes >= 10 * 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${(bytes / 1024).toFixed(0)} KiB`;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') n += countHtml(path.join(dir, entry.name));
    } else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function progress(label: string): (done: number, total: number) => void {
  const tty = process.stdout.isTTY;
  let lastShown = 0;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - lastShown < (tty ? 100 : 2000)) return;
    lastShown = now;
    if (tty) process.stdout.write(`\r  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    else log(`  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    if (tty && done === total) process.stdout.write('\n');
  };
}

function printIngestReport(result: IngestResult, reportFile: string): void {
  const byFormat = new Map<string, number>();
  for (const f of result.files) byFormat.set(f.format, (byFormat.get(f.format) ?? 0) + 1);
  const formats = [...byFormat].map(([k, n]) => `${n} ${k}`).join(', ');
  log(
    `Read ${result.files.length} file${result.files.length === 1 ? '' : 's'} (${formats}; ${kib(result.bytes)}): ${result.articles.length} articles${result.cachedFiles > 0 ? ` (${result.cachedFiles} unchanged file${result.cachedFiles === 1 ? '' : 's'} from the cache)` : ''}`,
  );
  const shown = result.files.length <= 25 ? result.files : result.files.slice(0, 10);
  for (const f of shown) {
    log(`  ${f.file}  ${f.format}  ${f.articles} article${f.articles === 1 ? '' : 's'}`);
  }
  if (shown.length < result.files.length) {
    log(
      `  … and ${result.files.length - shown.length} more (every file: ${path.relative(process.cwd(), reportFile)})`,
    );
  }
  const report = path.relative(process.cwd(), reportFile);
  printDiagnostics(
    'Warnings',
    result.diagnostics.filter((d) => d.severity !== 'info'),
    report,
  );
  printDiagnostics(
    'Notes',
    result.diagnostics.filter((d) => d.severity === 'info'),
    report,
  );
}

/** Prints diagnostics grouped by kind: every one of a rare kind, the first few of a common one. */
function printDiagnostics(heading: string, diagnostics: Diagnostic[], report: string): void {
  if (diagnostics.length === 0) return;
  log(`${heading} (${diagnostics.length}):`);
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = byCode.get(d.code);
    if (group) group.push(d);
    else byCode.set(d.code, [d]);
  }
  for (const [code, group] of byCode) {
    const shown = group.length <= 5 ? group : group.slice(0, 3);
    for (const d of shown) log(`  ${formatDiagnostic(d)}`);
    if (shown.length < group.length)
      log(`  … and ${group.length - shown.length} more ${code} (all of them: ${report})`);
  }
}

export async function runBuild(options: BuildOptions): Promise<void> {
  const started = performance.now();
  const timings: StageTiming[] = [];
  const stage = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    markStage(name, 'start');
    const value = await fn();
    markStage(name, 'end');
    timings.push({ name, ms: performance.now() - t0 });
    return value;
  };

  // Site config first: a bad config fails before any work is done.
  process.env.ARCHIVE_SITE_CONFIG = options.config;
  if (options.base !== undefined) process.env.ARCHIVE_BASE = options.base;
  if (options.site !== undefined) process.env.ARCHIVE_SITE = options.site;
  if (options.source !== undefined) process.env.ARCHIVE_DEFAULT_SOURCE = options.source;
  const siteConfig = resolveSiteConfig(process.env);

  mkdirSync(options.workDir, { recursive: true });
  const reportFile = path.join(options.workDir, 'ingest-report.json');
  const registry = readRegistry(options.registry);

  const result = await stage('ingest', () =>
    ingest({
      inputs: options.inputs,
      ...(siteConfig.defaultSource ? { defaultSource: siteConfig.defaultSource } : {}),
      onFile: progress('reading files'),
      registry,
      cacheDir: path.join(options.workDir, 'ingest-cache'),
    }),
  );
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify({ files: result.files, diagnostics: result.diagnostics }, null, 2)}\n`,
  );
  printIngestReport(result, reportFile);
  if (result.articles.length === 0) {
    throw new InputError({
      severity: 'error',
      code: 'empty-file',
      file: options.inputs.join(', '),
      message: 'no articles found in the input',
    });
  }

  const stagingArticles = `${options.articlesDir}.staging`;
  const written: WriteStats = await stage('write MDX', () =>
    writeArticles(
      new Map(result.articles.map((a) => [`${a.frontmatter.slug}.mdx`, a.mdx])),
      options.articlesDir,
      stagingArticles,
    ),
  );
  // The MDX text is on disk now, and the blocks were only needed to write it: let them go
  // (at 10,000 articles, a few hundred MB the rest of the build has no use for).
  for (const a of result.articles) {
    a.mdx = '';
    a.article.blocks = [];
  }
  log(`Articles: ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed`);
  writeFileSync(
    path.join(stagingArticles, PERMALINKS_FILE),
    `${JSON.stringify(permalinks(result.registry.registry), null, 1)}\n`,
  );
  for (const line of formatRegistryReport(
    result.registry.report,
    path.relative(process.cwd(), options.registry),
  ))
    log(line);

  if (options.only === 'ingest') {
    const old = swapIn(stagingArticles, options.articlesDir);
    if (old) rmSync(old, { recursive: true, force: true });
    writeRegistry(options.registry, result.registry.registry);
    printTimings(timings, started);
    return;
  }

  // The site is staged inside the project, never beside the output folder: Astro decides
  // whether its output folder is inside the project by comparing path text, so staging at
  // `/work/site.staging` for a project at `/work/site` would break its build.
  const stagingOut = path.join(options.workDir, 'site.staging');
  rmSync(stagingOut, { recursive: true, force: true });
  process.env.ARCHIVE_ARTICLES_DIR = stagingArticles;
  process.env.ARCHIVE_OUT_DIR = stagingOut;
  process.env.ARCHIVE_CACHE_DIR = options.cacheDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const { lastSearchIndexStats, reportProgressTo } = await import('../src/integrations/search-index.ts');
  log('Building pages and search index…');
  const fidelity = options.verify ? fidelityCheckRun(result) : undefined;
  const progressLine = new ProgressLine();
  reportProgressTo((label, done, total) => progressLine.update(label, done, total));
  const astroStarted = performance.now();
  markStage('astro build', 'start');
  try {
    await build({
      root: ROOT,
      logLevel: options.verbose ? 'info' : 'warn',
      ...(fidelity ? { integrations: [fidelity.integration] } : {}),
    });
    markStage('astro build', 'end');
  } catch (error) {
    rmSync(stagingOut, { recursive: true, force: true });
    rmSync(stagingArticles, { recursive: true, force: true });
    throw error;
  } finally {
    progressLine.done();
    reportProgressTo(undefined);
  }
  const astroMs = performance.now() - astroStarted;
  const index = lastSearchIndexStats();
  // The index is built alongside page generation; what is left after it is its own stage.
  timings.push({ name: 'astro build', ms: astroMs - (index?.msAfterPages ?? 0) });
  if (index) timings.push({ name: 'search index', ms: index.msAfterPages });

  if (fidelity) {
    try {
      // The check ran alongside the search index: its time overlaps the index's.
      const { tally, ms } = await fidelity.finish(stagingOut);
      timings.push({ name: 'fidelity check (overlaps index)', ms });
      log(tally);
    } catch (error) {
      rmSync(stagingOut, { recursive: true, force: true });
      rmSync(stagingArticles, { recursive: true, force: true });
      throw error;
    }
  }

  const pages = countHtml(stagingOut);
  await stage('swap in', async () => {
    // The previous folders go once the new ones are in place; deleting both at once lets
    // the file system work on them in parallel.
    const old = [swapIn(stagingArticles, options.articlesDir), swapIn(stagingOut, options.out)];
    writeRegistry(options.registry, result.registry.registry);
    await Promise.all(old.map((dir) => dir && rm(dir, { recursive: true, force: true })));
  });

  log(`Pages written: ${pages} (${result.articles.length} articles)`);
  if (index) {
    log(
      `Search index: ${index.pages} pages indexed, ${index.files} files, ${kib(index.bytes)} (${index.shards} shard${index.shards === 1 ? '' : 's'}, ${index.reusedShards} unchanged; ${seconds(index.ms)} in all, alongside page generation)`,
    );
    const v = index.vocabulary;
    log(`Spelling vocabulary: ${v.words} words in ${v.shards} shards, ${kib(v.bytes)}, ${seconds(v.ms)}`);
  }
  printTimings(timings, started);
  log(`Site: ${path.relative(process.cwd(), options.out) || '.'}/  (npm run preview to serve it)`);
}

function printTimings(timings: StageTiming[], started: number): void {
  const width = Math.max(...timings.map((t) => t.name.length), 5);
  log('Stage times:');
  for (const t of timings) log(`  ${t.name.padEnd(width)}  ${seconds(t.ms).padStart(8)}`);
  log(`  ${'total'.padEnd(width)}  ${seconds(performance.now() - started).padStart(8)}`);
}

function describeError(error: unknown, verbose: boolean): string {
  if (
    error instanceof InputError ||
    error instanceof SiteConfigError ||
    error instanceof UsageError ||
    error instanceof FidelityError
  )
    return error.message;
  const err = error as Error;
  if (verbose) return err.stack ?? String(err);
  return `${err.message}\n(run again with --verbose for details)`;
}

async function main(): Promise<void> {
  let options: BuildOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
    process.exit(message ? 2 : 0);
  }
  for (const input of options.inputs) {
    if (!existsSync(input)) {
      process.stderr.write(`error: input not found: ${input}\n`);
      process.exit(2);
    }
  }
  try {
    await runBuild(options);
  } catch (error) {
    process.stderr.write(`build failed: ${describeError(error, options.verbose)}\n`);
    process.exit(1);
  }
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (invokedDirectly) await main();
