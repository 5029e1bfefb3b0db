/**
 * Worker thread for sharded-index.ts: counts the words of each shard's Pagefind bundle for
 * the spelling vocabulary (vocabulary.ts) while later pages are
 * still being generated and indexed, so the vocabulary costs little after the last page.
 */
import { writeBundleCounts } from './vocabulary.ts';
import { serveJobs } from './job-worker.ts';

export interface CountJob {
  /** A finished shard bundle; its counts are written into it. */
  bundleDir: string;
}

serveJobs<CountJob & { id: number }>((job) => writeBundleCounts(job.bundleDir));
