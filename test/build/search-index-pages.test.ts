/**
 * The sharded search index against Pagefind alone on small hand-made sites whose page sets
 * are unusual: pages Pagefind leaves out of its index (nothing in them is a word: a title
 * `$` over an empty body, as database exports give), a shard of nothing but such pages, a
 * site where no page has a word, variants of a word (accents) that shards first show in
 * another order than the code-point order. The merged bundle must be the one Pagefind writes itself.
 *
 * It needs none of the fixture sites: it makes its own pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSameBundle, pagefindAlone, shardedBundle, type Page } from '../helpers/pagefind-bundles.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'search-index-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An article page as the site renders one (filters, meta, the sort key every article has). */
function articlePage(i: number, title: string, body: string, date = `2019-0${1 + (i % 9)}-1${i % 10}`): Page {
  const html = `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<nav>Archive home</nav>
<article class="article" data-pagefind-body>
<h1 id="article-title" data-pagefind-weight="10">${title}</h1>
<p class="meta" data-pagefind-ignore><span data-pagefind-sort="date:${date}">1 min read</span>
<span hidden data-pagefind-filter="source">Source ${i % 3}</span></p>
<div class="article-body">${body}</div>
</article></body></html>`;
  return { sourcePath: `articles/a${i}/index.html`, html };
}

/** Pages that hold no word Pagefind indexes: a symbol for a title, nothing or punctuation below. */
const WORDLESS: [title: string, body: string][] = [
  ['$', ''],
  ['—', '<p>–</p>'],
  ['…', '<p data-pagefind-ignore>Ignored text</p>'],
  ['$', ''],
];

/** Pages in a bundle, by its entry file. */
function pagesIn(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

async function compare(name: string, pages: Page[], shardPages: number): Promise<void> {
  const alone = path.join(work, `${name}-alone`);
  const site = path.join(work, `${name}-site`);
  await pagefindAlone(pages, alone);
  const stats = await shardedBundle(pages, site, {
    cacheDir: path.join(work, `${name}-cache`),
    shardPages,
  });
  expect(stats.pages).toBe(pagesIn(alone));
  expectSameBundle(path.join(site, 'pagefind'), alone);
}

/** 18 article pages, those at `wordless` without a word. */
function site(wordless: (i: number) => boolean): Page[] {
  const pages: Page[] = [];
  for (let i = 0; i < 18; i++) {
    const [title, body] = wordless(i)
      ? WORDLESS[i % WORDLESS.length]!
      : [`Article ${i} title`, `<p>Paragraph of article ${i} about harvest number${i} and rainfall.</p>`];
    pages.push(articlePage(i, title, body));
  }
  return pages;
}

describe('the sharded search index on unusual page sets', () => {
  it('leaves out the pages Pagefind leaves out, as Pagefind does', { timeout: 120_000 }, async () => {
    // The first and last page of a shard, and the last page of the site.
    const wordless = new Set([1, 4, 7, 17]);
    await compare(
      'dropped',
      site((i) => wordless.has(i)),
      4,
    );
    expect(pagesIn(path.join(work, 'dropped-alone'))).toBe(18 - wordless.size);
  });

  it('merges a shard of nothing but such pages', { timeout: 120_000 }, async () => {
    await compare(
      'empty-shard',
      site((i) => i >= 8 && i < 12),
      4,
    );
  });

  it(
    'lists the variants of a word in the order the pages first show them',
    { timeout: 120_000 },
    async () => {
      // Forms of one word (`cabi`) whose code-point order is not the order of the pages.
      const bodies = ['<p>çabies</p>', '<p>çàbi</p>', '<p>çabi çàbies</p>', '<p>çabî and çabies</p>'];
      const pages = bodies.map((body, i) => articlePage(i, `Article ${i}`, body));
      await compare('variants', pages, 1);
    },
  );

  it('writes the empty index Pagefind writes when no page has a word', { timeout: 120_000 }, async () => {
    const pages = WORDLESS.map(([title, body], i) => articlePage(i, title, body));
    await compare('wordless', pages, 2);
  });
});
