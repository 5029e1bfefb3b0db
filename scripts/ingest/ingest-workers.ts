/**
 * Ingests many input files on worker threads, one per core (up to `maxWorkers`), handing
 * each idle worker the next file; results come back in input order.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileIngest } from './file-ingest.ts';
import type { IngestJob } from './ingest-worker.ts';
import type { InputFile } from './read.ts';

export interface WorkerInput {
  file: InputFile;
  bytes: Uint8Array;
}

/** How many workers to use: one per core the machine offers, at most `max`. */
export function ingestWorkerCount(max = 4): number {
  return Math.max(1, Math.min(max, os.availableParallelism()));
}

export async function ingestInWorkers(
  inputs: readonly WorkerInput[],
  defaultSource: string | undefined,
  workers: number,
  onDone?: (index: number, result: FileIngest) => void,
): Promise<FileIngest[]> {
  const results: FileIngest[] = new Array<FileIngest>(inputs.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
      const send = (): void => {
        if (next >= inputs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        const job: IngestJob = { id, file: inputs[id]!.file, bytes: inputs[id]!.bytes };
        if (defaultSource !== undefined) job.defaultSource = defaultSource;
        worker.postMessage(job);
      };
      worker.on('message', (message: { id: number; result?: FileIngest; error?: string }) => {
        if (message.error !== undefined || !message.result) {
          void worker.terminate();
          reject(new Error(`ingest of ${inputs[message.id]!.file.displayPath} failed: ${message.error}`));
          return;
        }
        results[message.id] = message.result;
        onDone?.(message.id, message.result);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(workers, inputs.length) }, run));
  return results;
}
