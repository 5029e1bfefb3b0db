/**
 * Renders many articles on worker threads (render-worker.ts; one per core, at most four),
 * in batches, and returns their frontmatter in the order given. Rendering is most of the
 * loader's time on a first build of a large archive; the loader keeps the work that needs
 * Astro (validating the data, storing entries) on the main thread.
 */
import { coreThreads, WorkerPool } from '../shared/worker-pool.ts';
import { renderArticleFile, type RenderJob } from './render-article-file.ts';

/** Articles per message to a thread. */
const BATCH = 50;

export async function renderArticles(
  jobs: readonly RenderJob[],
  bodiesFolder: string,
  /** Below this many articles, rendering inline is faster than starting workers. */
  poolThreshold: number,
): Promise<Record<string, unknown>[]> {
  const threads = coreThreads(4);
  if (jobs.length < poolThreshold || threads < 2)
    return jobs.map((job) => renderArticleFile(job, bodiesFolder));
  const pool = new WorkerPool<RenderJob[], Record<string, unknown>[]>({
    url: new URL('./render-worker.ts', import.meta.url),
    threads,
    workerData: { bodiesFolder },
  });
  const batches: RenderJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  try {
    return (await pool.runAll(batches)).flat();
  } finally {
    await pool.terminate();
  }
}
