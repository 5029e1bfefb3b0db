/**
 * Ingests many input files on worker threads (ingest-worker.ts), one per core (up to
 * `maxWorkers`): each idle thread takes the next file; results come back in input order.
 */
import { coreThreads, WorkerPool } from '../../src/shared/worker-pool.ts';
import type { FileIngest, FileIngestOptions } from './file-ingest.ts';
import type { IngestJob } from './ingest-worker.ts';
import type { InputFile } from './read.ts';

export interface WorkerInput {
  file: InputFile;
  bytes: Uint8Array;
}

/** How many workers to use: one per core the machine offers, at most `max`. */
export function ingestWorkerCount(max = 4): number {
  return coreThreads(max);
}

export async function ingestInWorkers(
  inputs: readonly WorkerInput[],
  options: Omit<FileIngestOptions, 'detectLanguage'>,
  workers: number,
  onDone?: (index: number, result: FileIngest) => void,
): Promise<FileIngest[]> {
  const pool = new WorkerPool<IngestJob, FileIngest>({
    url: new URL('./ingest-worker.ts', import.meta.url),
    threads: workers,
    errorMessage: (message, job) => `ingest of ${job.file.displayPath} failed: ${message}`,
  });
  const jobs = inputs.map(({ file, bytes }) => ({ file, bytes, options }));
  try {
    return await pool.runAll(jobs, onDone);
  } finally {
    await pool.terminate();
  }
}
