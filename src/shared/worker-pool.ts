/**
 * A pool of worker threads that run jobs, for the build's and the site's heavy work (the
 * ingest's parsing, the loader's rendering, the search index's shards, the fidelity check).
 *
 * The main thread's side is `WorkerPool`: up to `threads` threads of one worker script,
 * each started when a job finds no idle thread. A job is one message; each thread runs one
 * job at a time, and an idle thread takes the next job waiting, so that a slow job holds
 * back only its own thread. `run` resolves with the job's result, `runAll` with every
 * result in the order the jobs were given. An idle thread does not keep the process alive.
 *
 * The worker's side is `serveJobs`: it answers each job with the result of a function, or
 * with the error that function threw (its message is the message of the job's rejection).
 */
import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** Threads for work that keeps a core busy: one per core the machine offers, at most `max`. */
export function coreThreads(max: number): number {
  return Math.max(1, Math.min(max, os.availableParallelism()));
}

/** What the pool posts to a thread. */
interface JobMessage<Job> {
  id: number;
  job: Job;
}

/** What a thread answers for one job. */
type AnswerMessage<Result> =
  { id: number; result: Result } | { id: number; error: { message: string; stack?: string } };

export interface WorkerPoolOptions<Job> {
  /** The worker script, which calls `serveJobs`. */
  url: URL;
  /** How many threads at most (default 1). */
  threads?: number;
  /** Handed to every thread as `workerData` (what all jobs share, sent once per thread). */
  workerData?: unknown;
  /** The message of a failed job's error, from the worker's (default: the worker's message). */
  errorMessage?: (message: string, job: Job) => string;
}

interface Waiting<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Thread<Job, Result> {
  worker: Worker;
  /** The job it runs, if any. */
  busy: (Waiting<Job, Result> & { id: number }) | undefined;
}

export class WorkerPool<Job, Result = void> {
  readonly #options: WorkerPoolOptions<Job>;
  readonly #size: number;
  #threads: Thread<Job, Result>[] = [];
  #queue: Waiting<Job, Result>[] = [];
  #nextId = 0;

  constructor(options: WorkerPoolOptions<Job>) {
    this.#options = options;
    this.#size = Math.max(1, options.threads ?? 1);
  }

  /** Runs one job on the first thread free; resolves with its result. */
  run(job: Job): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  /** Runs every job; resolves with their results in the order of `jobs`. */
  runAll(jobs: readonly Job[], onDone?: (index: number, result: Result) => void): Promise<Result[]> {
    return Promise.all(
      jobs.map((job, index) =>
        this.run(job).then((result) => {
          onDone?.(index, result);
          return result;
        }),
      ),
    );
  }

  /** Stops every thread; jobs not finished fail. A later `run` starts threads again. */
  async terminate(): Promise<void> {
    const threads = this.#threads;
    const queued = this.#queue;
    this.#threads = [];
    this.#queue = [];
    const stopped = new Error('the worker pool was stopped before the job finished');
    for (const waiting of queued) waiting.reject(stopped);
    for (const thread of threads) {
      thread.busy?.reject(stopped);
      thread.busy = undefined;
    }
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  /** Hands waiting jobs to idle threads, starting threads while there are fewer than allowed. */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      const thread = this.#threads.find((t) => !t.busy) ?? this.#start();
      if (!thread) return;
      const waiting = this.#queue.shift()!;
      const id = this.#nextId++;
      thread.busy = { ...waiting, id };
      thread.worker.ref();
      thread.worker.postMessage({ id, job: waiting.job } satisfies JobMessage<Job>);
    }
  }

  #start(): Thread<Job, Result> | undefined {
    if (this.#threads.length >= this.#size) return undefined;
    const { url, workerData } = this.#options;
    const thread: Thread<Job, Result> = {
      worker: new Worker(url, workerData === undefined ? {} : { workerData }),
      busy: undefined,
    };
    const { worker } = thread;
    worker.on('message', (answer: AnswerMessage<Result>) => {
      const done = thread.busy;
      if (!done || done.id !== answer.id) return;
      thread.busy = undefined;
      // Idle, the thread must not keep the process alive (e.g. a failed build's).
      worker.unref();
      if ('error' in answer) this.#fail(done, answer.error.message, answer.error.stack);
      else done.resolve(answer.result);
      this.#dispatch();
    });
    // A thread that fails or stops on its own fails its job and leaves the pool.
    const lost = (error: Error): void => {
      if (!this.#threads.includes(thread)) return;
      this.#threads = this.#threads.filter((t) => t !== thread);
      if (thread.busy) this.#fail(thread.busy, error.message, error.stack);
      thread.busy = undefined;
      this.#dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`a worker thread stopped (exit code ${code})`)));
    this.#threads.push(thread);
    return thread;
  }

  /** Fails a job with the worker's message (and its stack, where the error happened). */
  #fail(waiting: Waiting<Job, Result>, workerMessage: string, workerStack: string | undefined): void {
    const message = this.#options.errorMessage?.(workerMessage, waiting.job) ?? workerMessage;
    const error = new Error(message);
    if (workerStack) error.stack = `${message}\n(on the worker thread) ${workerStack}`;
    waiting.reject(error);
  }
}

/**
 * In a worker thread: answers every job the pool sends with `handle`'s result, or with the
 * error it threw. Jobs arrive one at a time (the pool waits for each answer).
 */
export function serveJobs<Job, Result>(handle: (job: Job) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  port.on('message', ({ id, job }: JobMessage<Job>) => {
    Promise.resolve()
      .then(() => handle(job))
      .then(
        (result) => port.postMessage({ id, result } satisfies AnswerMessage<Result>),
        (error: unknown) => {
          const { message, stack } =
            error instanceof Error ? error : { message: String(error), stack: undefined };
          port.postMessage({
            id,
            error: { message, ...(stack ? { stack } : {}) },
          } satisfies AnswerMessage<Result>);
        },
      );
  });
}
