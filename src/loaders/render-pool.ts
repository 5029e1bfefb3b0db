/**
 * Renders many articles on worker threads (one per core, at most four), in batches, and
 * returns their frontmatter in the order given. Rendering is most of the loader's time on a
 * first build of a large archive; the loader keeps the work that needs Astro (validating
 * the data, storing entries) on the main thread.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderArticleFile, type RenderJob } from './render-article-file.ts';

const BATCH = 50;

export async function renderArticles(
  jobs: readonly RenderJob[],
  bodiesFolder: string,
  /** Below this many articles, rendering inline is faster than starting workers. */
  poolThreshold: number,
): Promise<Record<string, unknown>[]> {
  const workers = Math.min(4, os.availableParallelism());
  if (jobs.length < poolThreshold || workers < 2)
    return jobs.map((job) => renderArticleFile(job, bodiesFolder));
  const results = new Array<Record<string, unknown>>(jobs.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
        workerData: { bodiesFolder },
      });
      const send = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next;
        next = Math.min(jobs.length, next + BATCH);
        worker.postMessage({ id, jobs: jobs.slice(id, next) });
      };
      worker.on(
        'message',
        (message: { id: number; frontmatters?: Record<string, unknown>[]; error?: string }) => {
          if (!message.frontmatters) {
            void worker.terminate();
            reject(new Error(message.error ?? 'an article could not be rendered'));
            return;
          }
          message.frontmatters.forEach((fm, k) => (results[message.id + k] = fm));
          send();
        },
      );
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: workers }, run));
  return results;
}
