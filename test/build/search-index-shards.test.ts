/**
 * The sharded search index: Pagefind bundles built from shards and merged are the bundle
 * Pagefind writes for all the pages in one index (same files, same names, same content),
 * and a second build reuses every shard whose pages did not change.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeBundles, pageSortValues, writeSortValues } from '../../scripts/pagefind/bundle.ts';
import { bundleFiles } from '../../scripts/pagefind/inspect.ts';
import { ShardedSearchIndex } from '../../scripts/search-index/sharded-index.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';

const siteRoot = (await fixtureSite('root')).dir;
const work = mkdtempSync(path.join(os.tmpdir(), 'search-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture site's article pages, in path order. */
function articlePages(): { sourcePath: string; html: string }[] {
  return articlePageSlugs(siteRoot).map((slug) => {
    const sourcePath = `articles/${slug}/index.html`;
    return { sourcePath, html: readFileSync(path.join(siteRoot, sourcePath), 'utf8') };
  });
}

/** Pagefind alone on `pages`; returns the URL it gave each page. */
async function pagefindBundle(pages: { sourcePath: string; html: string }[], out: string): Promise<string[]> {
  const { index } = await pagefind.createIndex();
  const urls: string[] = [];
  for (const page of pages) {
    const added = await index!.addHTMLFile({ sourcePath: page.sourcePath, content: page.html });
    urls.push(added.file.url);
  }
  await index!.writeFiles({ outputPath: out });
  await index!.deleteIndex();
  await pagefind.close();
  return urls;
}

describe('search index shards', () => {
  it('merge into exactly the bundle Pagefind writes in one go', { timeout: 120_000 }, async () => {
    const pages = articlePages();
    expect(pages.length).toBeGreaterThanOrEqual(10);
    await pagefindBundle(pages, path.join(work, 'single'));
    const shardDirs: string[] = [];
    for (let i = 0; i < pages.length; i += 4) {
      const dir = path.join(work, `shard-${i}`);
      const shard = pages.slice(i, i + 4);
      const urls = await pagefindBundle(shard, dir);
      // What the sharded index writes next to each shard: its pages' sort keys.
      writeSortValues(
        dir,
        shard.map((p, k) => ({ url: urls[k]!, sort: pageSortValues(p.html, p.sourcePath) })),
      );
      shardDirs.push(dir);
    }
    const stats = await mergeBundles(shardDirs, path.join(work, 'merged'));
    expect(stats.pages).toBe(pages.length);
    const single = bundleFiles(path.join(work, 'single'));
    const merged = bundleFiles(path.join(work, 'merged'));
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [file, content] of single) expect(merged.get(file)?.equals(content), file).toBe(true);
  });

  it('merge sort keys into the order Pagefind gives them', { timeout: 120_000 }, async () => {
    // Dates with ties and gaps, a number key on some pages, a key only some pages have.
    const pages = articlePages().map((p, i) => {
      const date = i % 5 === 4 ? '' : `data-pagefind-sort="date:2004-0${1 + (i % 3)}-1${i % 2}"`;
      const weight = i % 2 ? `data-pagefind-sort="weight[data-weight]" data-weight="${(i * 7) % 11}"` : '';
      const html = p.html
        .replace(/<span data-pagefind-sort="[^"]*">/, `<span ${date}>`)
        .replace('<h1 ', `<h1 ${weight} `);
      return { ...p, html };
    });
    await pagefindBundle(pages, path.join(work, 'sorted-single'));
    const cacheDir = path.join(work, 'sorted-cache');
    const index = new ShardedSearchIndex({ cacheDir, shardPages: 4 });
    index.plan(pages.map((p) => p.sourcePath));
    for (const page of pages) index.add(page.sourcePath, page.html);
    const site = path.join(work, 'sorted-site');
    const stats = await index.finish(site);
    expect(stats.shards).toBeGreaterThan(2);
    const single = bundleFiles(path.join(work, 'sorted-single'));
    const merged = bundleFiles(path.join(site, 'pagefind'));
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [file, content] of single) expect(merged.get(file)?.equals(content), file).toBe(true);
  });

  it('refuses a sort key it cannot read, naming the page', async () => {
    const pages = articlePages().slice(0, 3);
    const index = new ShardedSearchIndex({
      cacheDir: path.join(work, 'bad-sort'),
      shardPages: 2,
    });
    index.plan(pages.map((p) => p.sourcePath));
    const html = pages[0]!.html.replace('<h1 ', '<h1 data-pagefind-sort="title" ');
    expect(() => index.add(pages[0]!.sourcePath, html)).not.toThrow();
    expect(() => index.add(pages[1]!.sourcePath, pages[1]!.html)).toThrow(
      new RegExp(`${pages[0]!.sourcePath}: data-pagefind-sort="title"`),
    );
  });

  it('re-indexes only the shard whose pages changed', { timeout: 120_000 }, async () => {
    const pages = articlePages();
    const cacheDir = path.join(work, 'cache');
    const build = async (list: typeof pages, site: string) => {
      const index = new ShardedSearchIndex({ cacheDir, shardPages: 5 });
      index.plan(list.map((p) => p.sourcePath));
      for (const page of list) index.add(page.sourcePath, page.html);
      return index.finish(site);
    };
    const first = await build(pages, path.join(work, 'site-1'));
    expect(first.shards).toBe(Math.ceil(pages.length / 5));
    expect(first.reusedShards).toBe(0);

    const edited = pages.map((p, i) =>
      i === 6 ? { ...p, html: p.html.replace('</h1>', ' (corrected)</h1>') } : p,
    );
    const second = await build(edited, path.join(work, 'site-2'));
    expect(second.reusedShards).toBe(first.shards - 1);
    const third = await build(edited, path.join(work, 'site-3'));
    expect(third.reusedShards).toBe(first.shards);
    expect(bundleFiles(path.join(work, 'site-3', 'pagefind'))).toEqual(
      bundleFiles(path.join(work, 'site-2', 'pagefind')),
    );
  });

  it(
    'reads pages the build did not render (restored by Astro) from the site',
    { timeout: 120_000 },
    async () => {
      const pages = articlePages();
      const cacheDir = path.join(work, 'cache-restored');
      const site = (name: string, list: typeof pages): string => {
        const dir = path.join(work, name);
        for (const page of list) {
          mkdirSync(path.dirname(path.join(dir, page.sourcePath)), { recursive: true });
          writeFileSync(path.join(dir, page.sourcePath), page.html);
        }
        return dir;
      };
      // A first build renders every page.
      const full = new ShardedSearchIndex({ cacheDir, shardPages: 5 });
      full.plan(pages.map((p) => p.sourcePath));
      for (const page of pages) full.add(page.sourcePath, page.html);
      await full.finish(site('restored-1', pages));

      // The next renders only the edited page; the others are on disk, as Astro restores them.
      const edited = pages.map((p, i) =>
        i === 2 ? { ...p, html: p.html.replace('</h1>', ' (corrected)</h1>') } : p,
      );
      const dir = site('restored-2', edited);
      const partial = new ShardedSearchIndex({ cacheDir, shardPages: 5 });
      partial.plan(edited.map((p) => p.sourcePath));
      partial.add(edited[2]!.sourcePath, edited[2]!.html);
      const stats = await partial.finish(dir);
      expect(stats.pages).toBe(pages.length);
      expect(stats.reusedShards).toBe(stats.shards - 1);

      // The same index as a build from scratch.
      const fresh = new ShardedSearchIndex({
        cacheDir: path.join(work, 'cache-fresh'),
        shardPages: 5,
      });
      fresh.plan(edited.map((p) => p.sourcePath));
      for (const page of edited) fresh.add(page.sourcePath, page.html);
      await fresh.finish(site('restored-fresh', edited));
      expect(bundleFiles(path.join(dir, 'pagefind'))).toEqual(
        bundleFiles(path.join(work, 'restored-fresh', 'pagefind')),
      );
    },
  );
});
