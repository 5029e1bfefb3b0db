/**
 * Times the fidelity check on a site that is already built:
 *
 *   node bench/fidelity-check.ts --input <file-or-folder>... --site <dir>
 *                                        [--source <name>] [--runs 3] [--cached]
 *
 * Ingests the input (as the build did: pass the same --input and --source), then runs the
 * check `--runs` times over the built site and prints the tally, wall time and CPU time of
 * each run. CPU time is the steadier figure on a shared machine. With `--cached`, the runs
 * share a fresh cache (scripts/checks/fidelity-cache.ts) as a build's checks do: the first
 * run fills it, the others read it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyFidelityStage } from '../scripts/checks/verify-site.ts';
import { ingest } from '../scripts/ingest/pipeline.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', multiple: true },
    site: { type: 'string' },
    source: { type: 'string' },
    runs: { type: 'string', default: '3' },
    cached: { type: 'boolean', default: false },
  },
});
if (!values.input?.length || !values.site) {
  process.stderr.write(
    'usage: node bench/fidelity-check.ts --input <path>... --site <dir> [--source <name>] [--runs N] [--cached]\n',
  );
  process.exit(2);
}

const result = await ingest({
  inputs: values.input.map((i) => path.resolve(i)),
  ...(values.source ? { defaultSource: values.source } : {}),
});
process.stdout.write(`${result.articles.length} articles ingested\n`);
const cacheDir = values.cached ? mkdtempSync(path.join(tmpdir(), 'fidelity-cache-')) : undefined;
const cacheFile = cacheDir ? path.join(cacheDir, 'fidelity-cache.json') : undefined;
for (let run = 1; run <= Number(values.runs); run++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const tally = await verifyFidelityStage(path.resolve(values.site), result, cacheFile);
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `run ${run}: ${((performance.now() - wall) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU — ${tally}\n`,
  );
}
if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
