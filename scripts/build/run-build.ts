/**
 * One build, start to end: ingest → write MDX → astro build (pages, search index, redirect
 * pages, fidelity check) → swap in, then the summary. Everything is built in staging folders
 * and swapped in only when every stage succeeded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PERMALINKS_FILE } from '../../src/shared/permalinks.ts';
import { loadSiteConfig } from '../../src/shared/site-config.ts';
import { InputError } from '../ingest/core/diagnostics.ts';
import { ingest } from '../ingest/pipeline.ts';
import { permalinks } from '../ingest/registry.ts';
import { readRegistry, writeRegistry } from '../ingest/registry-file.ts';
import { formatRegistryReport } from '../ingest/registry-report.ts';
import { swapIn, writeArticles, type WriteStats } from '../ingest/write-articles.ts';
import { writeOfflineEdition } from '../offline/write-edition.ts';
import { archiveAstroConfig } from '../site/astro-config.ts';
import { fidelityCheckRun } from '../site/fidelity-integration.ts';
import type { SearchIndexStats } from '../site/search-index-integration.ts';
import { ROOT, type BuildOptions } from './options.ts';
import { ProgressLine } from './progress.ts';
import {
  countHtml,
  kib,
  log,
  printIngestReport,
  printTimings,
  progress,
  seconds,
  type StageTiming,
} from './report.ts';
import { deleteSetAside, setAside } from './set-aside.ts';
import { stageLog } from './stage-log.ts';

/** Environment variables Vite reads into import.meta.env under its own names. */
const VITE_ENV_NAMES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

export async function runBuild(options: BuildOptions): Promise<void> {
  const started = performance.now();
  const timings: StageTiming[] = [];
  const markStage = stageLog(options.stageLog);
  const stage = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    markStage(name, 'start');
    const value = await fn();
    markStage(name, 'end');
    timings.push({ name, ms: performance.now() - t0 });
    return value;
  };

  // Site config first: a bad config fails before any work is done.
  const siteConfig = loadSiteConfig(options.config, {
    base: options.base,
    site: options.site,
    defaultSource: options.source,
  });

  mkdirSync(options.workDir, { recursive: true });
  // The folders the last build replaced go while this one ingests (set-aside.ts).
  const asideDir = path.join(options.workDir, 'replaced');
  const deletingReplaced = deleteSetAside(asideDir);
  // Awaited at the swap; a build that fails before it must not also fail on this.
  deletingReplaced.catch(() => undefined);
  /** Sets a replaced folder aside for the next build to delete, or deletes it now. */
  const discard = async (dir: string | undefined): Promise<void> => {
    if (dir && !setAside(dir, asideDir)) await rm(dir, { recursive: true, force: true });
  };
  const reportFile = path.join(options.workDir, 'ingest-report.json');
  const registry = readRegistry(options.registry);

  const result = await stage('ingest', () =>
    ingest({
      inputs: options.inputs,
      ...(siteConfig.defaultSource ? { defaultSource: siteConfig.defaultSource } : {}),
      siteLanguage: siteConfig.language,
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
    await deletingReplaced;
    await discard(swapIn(stagingArticles, options.articlesDir));
    writeRegistry(options.registry, result.registry.registry);
    printTimings(timings, started);
    return;
  }

  // The site is staged inside the project, never beside the output folder: Astro decides
  // whether its output folder is inside the project by comparing path text, so staging at
  // `/work/site.staging` for a project at `/work/site` would break its build.
  const stagingOut = path.join(options.workDir, 'site.staging');
  rmSync(stagingOut, { recursive: true, force: true });
  /** A failed stage leaves the previous site and articles: its staging folders go. */
  const dropStaging = (): void => {
    rmSync(stagingOut, { recursive: true, force: true });
    rmSync(stagingArticles, { recursive: true, force: true });
  };
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Vite's own names for import.meta.env: one inherited from the shell (a test runner sets
  // BASE_URL=/) would win over the base path of the config this build hands Astro.
  for (const name of VITE_ENV_NAMES) delete process.env[name];
  const { build } = await import('astro');
  log('Building pages and search index…');
  const fidelity = options.verify
    ? fidelityCheckRun(result, {
        markStage,
        cacheFile: path.join(options.workDir, 'fidelity-cache.json'),
      })
    : undefined;
  const progressLine = new ProgressLine();
  let index: SearchIndexStats | undefined;
  const astroStarted = performance.now();
  markStage('astro build', 'start');
  try {
    await build({
      ...archiveAstroConfig({
        root: ROOT,
        config: siteConfig,
        articlesDir: stagingArticles,
        outDir: stagingOut,
        cacheDir: options.cacheDir,
        renderPoolThreshold: options.renderPoolThreshold,
        searchIndex: {
          shardPages: options.searchShardPages,
          onProgress: (label, done, total) => progressLine.update(label, done, total),
          onIndexed: (stats) => (index = stats),
          markStage,
        },
        integrations: fidelity ? [fidelity.integration] : [],
      }),
      configFile: false,
      logLevel: options.verbose ? 'info' : 'warn',
    });
    markStage('astro build', 'end');
  } catch (error) {
    dropStaging();
    throw error;
  } finally {
    progressLine.done();
  }
  const astroMs = performance.now() - astroStarted;
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
      dropStaging();
      throw error;
    }
  }

  const pages = countHtml(stagingOut);
  if (options.offline) {
    // The offline edition is made from the staged site, which then goes: `out` is the edition.
    try {
      const edition = await stage('offline edition', () =>
        writeOfflineEdition({ site: stagingOut, out: options.out, base: siteConfig.base, root: ROOT }),
      );
      log(
        `Offline edition: ${edition.files} files, ${kib(edition.bytes)} (${edition.carriers} carried for search); zip ${kib(edition.zipBytes)}`,
      );
    } catch (error) {
      dropStaging();
      throw error;
    }
    rmSync(stagingOut, { recursive: true, force: true });
  }
  await stage('swap in', async () => {
    // Whatever the last build replaced is deleted by now (it went while this one ran): the
    // folders this one replaces take its place, to go in the next build.
    await deletingReplaced;
    await discard(swapIn(stagingArticles, options.articlesDir));
    if (!options.offline) await discard(swapIn(stagingOut, options.out));
    writeRegistry(options.registry, result.registry.registry);
  });

  log(`Pages written: ${pages} (${result.articles.length} articles)`);
  if (index) {
    log(
      `Search index: ${index.pages} pages indexed, ${index.files} files, ${kib(index.bytes)} (${index.shards} shard${index.shards === 1 ? '' : 's'}, ${index.reusedShards} unchanged; ${seconds(index.ms)} in all, alongside page generation)`,
    );
    const v = index.vocabulary;
    log(`Spelling vocabulary: ${v.words} words in ${v.shards} shards, ${kib(v.bytes)}, ${seconds(v.ms)}`);
    const t = index.topResults;
    log(`Precomputed results: the ${t.words} most frequent words, ${kib(t.bytes)}, ${seconds(t.ms)}`);
  }
  printTimings(timings, started);
  log(
    options.offline
      ? `Offline edition: ${path.relative(process.cwd(), options.out) || '.'}/ and ${path.relative(process.cwd(), options.out) || '.'}.zip  (open index.html)`
      : `Site: ${path.relative(process.cwd(), options.out) || '.'}/  (npm run preview to serve it)`,
  );
}
