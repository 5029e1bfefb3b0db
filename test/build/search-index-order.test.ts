/**
 * The search index does not depend on the order in which the file system lists the pages:
 * the same pages, written in opposite orders into two folders, give byte-identical
 * Pagefind output. (Pagefind's `addDirectory` numbers pages in listing order; on tmpfs and
 * in small ext4 folders that is the order the files were written.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { ROOT } from '../helpers/paths.ts';
import { articlePageSlugs, treeDigest } from '../helpers/site-files.ts';

/**
 * Where the copies go: tmpfs lists a folder in the order its files were written, so the
 * test can tell the orders apart there; ext4 lists in hash order whatever the writing order.
 */
const TMPFS = '/dev/shm';

describe('search index', () => {
  const builds = existsSync(TMPFS) ? TMPFS : path.join(ROOT, 'test-results/builds');
  mkdirSync(builds, { recursive: true });
  const tmp = mkdtempSync(path.join(builds, 'news-archive-index-order-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is the same whatever order the pages were written in', async () => {
    const site = inject('siteRoot');
    const slugs = articlePageSlugs(site);
    const indexes: Record<string, string>[] = [];
    for (const [name, order] of [
      ['forward', slugs],
      ['reverse', [...slugs].reverse()],
    ] as const) {
      const dir = path.join(tmp, name);
      for (const slug of order) {
        cpSync(path.join(site, 'articles', slug), path.join(dir, 'articles', slug), { recursive: true });
      }
      const stats = await buildSearchIndex(dir, 'en');
      expect(stats.pages).toBe(slugs.length);
      indexes.push(treeDigest(path.join(dir, 'pagefind')));
    }
    expect(indexes[1]).toEqual(indexes[0]);
  });
});
