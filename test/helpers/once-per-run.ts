/**
 * Work done once per test run although test files run in parallel worker processes: the
 * first file that asks does it while it holds a lock file; the others wait for the lock to
 * go and read the outcome it recorded (the value, or the error, so that a failed build is
 * not tried again by every file). The record names the run, so an earlier run's is ignored.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

type Outcome<T> = { run: string; value: T } | { run: string; error: string };

/** How often a waiting file looks again, and how long it waits at most. */
const POLL_MS = 200;
const MAX_WAIT_MS = 30 * 60_000;

/** The lock file of the record `file`. */
export function lockOf(file: string): string {
  return `${file}.lock`;
}

function recorded<T>(file: string, run: string): Outcome<T> | undefined {
  if (!existsSync(file)) return undefined;
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as Outcome<T>;
  return outcome.run === run ? outcome : undefined;
}

function valueOf<T>(outcome: Outcome<T>, file: string): T {
  if ('error' in outcome)
    throw new Error(`${path.basename(file)} failed earlier in this run:\n${outcome.error}`);
  return outcome.value;
}

/** Writes the record whole (through a temporary file), so that no reader sees half of it. */
function record<T>(file: string, outcome: Outcome<T>): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(outcome));
  renameSync(partial, file);
}

/** Takes the lock if nobody holds it (creating the file fails if it exists). */
function tryLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder that ended without recording an outcome (a crashed worker): waiting is pointless. */
function assertHolderAlive(lock: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return; // released meanwhile, or not written yet
  }
  if (pid > 0 && !isAlive(pid)) {
    throw new Error(`${lock} is held by process ${pid}, which has ended; remove the file and rerun`);
  }
}

/**
 * `work()`'s value for run `run`, recorded in `file` (JSON): computed by the first caller of
 * the run, in whichever process, and read by the others.
 */
export async function oncePerRun<T>(file: string, run: string, work: () => T): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true });
  const lock = lockOf(file);
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const done = recorded<T>(file, run);
    if (done) return valueOf(done, file);
    if (tryLock(lock)) {
      try {
        // The holder before us may have recorded its outcome between our look and our lock.
        const meanwhile = recorded<T>(file, run);
        if (meanwhile) return valueOf(meanwhile, file);
        let value: T;
        try {
          value = work();
        } catch (error) {
          record<T>(file, { run, error: error instanceof Error ? error.message : String(error) });
          throw error;
        }
        record(file, { run, value });
        return value;
      } finally {
        rmSync(lock, { force: true });
      }
    }
    assertHolderAlive(lock);
    if (Date.now() > deadline)
      throw new Error(`gave up waiting for ${lock} after ${MAX_WAIT_MS / 60_000} min`);
    await sleep(POLL_MS);
  }
}
