/** Worker thread for render-pool.ts: renders the articles it is sent, one batch at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderArticleFile, type RenderJob } from './render-article-file.ts';

const { bodiesFolder } = workerData as { bodiesFolder: string };

parentPort?.on('message', ({ id, jobs }: { id: number; jobs: RenderJob[] }) => {
  try {
    parentPort!.postMessage({ id, frontmatters: jobs.map((job) => renderArticleFile(job, bodiesFolder)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
