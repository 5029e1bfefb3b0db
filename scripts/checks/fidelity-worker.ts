/**
 * Worker thread for verify-site.ts: runs the fidelity check of a built site on its own
 * thread, so that it does not share the build's main thread with the search index merge.
 * The input arrives as the bytes the ingest read and is decoded here the same way.
 */
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { sourceFromBytes } from '../ingest/read.ts';
import type { FidelityReport, InputLines } from './fidelity.ts';
import { inputLinesOf } from './input-lines.ts';
import { verifySiteFidelity, type FidelityJob } from './verify-site.ts';

function* inputs(job: FidelityJob): Iterable<InputLines> {
  for (const { file, bytes } of job.inputs) {
    const source = sourceFromBytes(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    yield inputLinesOf(source);
  }
}

serveJobs((job: FidelityJob): Promise<FidelityReport> =>
  verifySiteFidelity(job.siteDir, inputs(job), job.articles),
);
