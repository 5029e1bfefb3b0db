/**
 * Worker thread for sharded-index.ts: counts the words of each shard's Pagefind bundle for
 * the spelling vocabulary (vocabulary.ts) while later pages are
 * still being generated and indexed, so the vocabulary costs little after the last page.
 */
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { writeBundleCounts } from './vocabulary.ts';

export interface CountJob {
  /** A finished shard bundle; its counts are written into it. */
  bundleDir: string;
}

serveJobs((job: CountJob) => writeBundleCounts(job.bundleDir));
