/**
 * The worker pool (src/shared/worker-pool.ts) that the ingest, the render pool, the search
 * index and the fidelity check run their threads with.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/shared/worker-pool.ts';
import type { TestJob, TestResult } from '../fixtures/worker-pool/job-worker.ts';

const WORKER = new URL('../fixtures/worker-pool/job-worker.ts', import.meta.url);
const pools: WorkerPool<TestJob, TestResult>[] = [];

function pool(threads: number): WorkerPool<TestJob, TestResult> {
  const made = new WorkerPool<TestJob, TestResult>({
    url: WORKER,
    threads,
    errorMessage: (message, job) => `job ${job.value}: ${message}`,
  });
  pools.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.terminate()));
});

describe('WorkerPool', () => {
  it('gives the results in the order of the jobs, however the threads finish', async () => {
    const jobs = [300, 5, 30, 0, 20, 10].map((delay, value) => ({ value, delay }));
    const done: number[] = [];
    const results = await pool(3).runAll(jobs, (index) => done.push(index));
    expect(results.map((r) => r.doubled)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(done.toSorted()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done.at(-1)).toBe(0);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(3);
  });

  it('hands each job to the thread that is free, so a slow job holds back only its own thread', async () => {
    const jobs = [{ value: 0, delay: 300 }, ...[1, 2, 3, 4, 5].map((value) => ({ value, delay: 1 }))];
    const finished: number[] = [];
    const results = await pool(2).runAll(jobs, (index) => finished.push(index));
    expect(finished.at(-1)).toBe(0);
    const slow = results[0]!.threadId;
    for (const r of results.slice(1)) expect(r.threadId).not.toBe(slow);
  });

  it('fails a job with the error its worker threw, and goes on with the next', async () => {
    const one = pool(1);
    await expect(one.run({ value: 7, fail: 'no such page' })).rejects.toThrow('job 7: no such page');
    await expect(one.run({ value: 8 })).resolves.toMatchObject({ doubled: 16 });
  });

  it('fails the job of a thread that stops, and starts another thread for the next', async () => {
    const one = pool(1);
    await expect(one.run({ value: 1, exit: true })).rejects.toThrow(
      'job 1: a worker thread stopped (exit code 3)',
    );
    await expect(one.run({ value: 2 })).resolves.toMatchObject({ doubled: 4 });
  });

  it('fails unfinished jobs when terminated, and runs again afterwards', async () => {
    const one = pool(1);
    const running = expect(one.run({ value: 1, delay: 5_000 })).rejects.toThrow(
      'stopped before the job finished',
    );
    const queued = expect(one.run({ value: 2 })).rejects.toThrow('stopped before the job finished');
    await one.terminate();
    await running;
    await queued;
    await expect(one.run({ value: 3 })).resolves.toMatchObject({ doubled: 6 });
  });

  it('does not keep the process alive once its threads are idle', () => {
    const script = new URL('../fixtures/worker-pool/idle-pool.ts', import.meta.url);
    const out = execFileSync(process.execPath, [script.pathname], { encoding: 'utf8', timeout: 20_000 });
    expect(out.trim()).toBe('42');
  });
});
