/**
 * `npm run bench -- --input <corpus> [options]`: builds the corpus with the normal CLI
 * (scripts/build.ts, as a child process) from cold caches and measures every stage (wall
 * time, peak memory of the whole process tree), the size of the site and of its search
 * index; then edits one article and rebuilds (the incremental case); then measures search in
 * headless Chromium. Prints a summary, writes bench/results/<name>.json and appends a line
 * to bench/RESULTS.md.
 *
 *   --input <path>     corpus file or folder (repeatable); e.g. bench/corpora/synthetic-10000
 *   --name <label>     name of the corpus in the results (default: the input's folder name)
 *   --source <name>    passed to the build (publisher for articles that name none)
 *   --limit <n>        results each search query loads (default 10: a first screen)
 *   --no-rebuild       skip the edit-one-article rebuild
 *   --no-search        skip the search measurements
 *   --no-gzip          serve text files uncompressed in the search measurements
 *   --no-save          print only; do not write results
 *   --keep             keep bench/work/<name>/ (the built site) afterwards
 *   --offline          also write the offline edition and search it from disk (file://)
 *   --no-baseline      skip the Hugo + Pagefind baseline (run when `hugo` is installed:
 *                      the same articles as Markdown through Hugo, then Pagefind's CLI)
 *   --note <text>      a note for the results table (e.g. "quiet machine")
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCli } from '../scripts/build.ts';
import { listInputFiles } from '../scripts/ingest/read.ts';
import { isFooterLine } from '../scripts/ingest/footer.ts';
import { measureBuild, type BuildMeasure } from './lib/build-run.ts';
import { pickQueryWords } from './lib/query-words.ts';
import { saveResult, type BenchResult, type SiteSize } from './lib/results.ts';
import { runSearchBench } from './lib/search-bench.ts';
import { offlineDir, runOfflineBench } from './lib/offline-bench.ts';
import { hugoVersion, runHugoBaseline } from './lib/hugo-baseline.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BENCH = path.join(ROOT, 'bench');

function folderStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderStats(full);
      files += sub.files;
      bytes += sub.bytes;
      html += sub.html;
    } else {
      files++;
      bytes += statSync(full).size;
      if (entry.name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

function siteSize(site: string): SiteSize {
  const all = folderStats(site);
  const index = folderStats(path.join(site, 'pagefind'));
  return {
    pages: all.html,
    files: all.files,
    bytes: all.bytes,
    indexFiles: index.files,
    indexBytes: index.bytes,
  };
}

/**
 * Changes one word in one article of the corpus copy (the middle file, its first long body
 * line), writing a new file rather than changing the copied one in place.
 */
function editOneArticle(inputs: string[]): string {
  const files = inputs.flatMap((input) => listInputFiles(input).files);
  for (let k = 0; k < files.length; k++) {
    const file = files[(Math.floor(files.length / 2) + k) % files.length]!;
    const bytes = readFileSync(file.absPath);
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) continue; // not UTF-8: leave it alone
    const lines = text.split('\n');
    const index = lines.findIndex((l, i) => i > 0 && l.length > 120 && !isFooterLine(l) && / the /.test(l));
    if (index < 0) continue;
    lines[index] = lines[index]!.replace(' the ', ' the very ');
    const temp = `${file.absPath}.edit`;
    writeFileSync(temp, lines.join('\n'));
    renameSync(temp, file.absPath);
    return `${file.displayPath}:${index + 1}`;
  }
  throw new Error('found no article to edit');
}

function commitId(): string {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // Results the benchmark itself wrote do not make the tree dirty.
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/RESULTS.md', ':!bench/results'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${id}+` : id;
  } catch {
    return 'unknown';
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function printBuild(title: string, build: BuildMeasure): void {
  console.log(
    `\n${title}: ${seconds(build.ms)} (CPU ${seconds(build.cpuMs)}, of it kernel ${seconds(build.sysMs ?? 0)}), peak ${gib(build.peakRss)} (${Object.entries(
      build.peakByProcess,
    )
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${(bytes / 1024 ** 2).toFixed(0)} MB`)
      .join(', ')})`,
  );
  const width = Math.max(...build.stages.map((st) => st.stage.length), 5);
  console.log(
    `  ${'stage'.padEnd(width)}  ${'starts'.padStart(8)}  ${'time'.padStart(8)}  ${'CPU'.padStart(8)}  ${'kernel'.padStart(8)}  ${'peak memory'.padStart(12)}`,
  );
  for (const st of build.stages) {
    console.log(
      `  ${st.stage.padEnd(width)}  ${seconds(st.startMs).padStart(8)}  ${seconds(st.ms).padStart(8)}  ${seconds(st.cpuMs).padStart(8)}  ${seconds(st.sysMs ?? 0).padStart(8)}  ${gib(st.peakRss).padStart(12)}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true },
      name: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string', default: '10' },
      'no-rebuild': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-gzip': { type: 'boolean', default: false },
      'no-save': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      note: { type: 'string' },
    },
    strict: true,
  });
  const inputs = (values.input ?? []).map((i) => path.resolve(i));
  if (inputs.length === 0) {
    console.error(
      'usage: npm run bench -- --input <corpus> [--name <label>] [--source <name>] [--no-rebuild] [--no-search] [--offline] [--no-baseline] [--keep] [--note <text>]',
    );
    process.exit(2);
  }
  const name = values.name ?? path.basename(inputs[0]!).replace(/\.txt$/, '');
  const work = path.join(BENCH, 'work', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const loadBefore = os.loadavg();

  console.log(`Copying the corpus to ${path.relative(process.cwd(), work)}/corpus …`);
  const copies = inputs.map((input, i) => {
    const target = path.join(work, 'corpus', `${i}`, path.basename(input));
    cpSync(input, target, { recursive: true });
    return target;
  });
  const corpusFiles = copies.flatMap((c) => listInputFiles(c).files);
  const corpusBytes = corpusFiles.reduce((n, f) => n + statSync(f.absPath).size, 0);
  const site = path.join(work, 'site');
  const args = [
    ...copies.flatMap((c) => ['--input', c]),
    '--out',
    site,
    ...(values.source ? ['--source', values.source] : []),
  ];
  // A cold start: no caches from an earlier build of the same output folder.
  rmSync(parseCli(args, ROOT).workDir, { recursive: true, force: true });

  console.log(
    `Full build of ${name} (${corpusFiles.length} files, ${(corpusBytes / 1024 ** 2).toFixed(1)} MB)…`,
  );
  const full = await measureBuild({
    args,
    logFile: path.join(work, 'build-full.log'),
    stageLogFile: path.join(work, 'stages-full.jsonl'),
  });
  const size = siteSize(site);

  // The baseline reads the articles this build wrote, before the rebuild changes one.
  let baseline: BenchResult['baseline'];
  if (!values['no-baseline']) {
    if (hugoVersion()) {
      console.log('\nHugo + Pagefind baseline over the same articles…');
      const measured = await runHugoBaseline({
        articlesDir: parseCli(args, ROOT).articlesDir,
        dir: path.join(work, 'hugo'),
        pagefindBin: path.join(ROOT, 'node_modules/.bin/pagefind'),
      });
      baseline = { ...measured, ratio: full.ms / measured.total.ms };
    } else console.log('\nNo Hugo + Pagefind baseline: hugo is not installed (apt-get install -y hugo).');
  }

  let rebuild: BenchResult['rebuild'];
  if (!values['no-rebuild']) {
    const edited = editOneArticle(copies);
    console.log(`\nEdited one article (${edited}); rebuilding…`);
    const measured = await measureBuild({
      args,
      logFile: path.join(work, 'build-rebuild.log'),
      stageLogFile: path.join(work, 'stages-rebuild.jsonl'),
    });
    rebuild = { ...measured, edited };
  }

  let search: BenchResult['search'];
  if (!values['no-search']) {
    console.log('\nSearch in headless Chromium…');
    search = await runSearchBench(site, pickQueryWords(copies), {
      limit: Number(values.limit),
      gzip: !values['no-gzip'],
    });
  }

  let offline: BenchResult['offline'];
  if (values.offline) {
    console.log('\nOffline edition, searched from disk…');
    const words = pickQueryWords(copies);
    offline = await runOfflineBench({
      site,
      siteBytes: size.bytes,
      out: offlineDir(site),
      root: ROOT,
      firstWords: [words.rare[0]!, words.common[0]!.word],
      warmWords: [...words.rare.slice(1), ...words.common.slice(1).map((c) => c.word)],
    });
  }

  const result: BenchResult = {
    name,
    date: new Date().toISOString(),
    commit: commitId(),
    node: process.version,
    machine: {
      cpus: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      loadBefore,
      loadAfter: os.loadavg(),
    },
    corpus: {
      inputs: inputs.map((i) => path.relative(ROOT, i) || i),
      files: corpusFiles.length,
      bytes: corpusBytes,
      ...(full.articles ? { articles: full.articles } : {}),
    },
    full,
    site: size,
    ...(baseline ? { baseline } : {}),
    ...(rebuild ? { rebuild } : {}),
    ...(search ? { search } : {}),
    ...(offline ? { offline } : {}),
    ...(values.note ? { note: values.note } : {}),
  };

  printBuild('Full build', full);
  console.log(
    `  site: ${size.pages} pages, ${(size.bytes / 1024 ** 2).toFixed(1)} MB; search index ${size.indexFiles} files, ${(size.indexBytes / 1024 ** 2).toFixed(1)} MB`,
  );
  if (baseline) {
    const step = (m: { ms: number; cpuMs: number; peakRss: number }): string =>
      `${seconds(m.ms)} (CPU ${seconds(m.cpuMs)}), peak ${gib(m.peakRss)}`;
    console.log(
      `\nHugo + Pagefind baseline (${baseline.hugoVersion.split(' ')[1] ?? 'hugo'}, ${baseline.articles} articles, ${baseline.pages} pages): ${step(baseline.total)}`,
    );
    console.log(`  hugo      ${step(baseline.hugo)}\n  pagefind  ${step(baseline.pagefind)}`);
    console.log(`  our full build: ${baseline.ratio.toFixed(2)}× the baseline's time`);
  }
  if (rebuild) printBuild(`Rebuild after editing ${rebuild.edited}`, rebuild);
  if (search) {
    const line = (label: string, m: { ms: number; bytes: number; total?: number; word?: string }): string =>
      `  ${label.padEnd(14)} ${`${(m.bytes / 1024).toFixed(0)} KB`.padStart(8)}  ${`${m.ms.toFixed(0)} ms`.padStart(8)}${m.word ? `  “${m.word}”` : ''}${m.total !== undefined ? ` (${m.total} results)` : ''}`;
    console.log(`\nSearch (first ${search.limit} results, ${search.gzip ? 'gzip' : 'no compression'}):`);
    console.log(line('cold rare', search.cold.rare));
    console.log(line('warm rare', search.warmMedian.rare));
    console.log(line('cold common', search.cold.common));
    console.log(line('warm common', search.warmMedian.common));
    for (const [label, m] of [
      ['search page rare', search.searchPage.rare],
      ['search page common', search.searchPage.common],
    ] as const) {
      console.log(
        `  ${label}: ${m.ms === null ? 'no results shown' : `results after ${m.ms.toFixed(0)} ms`} (page load included), ${(m.bytes / 1024).toFixed(0)} KB`,
      );
    }
  }
  if (offline) {
    const hostedPage = search?.searchPage;
    console.log(
      `\nOffline edition: ${(offline.edition.bytes / 1024 ** 2).toFixed(1)} MB, ${offline.sizeRatio.toFixed(2)}× the site (written in ${seconds(offline.edition.ms)}); zip ${(offline.edition.zipBytes / 1024 ** 2).toFixed(1)} MB`,
    );
    for (const [i, f] of offline.first.entries()) {
      const hosted = i === 0 ? hostedPage?.rare : hostedPage?.common;
      console.log(
        `  first search from disk “${f.word}”: results after ${f.ms.toFixed(0)} ms (page load included), ${(f.bytes / 1024).toFixed(0)} KB in ${f.files} files${hosted ? ` (${(f.bytes / hosted.bytes).toFixed(2)}× the hosted search page's ${(hosted.bytes / 1024).toFixed(0)} KB)` : ''}`,
      );
      console.log(
        `    of it the search's files ${(f.searchBytes / 1024).toFixed(0)} KB, the page (HTML, script: compressed by a server, not on disk) ${((f.bytes - f.searchBytes) / 1024).toFixed(0)} KB`,
      );
    }
    console.log(
      `  later searches from disk: median ${offline.warmMedianMs.toFixed(0)} ms (${offline.warm.length} queries)`,
    );
  }
  console.log(
    `\nLoad average (1 min) ${loadBefore[0]!.toFixed(1)} before, ${result.machine.loadAfter[0]!.toFixed(1)} after (${result.machine.cpus} cores).`,
  );
  if (!values['no-save']) {
    const saved = saveResult(result, BENCH);
    console.log(
      `Results: ${path.relative(process.cwd(), saved.json)}; table: ${path.relative(process.cwd(), saved.table)}`,
    );
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

await main();
