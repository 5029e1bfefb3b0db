/**
 * Worker thread for verify-site.ts: runs the fidelity check of a built site on its own
 * thread, so that it does not share the build's main thread with the search index merge.
 * The input arrives as the bytes the ingest read and is decoded here the same way.
 */
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { sourceFromBytes } from '../ingest/read.ts';
import { FidelityCache } from './fidelity-cache.ts';
import type { FidelityReport } from './fidelity.ts';
import { inputLinesOf } from './input-lines.ts';
import { verifySiteFidelity, type FidelityInput, type FidelityJob } from './verify-site.ts';

function* inputs(job: FidelityJob): Iterable<FidelityInput> {
  for (const { file, bytes } of job.inputs) {
    yield {
      file: file.displayPath,
      bytes,
      lines: () =>
        inputLinesOf(sourceFromBytes(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))),
    };
  }
}

serveJobs(async (job: FidelityJob): Promise<FidelityReport> => {
  const cache = job.cacheFile ? new FidelityCache(job.cacheFile) : undefined;
  const report = await verifySiteFidelity(job.siteDir, inputs(job), job.articles, cache ? { cache } : {});
  cache?.save();
  return report;
});
