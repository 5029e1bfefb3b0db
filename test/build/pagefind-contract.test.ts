/**
 * The contract with Pagefind: the bundle the sharded search index merges (scripts/pagefind/)
 * is the bundle Pagefind writes for the same pages in one index — same files, same names,
 * same content — at a size where everything the merge does happens: 20,000 generated pages
 * in 20 shards, word chunks small enough for thousands of chunk boundaries, two chunks
 * whose short hashes collide, two pages in different shards whose fragments' short hashes
 * collide, meta fields that only some shards have, filters, sort keys with ties and gaps,
 * sub-result anchors and words with variants (accents).
 *
 * The gzip framing of the files the merge writes is Node's zlib, not Pagefind's compressor,
 * so the index files are compared decompressed; every other byte must be the same.
 *
 * It needs none of the fixture sites (no inject()): it makes its own pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { Random, ZipfSampler } from '../../bench/corpus/random.ts';
import { bundleFiles, bundleSummary } from '../../scripts/pagefind/inspect.ts';
import { ShardedSearchIndex } from '../../scripts/search-index/sharded-index.ts';

const PAGES = 20_000;
const SHARD_PAGES = 1_000;
/**
 * The pages' random seed. With it, four pairs of pages in different shards get the same short
 * fragment name (asserted below: another seed, or another Pagefind, may need a new one).
 */
const SEED = 2;
/** Locations per word chunk: ~6,500 chunks, two of whose short hashes collide (asserted). */
const CHUNK_SIZE = 216;
/** Distinct words the pages draw from (Zipf-distributed, as in news text). */
const VOCABULARY = 60_000;

const work = mkdtempSync(path.join(os.tmpdir(), 'pagefind-contract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Page {
  sourcePath: string;
  html: string;
}

const CONSONANTS = 'bcdfghjklmnprstvwxz';
const VOWELS = 'aeiou';

/** The r-th word of the vocabulary: syllables spelling r in base 95, at least two. */
function vocabularyWord(r: number): string {
  let n = r;
  let word = '';
  do {
    word += CONSONANTS[n % CONSONANTS.length]! + VOWELS[Math.floor(n / CONSONANTS.length) % VOWELS.length]!;
    n = Math.floor(n / (CONSONANTS.length * VOWELS.length));
  } while (n > 0 || word.length < 4);
  return word;
}

/** Article-like pages, with the attributes the archive's article pages carry. */
function generatePages(): Page[] {
  const random = new Random(SEED);
  const words = new ZipfSampler(VOCABULARY, 1.05, 10);
  const sources = new ZipfSampler(40, 1.2);
  const text = (n: number): string => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let word = vocabularyWord(words.sample(random));
      if (random.chance(0.02)) word = word.replace('e', 'é'); // a variant of the word
      if (random.chance(0.05)) word = word[0]!.toUpperCase() + word.slice(1);
      out.push(word);
    }
    return out.join(' ');
  };
  const pages: Page[] = [];
  for (let i = 0; i < PAGES; i++) {
    const title = text(random.int(3, 8));
    const month = String(random.int(1, 12)).padStart(2, '0');
    const date = `${2003 + random.int(0, 2)}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const sort = random.chance(0.95) ? ` data-pagefind-sort="date:${date}"` : '';
    const weight = random.chance(0.3)
      ? ` data-pagefind-sort="weight[data-weight]" data-weight="${random.int(-50, 500)}"`
      : '';
    const section = ['business', 'politics', 'sport', 'tech', 'entertainment'][random.int(0, 4)]!;
    const topics = random.chance(0.3)
      ? [0, 1].map(() => `<span data-pagefind-filter="topic">${vocabularyWord(random.int(0, 30))}</span>`)
      : [];
    // Meta fields on some pages only, so that shards list different fields.
    const author =
      Math.floor(i / 3000) % 3 === 1 ? `<span data-pagefind-meta="author">${text(2)}</span>` : '';
    const desk = i % 7 === 3 ? `<span data-pagefind-meta="desk">${text(1)}</span>` : '';
    const body: string[] = [];
    for (let b = random.int(2, 5); b > 0; b--) {
      if (random.chance(0.3)) body.push(`<h2 id="h-${i}-${b}">${text(random.int(2, 5))}</h2>`);
      const paragraph = text(random.int(6, 20));
      body.push(
        random.chance(0.2)
          ? `<p id="p-${i}-${b}" data-pagefind-title="${text(3)} …">${paragraph}</p>`
          : `<p>${paragraph}</p>`,
      );
    }
    const source = sources.sample(random);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav>Archive home</nav>
<article class="article" data-pagefind-body>
<h1 id="article-title" data-pagefind-weight="10"${weight}>${title}</h1>
<p class="meta" data-pagefind-ignore><a href="/sources/s${source}/" data-pagefind-filter="source">Source ${source}</a> <span${sort}>${date}</span></p>
<span hidden data-pagefind-filter="section">${section}</span>${topics.join('')}${author}${desk}
${body.join('\n')}
</article></body></html>`;
    pages.push({ sourcePath: `articles/a${i}/index.html`, html });
  }
  return pages;
}

/** Pagefind alone, all pages in one index, with word chunks of CHUNK_SIZE locations. */
async function pagefindAlone(pages: readonly Page[], out: string): Promise<void> {
  for (const page of pages) {
    const added = await singleIndex!.addHTMLFile({ sourcePath: page.sourcePath, content: page.html });
    expect(added.errors).toEqual([]);
  }
  const written = await singleIndex!.writeFiles({ outputPath: out });
  expect(written.errors).toEqual([]);
  await singleIndex!.deleteIndex();
  await pagefind.close();
}

let singleIndex: pagefind.PagefindIndex | undefined;

/** Starts this thread's Pagefind service with the chunk size (its only setting for it). */
async function startPagefind(): Promise<void> {
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_SIZE);
  try {
    ({ index: singleIndex } = await pagefind.createIndex());
  } finally {
    // The service has started: the shard worker started later must not inherit it.
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  }
  expect(singleIndex).toBeDefined();
}

/** The build's own way: shards indexed one by one on a worker thread, then merged. */
async function sharded(pages: readonly Page[], site: string): Promise<string[]> {
  const index = new ShardedSearchIndex({
    cacheDir: path.join(work, 'cache'),
    shardPages: SHARD_PAGES,
    chunkSize: CHUNK_SIZE,
  });
  index.plan(pages.map((p) => p.sourcePath));
  for (const page of pages) {
    index.add(page.sourcePath, page.html);
    await index.room();
  }
  const stats = await index.finish(site);
  expect(stats.pages).toBe(PAGES);
  expect(stats.shards).toBe(PAGES / SHARD_PAGES);
  return stats.bundles;
}

describe('Pagefind contract', () => {
  it(
    `a bundle merged from shards is the one Pagefind writes for ${PAGES} pages at once`,
    { timeout: 600_000 },
    async () => {
      const pages = generatePages();
      const single = path.join(work, 'single');
      const site = path.join(work, 'site');
      await startPagefind();
      // Pagefind alone on this thread, the shards on the index's worker: both cores busy.
      const [, shards] = await Promise.all([pagefindAlone(pages, single), sharded(pages, site)]);

      // What the pages are meant to make happen, in Pagefind's own bundle.
      const summary = bundleSummary(single);
      expect(summary.pages).toBe(PAGES);
      expect(summary.chunks).toBeGreaterThan(5_000);
      expect(summary.lengthenedNames.chunks).toBeGreaterThan(0);
      // A fragment name that grew in the whole index but in none of the shards: the merge renamed it.
      const inShards = shards.reduce((n, dir) => n + bundleSummary(dir).lengthenedNames.fragments, 0);
      expect(summary.lengthenedNames.fragments).toBeGreaterThan(inShards);
      expect(summary.filters).toEqual(['section', 'source', 'topic']);
      expect(summary.sorts).toEqual(['date', 'weight']);
      expect(summary.metaFields).toEqual(['author', 'desk', 'title']);
      expect(shards.some((dir) => !bundleSummary(dir).metaFields.includes('author'))).toBe(true);

      const expected = bundleFiles(single);
      const merged = bundleFiles(path.join(site, 'pagefind'));
      expect([...merged.keys()].sort()).toEqual([...expected.keys()].sort());
      const differing = [...expected].filter(([file, content]) => !merged.get(file)!.equals(content));
      expect(differing.map(([file]) => file)).toEqual([]);
    },
  );
});
