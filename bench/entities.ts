/**
 * Times the entity pass (people, places, organisations per article) alone:
 *
 *   node bench/entities.ts --input <file-or-folder>... [--runs 3]
 *
 * Reads and structures every article as the ingest does (`ingestFile`), then runs the
 * per-article extraction (`articleMentions`, what the ingest's worker threads run) over all
 * of them `--runs` times on this thread and prints the article text's size, the wall and
 * CPU time of each run and the throughput in KB of article text a second on one core.
 */
import { parseArgs } from 'node:util';
import { articleMentions } from '../scripts/ingest/article-entities.ts';
import { blockTexts, type EnrichedArticle } from '../scripts/ingest/enrich.ts';
import { ingestFile } from '../scripts/ingest/file-ingest.ts';
import { listInputFiles, readSource } from '../scripts/ingest/read.ts';

const { values } = parseArgs({
  options: { input: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' } },
});
if (!values.input?.length) {
  process.stderr.write('usage: node bench/entities.ts --input <path>... [--runs N]\n');
  process.exit(2);
}

const articles: EnrichedArticle[] = [];
for (const input of values.input) {
  for (const file of listInputFiles(input).files)
    articles.push(...ingestFile(readSource(file), { siteLanguage: 'en' }).articles);
}
const bytes = articles.reduce(
  (sum, a) =>
    sum + Buffer.byteLength(a.title) + blockTexts(a.blocks).reduce((n, t) => n + Buffer.byteLength(t), 0),
  0,
);
process.stdout.write(`${articles.length} articles, ${(bytes / 1024).toFixed(0)} KB of text\n`);
for (let run = 1; run <= Number(values.runs); run++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const article of articles) articleMentions(article);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - wall) / 1000;
  process.stdout.write(
    `run ${run}: ${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU — ${(bytes / 1024 / seconds).toFixed(0)} KB/s\n`,
  );
}
