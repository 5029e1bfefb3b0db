/**
 * `npm run bench:search -- --input <corpus> [options]`: the known-item search benchmark.
 *
 *   --input <file-or-folder>  corpus to build the site from (repeatable)
 *   --site <dir>              query this already built site instead of building one
 *   --source <name>           publisher for articles whose input names none (passed to the build)
 *   --sample <n>              articles to sample (default 200)
 *   --seed <n>                seed of the sample, sentences and typos (default 1)
 *   --no-corrections          run only Pagefind and the archive's search with corrections off
 *   --name <name>             name of the corpus in the results (default: the input folder's)
 *
 * Builds (or reuses) the site with the normal CLI, draws the queries, runs them in headless
 * Chromium through the site's own search code and prints MRR@10, top-1 and times per query
 * set and mode. Results go to bench/results/search-<name>.json and bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SearchBench, type ModeRun, type SearchMode } from './search/browser-run.ts';
import { percentile, reciprocalRank, summarise } from './search/metrics.ts';
import { buildQueries, QUERY_SETS, type BenchQuery, type QuerySet } from './search/queries.ts';
import { saveResult, type ModeSummary, type SearchBenchResult } from './search/results.ts';
import { benchSite } from './search/site-build.ts';
import { readSiteArticles } from './search/site-articles.ts';
import { VOCABULARY_DIR } from '../src/shared/search-vocabulary.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const USAGE = `usage: npm run bench:search -- (--input <corpus>... | --site <dir>) [--source <name>]
                              [--sample <n>] [--seed <n>] [--no-corrections] [--name <name>]`;

interface Options {
  inputs: string[];
  site?: string;
  source?: string;
  sample: number;
  seed: number;
  corrections: boolean;
  name: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string', multiple: true },
      site: { type: 'string' },
      source: { type: 'string' },
      sample: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      'no-corrections': { type: 'boolean', default: false },
      name: { type: 'string' },
    },
    strict: true,
  });
  const inputs = (values.input ?? []).map((i) => path.resolve(i));
  if (inputs.length === 0 && !values.site) throw new Error('give --input <corpus> or --site <dir>');
  const sample = Number(values.sample);
  const seed = Number(values.seed);
  if (!Number.isInteger(sample) || sample < 1)
    throw new Error(`--sample takes a positive integer, not ${values.sample}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes an integer, not ${values.seed}`);
  const named = values.name ?? path.basename(inputs[0] ?? values.site ?? 'site');
  return {
    inputs,
    ...(values.site ? { site: path.resolve(values.site) } : {}),
    ...(values.source ? { source: values.source } : {}),
    sample,
    seed,
    corrections: !values['no-corrections'],
    name: named.replace(/[^\w.-]+/g, '_'),
  };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const code = ['src', 'bench', 'scripts', ':(exclude)bench/results', ':(exclude)bench/RESULTS.md'];
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...code], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+` : head;
  } catch {
    return 'unknown';
  }
}

function summariseMode(run: ModeRun, queries: readonly BenchQuery[]): ModeSummary {
  const sets = {} as Record<QuerySet, ReturnType<typeof summarise>>;
  for (const set of QUERY_SETS) {
    const measures = queries.flatMap((q, i) =>
      q.set === set
        ? [{ reciprocalRank: reciprocalRank(run.runs[i]!.results, q.relevant), ms: run.runs[i]!.ms }]
        : [],
    );
    sets[set] = summarise(measures);
  }
  const vocab = queries
    .flatMap((q, i) => (q.set === 'typo' ? [run.runs[i]!.vocabularyBytes ?? 0] : []))
    .filter((b) => b > 0);
  return {
    mode: run.mode,
    sets,
    ...(vocab.length > 0
      ? {
          typoVocabularyBytes: {
            queries: vocab.length,
            median: percentile(vocab, 0.5),
            p95: percentile(vocab, 0.95),
            max: Math.max(...vocab),
          },
        }
      : {}),
    vocabularyBytesSent: run.bytesUnder[`/${VOCABULARY_DIR}/`] ?? 0,
  };
}

function printSummary(modes: readonly ModeSummary[]): void {
  const line = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(26))).join(''));
  console.log('');
  line(['', ...modes.map((m) => m.mode)]);
  for (const set of QUERY_SETS) {
    line([
      set,
      ...modes.map((m) => `MRR ${m.sets[set].mrr.toFixed(3)} top-1 ${(m.sets[set].top1 * 100).toFixed(1)}%`),
    ]);
  }
  for (const set of QUERY_SETS) {
    line([
      `${set} ms`,
      ...modes.map((m) => `median ${m.sets[set].medianMs.toFixed(0)} p95 ${m.sets[set].p95Ms.toFixed(0)}`),
    ]);
  }
  line([
    'vocab',
    ...modes.map((m) =>
      m.typoVocabularyBytes
        ? `${(m.typoVocabularyBytes.median / 1024).toFixed(1)}/${(m.typoVocabularyBytes.p95 / 1024).toFixed(1)}/${(m.typoVocabularyBytes.max / 1024).toFixed(1)} KB`
        : '–',
    ),
  ]);
  console.log('(vocab: spelling vocabulary a typo query needs, cold cache: median/p95/max)');
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const loadBefore = loadavg();
  const site = options.site
    ? { dir: options.site, reused: true }
    : benchSite(options.inputs, options.source ? ['--source', options.source] : []);
  console.log(`Site: ${path.relative(process.cwd(), site.dir)}${site.reused ? ' (reused)' : ''}`);
  const articles = readSiteArticles(site.dir);
  const queries = buildQueries(articles, options.sample, options.seed);
  const counts = QUERY_SETS.map((s) => `${queries.filter((q) => q.set === s).length} ${s}`).join(', ');
  console.log(
    `${articles.length} articles; sampled ${options.sample} (seed ${options.seed}): ${counts} queries`,
  );

  const modes: SearchMode[] = options.corrections
    ? ['pagefind', 'exact', 'forgiving']
    : ['pagefind', 'exact'];
  const bench = await SearchBench.start(site.dir);
  const runs: ModeRun[] = [];
  try {
    for (const mode of modes) {
      const run = await bench.run(
        mode,
        queries.map((q) => q.query),
        'news',
        [`/${VOCABULARY_DIR}/`],
        (done) => {
          if (done % 100 === 0 || done === queries.length)
            process.stdout.write(`\r  ${mode}: ${done}/${queries.length}`);
        },
      );
      process.stdout.write('\n');
      runs.push(run);
    }
  } finally {
    await bench.close();
  }

  const summaries = runs.map((r) => summariseMode(r, queries));
  printSummary(summaries);
  const result: SearchBenchResult = {
    name: options.name,
    date: new Date().toISOString(),
    commit: commit(),
    corpus: { inputs: options.inputs.map((i) => path.relative(ROOT, i)), articles: articles.length },
    sample: options.sample,
    seed: options.seed,
    machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg() },
    modes: summaries,
  };
  const details = queries.map((q, i) => ({
    ...q,
    runs: Object.fromEntries(
      runs.map((r) => [
        r.mode,
        {
          rr: reciprocalRank(r.runs[i]!.results, q.relevant),
          top: r.runs[i]!.results.slice(0, 3),
          total: r.runs[i]!.total,
          ms: Math.round(r.runs[i]!.ms * 10) / 10,
          ...(r.runs[i]!.strategy ? { strategy: r.runs[i]!.strategy } : {}),
          ...(r.runs[i]!.correctedTo ? { correctedTo: r.runs[i]!.correctedTo } : {}),
        },
      ]),
    ),
  }));
  const saved = saveResult(result, details);
  console.log(
    `\nResults: ${path.relative(process.cwd(), saved.json)}, ${path.relative(process.cwd(), saved.table)}`,
  );
  console.log(`Queries and their results: ${path.relative(process.cwd(), saved.queries)} (not committed)`);
  console.log(
    `Machine load (1 min) before/after: ${loadBefore[0]!.toFixed(1)} / ${result.machine.loadAfter[0]!.toFixed(1)}`,
  );
}

await main();
