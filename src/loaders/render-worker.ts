/** Worker thread for render-pool.ts: renders the articles it is sent, one batch at a time. */
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../shared/worker-pool.ts';
import { renderArticleFile, type RenderJob } from './render-article-file.ts';

const { bodiesFolder } = workerData as { bodiesFolder: string };

serveJobs((batch: RenderJob[]) => batch.map((job) => renderArticleFile(job, bodiesFolder)));
