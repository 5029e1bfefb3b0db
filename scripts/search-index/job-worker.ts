/**
 * A worker thread started on first use that runs jobs one message each and answers each
 * with `{ id }` or `{ id, error }` (see `serveJobs`). Idle, it does not keep the process
 * alive; a crash of the thread fails every job still waiting.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** What a job worker answers for one job. */
export interface JobDone {
  id: number;
  error?: string;
}

export class JobWorker<Job extends object> {
  readonly #url: URL;
  readonly #errorPrefix: string;
  #worker: Worker | undefined;
  #pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  #nextId = 0;

  /** `errorPrefix` starts the message of a job that failed (e.g. what the worker does). */
  constructor(url: URL, errorPrefix = '') {
    this.#url = url;
    this.#errorPrefix = errorPrefix;
  }

  /** Runs one job on the thread; resolves when the thread says it is done. */
  run(job: Job): Promise<void> {
    if (!this.#worker) {
      const worker = new Worker(this.#url);
      worker.on('message', (done: JobDone) => {
        const pending = this.#pending.get(done.id);
        this.#pending.delete(done.id);
        // Idle, the thread must not keep a failed build's process alive.
        if (this.#pending.size === 0) worker.unref();
        if (done.error !== undefined) pending?.reject(new Error(`${this.#errorPrefix}${done.error}`));
        else pending?.resolve();
      });
      worker.on('error', (error) => {
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
      this.#worker = worker;
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker!.ref();
      this.#worker!.postMessage({ ...job, id });
    });
  }

  /** Stops the thread (a later `run` starts a new one). */
  async terminate(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}

/** In a job worker's thread: answers every job with `{ id }` once `handle` is done, or `{ id, error }`. */
export function serveJobs<Job extends { id: number }>(handle: (job: Job) => void | Promise<void>): void {
  parentPort?.on('message', (job: Job) => {
    Promise.resolve()
      .then(() => handle(job))
      .then(
        () => parentPort!.postMessage({ id: job.id } satisfies JobDone),
        (error: unknown) =>
          parentPort!.postMessage({
            id: job.id,
            error: String((error as Error).message ?? error),
          } satisfies JobDone),
      );
  });
}
