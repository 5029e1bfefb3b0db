/**
 * write: puts the generated MDX files into a fresh staging folder. Files whose text is
 * unchanged since the last build are hard-linked from the current folder instead of being
 * written again. scripts/build.ts swaps the staging folder in only when the whole build
 * succeeded, so a failed build leaves the previous articles as they were.
 */
import {
  cpSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

export function writeArticles(
  files: ReadonlyMap<string, string>,
  currentDir: string,
  stagingDir: string,
): WriteStats {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  let existing: Set<string>;
  try {
    existing = new Set(readdirSync(currentDir).filter((n) => n.endsWith('.mdx')));
  } catch {
    existing = new Set();
  }
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  for (const [name, text] of files) {
    const target = path.join(stagingDir, name);
    if (existing.has(name)) {
      const previous = path.join(currentDir, name);
      if (readFileSync(previous, 'utf8') === text) {
        try {
          linkSync(previous, target);
          stats.unchanged++;
          continue;
        } catch {
          // Cross-device or unsupported: fall back to writing the file.
        }
      }
    }
    writeFileSync(target, text);
    stats.written++;
  }
  for (const name of existing) if (!files.has(name)) stats.removed++;
  return stats;
}

/** Replaces `target` with `staging` (both folders); the old `target` is deleted. */
export function swapIn(staging: string, target: string): void {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  let hadTarget = true;
  try {
    renameSync(target, old);
  } catch {
    hadTarget = false;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another file system: copy, then remove the staged copy.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staging, target, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}
