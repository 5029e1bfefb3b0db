/**
 * Worker thread for sharded-index.ts: counts the words of each shard's Pagefind bundle for
 * the spelling vocabulary (src/integrations/search-vocabulary.ts) while later pages are
 * still being generated and indexed, so the vocabulary costs little after the last page.
 */
import { parentPort } from 'node:worker_threads';
import { writeBundleCounts } from '../../src/integrations/search-vocabulary.ts';

export interface CountJob {
  id: number;
  /** A finished shard bundle; its counts are written into it. */
  bundleDir: string;
}

export interface CountDone {
  id: number;
  error?: string;
}

parentPort?.on('message', (job: CountJob) => {
  try {
    writeBundleCounts(job.bundleDir);
    parentPort!.postMessage({ id: job.id } satisfies CountDone);
  } catch (error) {
    parentPort!.postMessage({
      id: job.id,
      error: String((error as Error).message ?? error),
    } satisfies CountDone);
  }
});
