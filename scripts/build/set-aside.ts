/**
 * The folders a build replaces (the previous site and articles) are set aside, not deleted
 * on the spot: deleting a site of 20,000 pages costs seconds of kernel time, and the build
 * that replaced it has no reason to wait for that. The next build deletes them while it
 * ingests, on the file system's threads.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Moves `dir` into `asideDir` under a name of its own and returns true, or returns false
 * when it cannot be moved there (another file system): the caller deletes it then.
 */
export function setAside(dir: string, asideDir: string): boolean {
  mkdirSync(asideDir, { recursive: true });
  const name = `${path.basename(dir)}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    renameSync(dir, path.join(asideDir, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
    throw error;
  }
}

/** Deletes everything set aside in `asideDir` (nothing when it does not exist). */
export async function deleteSetAside(asideDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(asideDir);
  } catch {
    return;
  }
  await Promise.all(names.map((name) => rm(path.join(asideDir, name), { recursive: true, force: true })));
}
