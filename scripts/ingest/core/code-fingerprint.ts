/**
 * A hash of the project's own source files in some folders: a cache of what that code
 * computes is keyed by it, so changing the code empties the cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

const fingerprints = new Map<string, string>();

/** The hash of every `.ts` file under `folders` (project-relative, subfolders too), once per process. */
export function codeFingerprint(folders: readonly string[]): string {
  const id = folders.join('\0');
  let fingerprint = fingerprints.get(id);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    for (const folder of folders) {
      const dir = path.join(ROOT, folder);
      for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
        if (!name.endsWith('.ts')) continue;
        hash
          .update(`${folder}/${name}\0`)
          .update(readFileSync(path.join(dir, name)))
          .update('\0');
      }
    }
    fingerprint = hash.digest('hex');
    fingerprints.set(id, fingerprint);
  }
  return fingerprint;
}
