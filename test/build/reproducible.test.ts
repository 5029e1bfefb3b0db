/**
 * Reproducible builds: the same input built again, into another folder (fresh caches) and
 * once more into the same folder (warm caches), gives the same files with the same bytes,
 * Pagefind's index included.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../scripts/build.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { BUILDS, FIXTURES } from '../helpers/paths.ts';
import { treeDigest } from '../helpers/site-files.ts';

mkdirSync(BUILDS, { recursive: true });

describe('reproducible builds', () => {
  const tmp = mkdtempSync(path.join(BUILDS, 'repro-'));
  const again = path.join(tmp, 'again');
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    // The build's own work folder (generated articles, caches) for that output folder.
    rmSync(parseCli(['--out', again]).workDir, { recursive: true, force: true });
  });

  it('builds the same input into byte-identical sites, fresh and incremental', async () => {
    // The same inputs and options as the fixture site at the root (its registry aside).
    const { dir, inputs } = await fixtureSite('root');
    const first = treeDigest(dir);
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
