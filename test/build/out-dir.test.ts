/**
 * Output folders anywhere: beside the project under a name that starts like the project's
 * own path (Astro compares path text to decide whether a folder is inside the project).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURE_ARCHIVE, ROOT } from '../helpers/paths.ts';

describe('the output folder', () => {
  const out = `${ROOT}-out-test-${process.pid}`;
  const registry = path.join(ROOT, 'test-results', `out-dir-registry-${process.pid}.json`);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(registry, { force: true });
  });

  it('may sit beside the project with a name that starts like the project path', () => {
    buildSite([path.join(FIXTURE_ARCHIVE, 'desk')], out, ['--registry', registry]);
    expect(existsSync(path.join(out, 'articles/parliament-debates-the-archive-bill/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
  });
});
