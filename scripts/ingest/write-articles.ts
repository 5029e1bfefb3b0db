/**
 * write: puts the generated MDX files into a fresh staging folder. Files whose text is
 * unchanged since the last build are hard-linked from the current folder instead of being
 * written again; a digest list in the folder (`.digests.json`: hash, size and time of each
 * file) tells which, without reading them all. scripts/build.ts swaps the staging folder in
 * only when the whole build succeeded, so a failed build leaves the previous articles as
 * they were.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

const DIGESTS = '.digests.json';

interface FileDigest {
  sha: string;
  size: number;
  mtimeMs: number;
}

function readDigests(dir: string): Record<string, FileDigest> {
  try {
    return JSON.parse(readFileSync(path.join(dir, DIGESTS), 'utf8')) as Record<string, FileDigest>;
  } catch {
    return {};
  }
}

/** Whether `file` still holds `text`: by its recorded digest when size and time match, else by reading it. */
function holds(file: string, text: string, sha: string, recorded: FileDigest | undefined): boolean {
  if (recorded && recorded.sha === sha) {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat && stat.size === recorded.size && stat.mtimeMs === recorded.mtimeMs) return true;
  }
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** Files written at once: the writes run on libuv's thread pool, alongside the hashing here. */
const CONCURRENT_WRITES = 16;

export async function writeArticles(
  files: ReadonlyMap<string, string>,
  currentDir: string,
  stagingDir: string,
): Promise<WriteStats> {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  let existing: Set<string>;
  try {
    existing = new Set(readdirSync(currentDir).filter((n) => n.endsWith('.mdx')));
  } catch {
    existing = new Set();
  }
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const previousDigests = readDigests(currentDir);
  const digests: Record<string, FileDigest> = {};
  const writing = new Set<Promise<void>>();
  let failure: unknown;
  for (const [name, text] of files) {
    if (failure !== undefined) break;
    const target = path.join(stagingDir, name);
    const sha = createHash('sha1').update(text).digest('hex');
    let linked = false;
    if (existing.has(name)) {
      const previous = path.join(currentDir, name);
      if (holds(previous, text, sha, previousDigests[name])) {
        try {
          linkSync(previous, target);
          linked = true;
        } catch {
          // Cross-device or unsupported: fall back to writing the file.
        }
      }
    }
    if (linked) {
      stats.unchanged++;
      const linkedStat = statSync(target);
      digests[name] = { sha, size: linkedStat.size, mtimeMs: linkedStat.mtimeMs };
      continue;
    }
    stats.written++;
    const write = writeFile(target, text)
      .then(() => stat(target))
      .then((written) => {
        digests[name] = { sha, size: written.size, mtimeMs: written.mtimeMs };
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= CONCURRENT_WRITES) await Promise.race(writing);
  }
  await Promise.all(writing);
  if (failure !== undefined) throw failure;
  // Recorded in the order of the files, whatever order the writes finished in.
  const ordered: Record<string, FileDigest> = {};
  for (const name of files.keys()) ordered[name] = digests[name]!;
  writeFileSync(path.join(stagingDir, DIGESTS), JSON.stringify(ordered));
  for (const name of existing) if (!files.has(name)) stats.removed++;
  return stats;
}

/**
 * Replaces `target` with `staging` (both folders) and returns the previous `target`, renamed,
 * for the caller to delete (undefined when there was none).
 */
export function swapIn(staging: string, target: string): string | undefined {
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
  return hadTarget ? old : undefined;
}
