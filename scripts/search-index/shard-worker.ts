/**
 * Worker thread for sharded-index.ts: builds one Pagefind bundle per message, with this
 * thread's own Pagefind service (a child process), which is stopped after every shard so
 * the memory of one shard is given back before the next starts.
 */
import * as pagefind from 'pagefind';
import { serveJobs } from '../../src/shared/worker-pool.ts';
import { writeSortValues, type PageSortValues } from '../pagefind/bundle.ts';

export interface ShardJob {
  /** One language for every page; otherwise each page's `<html lang>`. */
  forceLanguage?: string;
  /** Pages in order: their path in the site (for the URL), their HTML and their sort keys. */
  pages: { sourcePath: string; html: string; sort: Record<string, string> }[];
  outDir: string;
}

async function buildShard(job: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex(
    job.forceLanguage ? { forceLanguage: job.forceLanguage } : {},
  );
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One page at a time: Pagefind numbers pages in the order they arrive.
    const sorts: PageSortValues[] = [];
    for (const page of job.pages) {
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: page.html });
      if (added.errors.length > 0)
        throw new Error(`Pagefind: ${page.sourcePath}: ${added.errors.join('; ')}`);
      sorts.push({ url: added.file.url, sort: page.sort });
    }
    const written = await index.writeFiles({ outputPath: job.outDir });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The pages' sort keys, for the merge (a shard only knows the order of its own pages).
    writeSortValues(job.outDir, sorts);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

serveJobs(buildShard);
