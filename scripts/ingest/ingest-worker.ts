/**
 * Worker thread for ingest-workers.ts: ingests the input files it is sent, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { ingestFile } from './file-ingest.ts';
import { sourceFromBytes, type InputFile } from './read.ts';

export interface IngestJob {
  id: number;
  file: InputFile;
  bytes: Uint8Array;
  defaultSource?: string;
}

parentPort?.on('message', (job: IngestJob) => {
  try {
    const result = ingestFile(sourceFromBytes(job.file, job.bytes), job.defaultSource);
    parentPort!.postMessage({ id: job.id, result });
  } catch (error) {
    const err = error as Error;
    parentPort!.postMessage({ id: job.id, error: `${err.message}\n${err.stack ?? ''}` });
  }
});
