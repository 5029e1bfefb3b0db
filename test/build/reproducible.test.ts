/**
 * Reproducible builds: the same input built again, into another folder (fresh caches) and
 * once more into the same folder (warm caches), gives the same files with the same bytes,
 * Pagefind's index included.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseCli } from '../../scripts/build.ts';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURE_ARCHIVE, FIXTURES, ROOT, SEED } from '../helpers/paths.ts';

/**
 * Sites are built inside the project's test-results/. (Astro 7.3 fails to build into a
 * folder whose path starts with the project's path as a string, e.g. project `/tmp/x`
 * and output `/tmp/x-out`: its prerender bundle then cannot resolve a dependency.)
 */
const BUILDS = path.join(ROOT, 'test-results/builds');
mkdirSync(BUILDS, { recursive: true });

/** Every file of a folder (relative POSIX path) with the SHA-256 of its bytes. */
function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full, `${rel}${entry.name}/`);
      else out[`${rel}${entry.name}`] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('reproducible builds', () => {
  const tmp = mkdtempSync(path.join(BUILDS, 'repro-'));
  const again = path.join(tmp, 'again');
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    // The build's own work folder (generated articles, caches) for that output folder.
    rmSync(parseCli(['--out', again]).workDir, { recursive: true, force: true });
  });

  it('builds the same input into byte-identical sites, fresh and incremental', () => {
    // The same inputs and options as test/global-setup.ts's site at the root.
    const inputs = [SEED, path.join(FIXTURE_ARCHIVE, 'dumps'), path.join(FIXTURE_ARCHIVE, 'desk')];
    const first = treeDigest(inject('siteRoot'));
    const args = ['--site', 'https://archive.example.org', '--config', path.join(FIXTURES, 'site.yaml')];
    buildSite(inputs, again, args);
    const second = treeDigest(again);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(Object.keys(first).some((f) => f.startsWith('pagefind/index/'))).toBe(true);
    expect(second).toEqual(first);

    buildSite(inputs, again, args);
    expect(treeDigest(again)).toEqual(first);
  });
});
