/**
 * Search benchmark results: the latest run per corpus as JSON (bench/results/search-<name>.json,
 * or search-<name>-no-corrections.json)
 * and one line per mode and run in the "Search quality" table of bench/RESULTS.md. Both hold
 * figures only; the queries and their results (text of the corpus, which may not be ours to
 * publish) go to bench/work/search/<name>-queries.json, which is not committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SetSummary } from './metrics.ts';
import type { QuerySet } from './queries.ts';
import type { SearchMode } from './browser-run.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench/results');
export const RESULTS_TABLE = path.join(ROOT, 'bench/RESULTS.md');
const WORK_DIR = path.join(ROOT, 'bench/work/search');

export interface ModeSummary {
  mode: SearchMode;
  sets: Record<QuerySet, SetSummary>;
  /** Spelling vocabulary per typo query that needed it: compressed bytes (cold cache). */
  typoVocabularyBytes?: { queries: number; median: number; p95: number; max: number };
  /** Bytes the server sent for the vocabulary during the whole mode. */
  vocabularyBytesSent: number;
}

export interface SearchBenchResult {
  name: string;
  date: string;
  commit: string;
  corpus: { inputs: string[]; articles: number };
  sample: number;
  seed: number;
  machine: { cpus: number; loadBefore: number[]; loadAfter: number[] };
  modes: ModeSummary[];
}

const SECTION = '## Search quality';

const SECTION_INTRO = `${SECTION}

One line per mode of each \`npm run bench:search\` run (newest last). Known-item queries drawn
with a fixed seed from the corpus's articles: the exact title, one sentence of the body (at
least 6 words), and the title with one typo (two neighbouring letters swapped, a letter dropped
or doubled) in its longest word. A result counts when it is the sampled article or one a reader
could not tell from it (same title; for sentences, any article holding the sentence). MRR@10 and
top-1 per set; times (median and p95, per set: title / sentence / typo) are from calling the
search to having the first 10 results with their data in headless Chromium on 127.0.0.1, after
one unmeasured query; "vocab KB" is the spelling
vocabulary a typo query needs with a cold cache (median / max). Modes: \`pagefind\` = Pagefind's
search as typed, \`exact\` = the archive's search with corrections off, \`forgiving\` = as readers
get it. Load is the 1-minute load average before/after (2 cores: above 2, other work competed).
Per-run details: bench/results/search-<corpus>.json.

| date | commit | corpus | articles | sample (seed) | mode | title top-1 | title MRR | sentence top-1 | sentence MRR | typo top-1 | typo MRR | median ms | p95 ms | vocab KB | load |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
`;

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function tableRows(result: SearchBenchResult): string[] {
  return result.modes.map((m) => {
    const all = Object.values(m.sets);
    const medians = all.map((s) => s.medianMs);
    const p95s = all.map((s) => s.p95Ms);
    const vocab = m.typoVocabularyBytes
      ? `${(m.typoVocabularyBytes.median / 1024).toFixed(1)} / ${(m.typoVocabularyBytes.max / 1024).toFixed(1)}`
      : '–';
    const cells = [
      result.date.slice(0, 16).replace('T', ' '),
      result.commit,
      result.name,
      String(result.corpus.articles),
      `${result.sample} (${result.seed})`,
      m.mode,
      pct(m.sets.title.top1),
      m.sets.title.mrr.toFixed(3),
      pct(m.sets.sentence.top1),
      m.sets.sentence.mrr.toFixed(3),
      pct(m.sets.typo.top1),
      m.sets.typo.mrr.toFixed(3),
      medians.map((x) => x.toFixed(0)).join(' / '),
      p95s.map((x) => x.toFixed(0)).join(' / '),
      vocab,
      `${result.machine.loadBefore[0]!.toFixed(1)} → ${result.machine.loadAfter[0]!.toFixed(1)}`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
}

/**
 * Inserts `rows` at the end of the search-quality table in `markdown`. A file without that
 * section gets it right under its title, ahead of other tables (npm run bench appends its
 * rows to the end of the file, so its table must stay last).
 */
export function appendToTable(markdown: string, rows: readonly string[]): string {
  let lines = markdown === '' ? ['# Benchmark results', ''] : markdown.split('\n');
  if (!lines.includes(SECTION)) {
    const title = lines.findIndex((l) => l.startsWith('# '));
    const at = title === -1 ? 0 : title + 1;
    lines = [...lines.slice(0, at), '', ...SECTION_INTRO.trimEnd().split('\n'), ...lines.slice(at)];
  }
  const start = lines.indexOf(SECTION);
  let end = start;
  while (end < lines.length && !lines[end]!.startsWith('|')) end++;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  lines.splice(end, 0, ...rows);
  return lines.join('\n');
}

/** Writes the figures (committed) and the queries with their results (kept out of git). */
export function saveResult(
  result: SearchBenchResult,
  queries: readonly unknown[],
): { json: string; table: string; queries: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const modes = result.modes.map((m) => m.mode).includes('forgiving') ? '' : '-no-corrections';
  const json = path.join(RESULTS_DIR, `search-${result.name}${modes}.json`);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  const before = existsSync(RESULTS_TABLE) ? readFileSync(RESULTS_TABLE, 'utf8') : '';
  writeFileSync(RESULTS_TABLE, appendToTable(before, tableRows(result)));
  const details = path.join(WORK_DIR, `${result.name}-queries.json`);
  writeFileSync(details, `${JSON.stringify(queries, null, 1)}\n`);
  return { json, table: RESULTS_TABLE, queries: details };
}
