/**
 * Benchmark results: one JSON file per corpus (bench/results/<name>.json, the latest run)
 * and one line per run appended to the table in bench/RESULTS.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildMeasure } from './build-run.ts';
import type { SearchBenchResult } from './search-bench.ts';
import type { OfflineBenchResult } from './offline-bench.ts';
import type { HugoBaselineResult } from './hugo-baseline.ts';

export interface SiteSize {
  pages: number;
  files: number;
  bytes: number;
  indexFiles: number;
  indexBytes: number;
}

export interface BenchResult {
  name: string;
  date: string;
  commit: string;
  node: string;
  machine: { cpus: number; memoryGiB: number; loadBefore: number[]; loadAfter: number[] };
  corpus: { inputs: string[]; files: number; bytes: number; articles?: number };
  full: BuildMeasure;
  site: SiteSize;
  rebuild?: BuildMeasure & { edited: string };
  search?: SearchBenchResult;
  /** Hugo + Pagefind over the same articles (when hugo is installed); `ratio`: our full build's time over its. */
  baseline?: HugoBaselineResult & { ratio: number };
  /** The offline edition (`--offline`): its size and its search from disk. */
  offline?: OfflineBenchResult;
  note?: string;
}

const TABLE_HEADER = `| date | commit | corpus | articles | input MB | full build s | CPU s | peak GB | ingest s | ingest MB/s | pages s | index after pages s | fidelity check s | rebuild s | rebuild ingest s | rebuild peak GB | pages | dist MB | index MB | rare cold KB / ms | rare warm ms | common cold KB / ms | common warm ms | load (1 min) | note | Hugo + Pagefind s (ours ×) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`;
/** The table's first line before the baseline column (rows written then end at "note"). */
const OLD_HEADER_END = '| load (1 min) | note |\n';

const SECTION = '## Build, memory and search at scale';

const RESULTS_INTRO = `${SECTION}

One line per \`npm run bench\` run (newest last). Times are wall-clock seconds, "CPU s" the CPU
time of the whole build process tree (all cores); memory is the peak resident set size of the
whole process tree (Node, its worker threads, Pagefind), sampled from /proc every 50 ms.
"pages" is Astro's page generation, during which the search index is built alongside; "index
after pages" is what is left of it afterwards (the last shard, the merge).
Search figures come from headless Chromium on 127.0.0.1 through the site's own search code
(\`runSearch\`), the first ${'`limit`'} results with their data: KB are response bytes sent by
the server (text gzip-compressed, as a static host does), "cold" is the first query in a fresh
browser, "warm" the median of further queries for other words. "load" is the machine's 1-minute
load average before and after the run (2 cores: anything above 2 means other work was competing).
"Hugo + Pagefind" is the baseline measured in the same run (bench/lib/hugo-baseline.ts): the
articles this build wrote, as Markdown, built by Hugo with a minimal layout, then Pagefind's CLI
over Hugo's output, and in brackets our full build's time over the baseline's.
Per-run details: bench/results/<corpus>.json.

`;

function s(ms: number | undefined): string {
  return ms === undefined ? '–' : (ms / 1000).toFixed(1);
}

function gb(bytes: number | undefined): string {
  return bytes === undefined ? '–' : (bytes / 1024 ** 3).toFixed(2);
}

function mb(bytes: number): string {
  return (bytes / 1024 ** 2).toFixed(1);
}

/** Time of the stage named `name` (undefined when the build had none). */
function stageMs(build: BuildMeasure | undefined, name: string): number | undefined {
  return build?.stages.find((st) => st.stage === name)?.ms;
}

export function tableRow(result: BenchResult): string {
  const { full, rebuild, search } = result;
  const ingestMs = stageMs(full, 'ingest');
  const throughput = ingestMs ? (result.corpus.bytes / 1024 ** 2 / (ingestMs / 1000)).toFixed(1) : '–';
  const q = (m: { bytes: number; ms: number } | undefined): string =>
    m ? `${(m.bytes / 1024).toFixed(0)} / ${m.ms.toFixed(0)}` : '–';
  const cells = [
    result.date.slice(0, 16).replace('T', ' '),
    result.commit,
    result.name,
    String(result.corpus.articles ?? full.articles ?? '–'),
    mb(result.corpus.bytes),
    s(full.ms),
    s(full.cpuMs),
    gb(full.peakRss),
    s(ingestMs),
    throughput,
    s(stageMs(full, 'pages')),
    s(stageMs(full, 'search index')),
    s(stageMs(full, 'fidelity check')),
    s(rebuild?.ms),
    s(stageMs(rebuild, 'ingest')),
    gb(rebuild?.peakRss),
    String(result.site.pages),
    mb(result.site.bytes),
    mb(result.site.indexBytes),
    q(search?.cold.rare),
    search ? search.warmMedian.rare.ms.toFixed(0) : '–',
    q(search?.cold.common),
    search ? search.warmMedian.common.ms.toFixed(0) : '–',
    `${result.machine.loadBefore[0]!.toFixed(1)}→${result.machine.loadAfter[0]!.toFixed(1)}`,
    result.note ?? '',
    result.baseline ? `${s(result.baseline.total.ms)} (${result.baseline.ratio.toFixed(2)}×)` : '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

export function saveResult(result: BenchResult, benchDir: string): { json: string; table: string } {
  const resultsDir = path.join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = path.join(resultsDir, `${result.name}.json`);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  // This table is the last section of the file (the search benchmark keeps its own above).
  const table = path.join(benchDir, 'RESULTS.md');
  let text = existsSync(table) ? readFileSync(table, 'utf8') : '# Benchmark results\n';
  if (!text.endsWith('\n')) text += '\n';
  if (!text.includes(`\n${SECTION}\n`)) text += `\n${RESULTS_INTRO}${TABLE_HEADER}\n`;
  else {
    // A table from before the baseline column gets it; its earlier rows leave it empty.
    const sectionAt = text.indexOf(`\n${SECTION}\n`);
    const headerAt = text.indexOf('| date | commit |', sectionAt);
    const headerEnd = text.indexOf('\n', text.indexOf('\n', headerAt) + 1) + 1;
    if (headerAt >= 0 && text.slice(headerAt, headerEnd).includes(OLD_HEADER_END))
      text = `${text.slice(0, headerAt)}${TABLE_HEADER}\n${text.slice(headerEnd)}`;
  }
  writeFileSync(table, `${text}${tableRow(result)}\n`);
  return { json, table };
}
