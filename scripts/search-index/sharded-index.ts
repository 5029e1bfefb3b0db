/**
 * The search index, built in shards while the pages are being generated.
 *
 * The build tells this module which pages it is about to render (`plan`), in order, and
 * hands over each page's HTML as soon as it is rendered (`add`). Pages are grouped into
 * shards of `shardPages` consecutive pages; as soon as a shard has all its pages it is
 * indexed by Pagefind on a worker thread (shard-worker.ts), so indexing runs on the second
 * core while the first one keeps rendering, and Pagefind only ever holds one shard in
 * memory. At the end (`finish`) the shards are merged into one Pagefind bundle
 * (scripts/pagefind/), the same as Pagefind would write for all pages at once.
 *
 * Each shard's bundle is cached under a key made of its pages' paths and HTML: a rebuild in
 * which one article changed re-indexes only the shard holding it. Pages the build did not
 * render (Astro's incremental build restored them) are read from the output folder.
 *
 * Only pages with `data-pagefind-body` are indexed (docs/CONVENTIONS.md: article pages), and
 * of those only the ones Pagefind keeps: it leaves out a page that holds no word, so the
 * merge goes by what Pagefind wrote for each shard, never by the pages it was handed.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ARTICLE_ATTR } from '../../src/shared/page-markers.ts';
import { WorkerPool } from '../../src/shared/worker-pool.ts';
import {
  isBundle,
  mergeBundles,
  PAGEFIND_CHUNK_SIZE,
  PAGEFIND_VERSION,
  pageSortValues,
} from '../pagefind/bundle.ts';
import type { CountJob } from './count-worker.ts';
import { forIndex } from './page-html.ts';
import type { ShardJob } from './shard-worker.ts';

export { forIndex, htmlFileFor } from './page-html.ts';

/** Articles per shard: Pagefind peaks at about 0.35 MB per page while writing a shard. */
export const DEFAULT_SHARD_PAGES = 1000;

/** Shards waiting for Pagefind (besides the one it works on) before `add` asks the build to wait. */
const MAX_WAITING_SHARDS = 1;

/** File in the cache folder with the hash of every page of the last finished build. */
const PAGE_HASHES = 'pages.json';

/** Bump when the way shards are built changes, so cached shards are not reused. */
const SHARD_FORMAT = 5;

export interface SearchIndexStats {
  /** Pages in the index. */
  pages: number;
  files: number;
  bytes: number;
  shards: number;
  /** Shards reused from the cache. */
  reusedShards: number;
  /** Wall time from the first shard started to the merged bundle written (ms). */
  ms: number;
  /** Of which after `finish` was called, i.e. not overlapped with page generation (ms). */
  msAfterPages: number;
  /**
   * The shard bundles merged into the index, in order; each holds the word counts of its
   * pages (search-vocabulary.ts) and stays in the cache folder.
   */
  bundles: string[];
}

export interface ShardedIndexOptions {
  /**
   * One language for every page (Pagefind's `forceLanguage`). Without it, as in the build,
   * each page is indexed in the language of its `<html lang>`, one index per language.
   */
  forceLanguage?: string;
  /** Folder for cached shard bundles. */
  cacheDir: string;
  shardPages?: number;
  /**
   * Size of the merged index's word chunks, in locations (default: Pagefind's own). Pagefind
   * alone writes the same bundle when run with PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE set to it.
   */
  chunkSize?: number;
  /** Called as pages are added and indexed. */
  onProgress?: (state: { pages: number; indexedPages: number; planned: number }) => void;
  /** Marks the shard and merge stages (the benchmark's stage log). */
  markStage?: (stage: string, event: 'start' | 'end') => void;
}

interface ShardState {
  /** Positions in the plan. */
  first: number;
  end: number;
  received: number;
  started?: Promise<string>;
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class ShardedSearchIndex {
  readonly #options: Required<Omit<ShardedIndexOptions, 'onProgress' | 'markStage' | 'forceLanguage'>> &
    Pick<ShardedIndexOptions, 'onProgress' | 'forceLanguage'>;
  readonly #markStage: NonNullable<ShardedIndexOptions['markStage']>;
  #files: string[] = [];
  #position = new Map<string, number>();
  /** HTML of pages received for shards not started yet ('' for pages not indexed). */
  #html: (string | undefined)[] = [];
  /** Hash of each page's indexed HTML ('-' for pages not indexed), once known. */
  #hashes: (string | undefined)[] = [];
  /** Page hashes of the last build that finished (for pages restored, not rendered). */
  #previousHashes = new Map<string, string>();
  #seen = new Uint8Array(0);
  #shards: ShardState[] = [];
  /** Indexes one shard at a time with Pagefind (shard-worker.ts). */
  #indexer = new WorkerPool<ShardJob>({ url: new URL('./shard-worker.ts', import.meta.url) });
  #queue: Promise<void> = Promise.resolve();
  #added = 0;
  #indexedPages = 0;
  #reused = 0;
  #startedAt: number | undefined;
  /** Shards handed to the queue and not indexed yet. */
  #waiting: Promise<string>[] = [];
  #used = new Set<string>();
  /** Counts the words of finished shards (count-worker.ts), alongside page generation. */
  #counter = new WorkerPool<CountJob>({
    url: new URL('./count-worker.ts', import.meta.url),
    errorMessage: (message) => `counting the words of the search index: ${message}`,
  });
  #counting: Promise<void>[] = [];

  constructor(options: ShardedIndexOptions) {
    const { markStage, ...rest } = options;
    this.#options = { shardPages: DEFAULT_SHARD_PAGES, chunkSize: PAGEFIND_CHUNK_SIZE, ...rest };
    this.#markStage = markStage ?? (() => undefined);
    mkdirSync(this.#options.cacheDir, { recursive: true });
  }

  /** The site's HTML files, in the order the build renders them. */
  plan(files: readonly string[]): void {
    // Read the page hashes of the last finished build, and forget them on disk until this
    // build finishes: if it fails half way, pages Astro cached meanwhile are read again.
    const hashesFile = path.join(this.#options.cacheDir, PAGE_HASHES);
    try {
      const stored = JSON.parse(readFileSync(hashesFile, 'utf8')) as {
        format: number;
        pages: Record<string, string>;
      };
      this.#previousHashes = new Map(stored.format === SHARD_FORMAT ? Object.entries(stored.pages) : []);
    } catch {
      this.#previousHashes = new Map();
    }
    rmSync(hashesFile, { force: true });
    this.#files = [...files];
    this.#position = new Map(this.#files.map((f, i) => [f, i]));
    this.#html = new Array<string | undefined>(this.#files.length);
    this.#hashes = new Array<string | undefined>(this.#files.length);
    this.#seen = new Uint8Array(this.#files.length);
    this.#shards = [];
    for (let first = 0; first < this.#files.length; first += this.#options.shardPages) {
      this.#shards.push({
        first,
        end: Math.min(first + this.#options.shardPages, this.#files.length),
        received: 0,
      });
    }
  }

  /** A page the build rendered (its HTML file, relative to the site, and its HTML). */
  add(file: string, html: string): void {
    const i = this.#position.get(file);
    if (i === undefined || this.#seen[i]) return;
    this.#seen[i] = 1;
    this.#keep(i, this.#forIndex(html));
    this.#added++;
    const shard = this.#shards[Math.floor(i / this.#options.shardPages)]!;
    if (++shard.received === shard.end - shard.first) this.#start(shard);
    this.#report();
  }

  #forIndex(html: string): string {
    return forIndex(html, this.#options.forceLanguage !== undefined);
  }

  #keep(i: number, indexed: string): void {
    this.#html[i] = indexed;
    this.#hashes[i] = indexed ? sha(indexed) : '-';
  }

  /**
   * Resolves when Pagefind has caught up enough: the build awaits this after each page, so
   * finished shards do not pile up in memory when pages render faster than Pagefind indexes.
   */
  async room(): Promise<void> {
    while (this.#waiting.length > MAX_WAITING_SHARDS) await this.#waiting[0];
  }

  #report(): void {
    this.#options.onProgress?.({
      pages: this.#added,
      indexedPages: this.#indexedPages,
      planned: this.#files.length,
    });
  }

  /**
   * Indexes a shard whose pages are all known (or takes it from the cache). Pages known only
   * by their hash (restored by Astro, unchanged since the last build) are read from `siteDir`
   * if the shard has to be indexed again.
   */
  #start(shard: ShardState, siteDir?: string): Promise<string> {
    if (shard.started) return shard.started;
    if (this.#startedAt === undefined) {
      this.#startedAt = performance.now();
      this.#markStage('search index shards', 'start');
    }
    const shardKey = (): string => {
      const key = createHash('sha256').update(
        `${SHARD_FORMAT}\0${PAGEFIND_VERSION}\0${this.#options.forceLanguage ?? ''}\0`,
      );
      for (let i = shard.first; i < shard.end; i++)
        key.update(`${this.#files[i]}\0${this.#hashes[i] ?? '-'}\0`);
      return key.digest('hex').slice(0, 32);
    };
    let name = shardKey();
    let cached = isBundle(path.join(this.#options.cacheDir, name));
    if (!cached && siteDir !== undefined) {
      // Pages known only by their hash in the last build are needed now: read them. Should one
      // differ from that hash after all, the shard's key is made again from what was read.
      let stale = false;
      for (let i = shard.first; i < shard.end; i++) {
        if (this.#html[i] !== undefined || this.#hashes[i] === '-') continue;
        const recorded = this.#hashes[i];
        this.#keep(i, this.#forIndex(readFileSync(path.join(siteDir, this.#files[i]!), 'utf8')));
        if (this.#hashes[i] !== recorded) stale = true;
      }
      if (stale) {
        name = shardKey();
        cached = isBundle(path.join(this.#options.cacheDir, name));
      }
    }
    const dir = path.join(this.#options.cacheDir, name);
    this.#used.add(name);
    let count = 0;
    const pages: ShardJob['pages'] = [];
    for (let i = shard.first; i < shard.end; i++) {
      if (this.#hashes[i] === '-') continue;
      count++;
      if (cached) continue;
      const [sourcePath, html] = [this.#files[i]!, this.#html[i]!];
      // Read now, so that an unsupported sort attribute fails the page before its shard starts.
      pages.push({ sourcePath, html, sort: pageSortValues(html, sourcePath) });
    }
    for (let i = shard.first; i < shard.end; i++) this.#html[i] = undefined; // the shard holds them now
    shard.started = this.#queue.then(async () => {
      if (count > 0 && !isBundle(dir)) {
        const temp = `${dir}.tmp`;
        rmSync(temp, { recursive: true, force: true });
        const { forceLanguage } = this.#options;
        await this.#indexer.run({ ...(forceLanguage ? { forceLanguage } : {}), pages, outDir: temp });
        rmSync(dir, { recursive: true, force: true });
        renameSync(temp, dir);
        this.#counting.push(this.#counter.run({ bundleDir: dir }));
      } else if (count > 0) this.#reused++;
      this.#indexedPages += count;
      this.#report();
      return count > 0 ? dir : '';
    });
    // Shards are indexed one after another: one Pagefind in memory at a time.
    this.#queue = shard.started.then(
      () => undefined,
      () => undefined,
    );
    const started = shard.started;
    this.#waiting.push(started);
    void started
      .finally(() => {
        this.#waiting = this.#waiting.filter((p) => p !== started);
      })
      .catch(() => undefined);
    return started;
  }

  /**
   * After the build wrote every page to `siteDir`: indexes the pages it did not hand over,
   * waits for all shards and merges them into `siteDir/pagefind`.
   */
  async finish(siteDir: string): Promise<SearchIndexStats> {
    const finishing = performance.now();
    try {
      for (const shard of this.#shards) {
        if (shard.started) continue;
        for (let i = shard.first; i < shard.end; i++) {
          if (this.#seen[i]) continue;
          this.#seen[i] = 1;
          const file = this.#files[i]!;
          const previous = this.#previousHashes.get(file);
          if (previous !== undefined && existsSync(path.join(siteDir, file))) this.#hashes[i] = previous;
          else {
            const full = path.join(siteDir, file);
            this.#keep(i, existsSync(full) ? this.#forIndex(readFileSync(full, 'utf8')) : '');
          }
        }
        void this.#start(shard, siteDir);
      }
      const dirs = (await Promise.all(this.#shards.map((s) => s.started!))).filter((d) => d !== '');
      this.#markStage('search index shards', 'end');
      const counted = Promise.all(this.#counting);
      // A failure is reported by the await below, not as an unhandled rejection meanwhile.
      counted.catch(() => undefined);
      const outDir = path.join(siteDir, 'pagefind');
      rmSync(outDir, { recursive: true, force: true });
      if (dirs.length === 0) throw new Error(`no page to index: no page carries ${ARTICLE_ATTR}`);
      this.#markStage('search index merge', 'start');
      const merged = await mergeBundles(dirs, outDir, { chunkSize: this.#options.chunkSize });
      this.#markStage('search index merge', 'end');
      await counted;
      this.#prune();
      const hashes: Record<string, string> = {};
      this.#files.forEach((file, i) => (hashes[file] = this.#hashes[i] ?? '-'));
      writeFileSync(
        path.join(this.#options.cacheDir, PAGE_HASHES),
        JSON.stringify({ format: SHARD_FORMAT, pages: hashes }),
      );
      const size = folderSize(outDir);
      const ended = performance.now();
      return {
        pages: merged.pages,
        ...size,
        shards: dirs.length,
        reusedShards: this.#reused,
        bundles: dirs,
        ms: ended - (this.#startedAt ?? finishing),
        msAfterPages: ended - finishing,
      };
    } finally {
      await this.#indexer.terminate();
      await this.#counter.terminate();
      this.#counting = [];
    }
  }

  /** Deletes cached shards this build did not use. */
  #prune(): void {
    for (const name of readdirSync(this.#options.cacheDir)) {
      if (!this.#used.has(name) && name !== PAGE_HASHES)
        rmSync(path.join(this.#options.cacheDir, name), { recursive: true, force: true });
    }
  }
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
