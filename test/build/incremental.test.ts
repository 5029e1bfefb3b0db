/**
 * Incremental builds render only what changed, and what they keep is still right: after an
 * article's title changes, a rebuild into the same folder (Astro's incremental cache: pages
 * with a cacheKey, src/data/page-cache.ts) gives byte for byte the site a fresh build of the
 * edited input gives. The title shows on the article's page, its CSL-JSON, the pages of the
 * people it names and the listings, so a cache key that missed it would leave one stale.
 * The site a build replaces is set aside in its work folder (scripts/build/set-aside.ts).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../scripts/build.ts';
import { buildSite } from '../helpers/build-site.ts';
import { BUILDS, SEED } from '../helpers/paths.ts';
import { treeDigest } from '../helpers/site-files.ts';

mkdirSync(BUILDS, { recursive: true });

const OLD_TITLE = 'Tajik FM Muhriddin Meets Head of the UN Counter-Terrorism Department Voronkov';
const NEW_TITLE = 'Tajik FM Muhriddin Meets Vladimir Voronkov, Head of the UN Counter-Terrorism Office';

describe('an incremental build after an edit', () => {
  const tmp = mkdtempSync(path.join(BUILDS, 'incremental-'));
  const input = path.join(tmp, 'input', 'seed.txt');
  const kept = path.join(tmp, 'kept');
  const fresh = path.join(tmp, 'fresh');
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    for (const out of [kept, fresh])
      rmSync(parseCli(['--out', out]).workDir, { recursive: true, force: true });
  });

  it('gives the same bytes as a fresh build of the edited input', () => {
    mkdirSync(path.dirname(input), { recursive: true });
    const seed = readFileSync(SEED, 'utf8');
    expect(seed).toContain(OLD_TITLE);
    writeFileSync(input, seed);
    const registry = path.join(tmp, 'registry.json');
    const run = (out: string, file: string) => {
      const result = buildSite([input], out, ['--registry', file]);
      expect(result.status, result.stderr).toBe(0);
      return result;
    };
    run(kept, registry);
    const before = treeDigest(kept);
    // The fresh build starts from the same URL registry, so both know the article's URL.
    const registryAfterFirst = path.join(tmp, 'registry-first.json');
    copyFileSync(registry, registryAfterFirst);

    writeFileSync(input, seed.replace(OLD_TITLE, NEW_TITLE));
    run(kept, registry);
    // The site and articles it replaced are set aside for the next build to delete.
    const replaced = path.join(parseCli(['--out', kept]).workDir, 'replaced');
    expect(readdirSync(replaced)).toHaveLength(2);
    run(fresh, registryAfterFirst);
    const incremental = treeDigest(kept);
    const expected = treeDigest(fresh);

    const changed = Object.keys(expected).filter((f) => before[f] !== expected[f]);
    // The edit reaches the person's page and the article's CSL-JSON, so the comparison below tests their keys.
    expect(changed).toContain('people/vladimir-voronkov/index.html');
    expect(changed.some((f) => /^a\/[^/]+\/csl\.json$/.test(f))).toBe(true);
    expect(Object.keys(incremental)).toEqual(Object.keys(expected));
    expect(incremental).toEqual(expected);
  });
});
