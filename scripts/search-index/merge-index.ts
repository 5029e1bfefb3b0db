/**
 * Merges Pagefind bundles built from disjoint sets of pages (shards) into one bundle, the
 * same as Pagefind would have written for all the pages at once.
 *
 * Why: Pagefind keeps everything it indexes in memory and needs about 0.35 MB per article
 * page while writing (3.3 GB for 10,000 pages, more than this project's whole memory budget;
 * Pagefind issue 842). Indexed in shards of a few thousand pages, one shard at a time, its
 * memory stays bounded; this merge then streams through the shards' word indexes in word
 * order, so it holds one index chunk per shard at a time.
 *
 * The result follows Pagefind 1.6's own layout rules (pagefind/src/index/mod.rs): pages are
 * numbered shard after shard; a word's pages are concatenated; words are cut into chunks of
 * `chunkSize` locations with Pagefind's chunk naming and hashing; filters are united. Page
 * locations are copied as bytes, never decoded. Tests compare a merged bundle with the one
 * Pagefind writes for the same pages in one index.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import {
  compareCodePoints,
  decodeCbor,
  encodeCbor,
  fullHash,
  unwrap,
  wrap,
  type FilterIndex,
  type MetaChunk,
  type MetaIndex,
  type MetaPage,
  type MetaSort,
} from './pagefind-format.ts';
import { sortPages } from './sort-values.ts';
import { BUNDLE_COUNTS_FILE } from './vocabulary.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const textDecoder = new TextDecoder('utf-8', { fatal: true });
const textEncoder = new TextEncoder();

/** Pagefind's default chunk size, in locations (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE). */
export const PAGEFIND_CHUNK_SIZE = 20_000;
/** The Pagefind version whose file layout this module knows. */
export const SUPPORTED_VERSION = '1.6.0';

export interface MergeStats {
  pages: number;
  words: number;
  chunks: number;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/**
 * Pages of a word from one chunk: for each page, its absolute number and where the CBOR of
 * its `[locs, metaLocs]` lies in `bytes` — kept as offsets, never decoded or copied.
 */
interface PageRun {
  bytes: Uint8Array;
  /** Per page: page number, start, end, number of locations + meta locations. */
  data: number[];
}

interface LazyWord {
  word: string;
  pages: PageRun[];
  variants: { form: string; pages: PageRun[] }[];
}

interface Shard {
  dir: string;
  /** Sort values of each page, when the shard has sort keys. */
  sortValues: Record<string, string>[];
  entry: PagefindEntry;
  meta: MetaIndex;
  /** Added to this shard's page numbers. */
  offset: number;
  /** Meta field id in this shard → id in the merged index (undefined when identical). */
  fieldMap: number[] | undefined;
}

/** Reads CBOR heads and skips items without building them. */
class CborReader {
  pos = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  head(): { major: number; n: number } {
    const first = this.bytes[this.pos++]!;
    const info = first & 31;
    let n: number;
    if (info < 24) n = info;
    else if (info === 24) n = this.bytes[this.pos++]!;
    else if (info === 25) {
      n = (this.bytes[this.pos]! << 8) | this.bytes[this.pos + 1]!;
      this.pos += 2;
    } else if (info === 26) {
      n =
        this.bytes[this.pos]! * 0x1000000 +
        ((this.bytes[this.pos + 1]! << 16) | (this.bytes[this.pos + 2]! << 8) | this.bytes[this.pos + 3]!);
      this.pos += 4;
    } else throw new Error(`unexpected CBOR head ${first} in a Pagefind index`);
    return { major: first >> 5, n };
  }

  array(): number {
    const { major, n } = this.head();
    if (major !== 4) throw new Error('expected an array in a Pagefind index');
    return n;
  }

  uint(): number {
    const { major, n } = this.head();
    if (major !== 0) throw new Error('expected an unsigned integer in a Pagefind index');
    return n;
  }

  text(): string {
    const { major, n } = this.head();
    if (major !== 3) throw new Error('expected a string in a Pagefind index');
    const s = textDecoder.decode(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }

  /** Skips an array of integers, returning its length. */
  skipIntArray(): number {
    const n = this.array();
    for (let i = 0; i < n; i++) {
      const { major } = this.head();
      if (major !== 0 && major !== 1) throw new Error('expected an integer in a Pagefind index');
    }
    return n;
  }
}

/** Parses a word chunk into words whose page locations stay undecoded bytes. */
function parseChunk(cbor: Uint8Array, offset: number): LazyWord[] {
  const r = new CborReader(cbor);
  if (r.array() !== 1) throw new Error('unexpected word index layout');
  const count = r.array();
  const words: LazyWord[] = new Array<LazyWord>(count);
  const pages = (): PageRun => {
    const n = r.array();
    const data = new Array<number>(n * 4);
    let page = 0;
    for (let i = 0; i < n; i++) {
      if (r.array() !== 3) throw new Error('unexpected page layout in a Pagefind index');
      page += r.uint();
      const start = r.pos;
      const size = r.skipIntArray() + r.skipIntArray();
      data[i * 4] = page + offset;
      data[i * 4 + 1] = start;
      data[i * 4 + 2] = r.pos;
      data[i * 4 + 3] = size;
    }
    return { bytes: cbor, data };
  };
  for (let w = 0; w < count; w++) {
    if (r.array() !== 3) throw new Error('unexpected word layout in a Pagefind index');
    const word = r.text();
    const wordPages = pages();
    const variantCount = r.array();
    const variants: LazyWord['variants'] = [];
    for (let v = 0; v < variantCount; v++) {
      if (r.array() !== 2) throw new Error('unexpected variant layout in a Pagefind index');
      variants.push({ form: r.text(), pages: [pages()] });
    }
    words[w] = { word, pages: [wordPages], variants };
  }
  return words;
}

/** Rewrites the meta locations of a run's pages when their shard numbered the meta fields differently. */
function remapFields(run: PageRun, fieldMap: number[]): PageRun {
  // Meta locations mark each field with a negative number, -(field id + 1): in CBOR, the
  // field id itself as a negative integer's argument. Only those are rewritten.
  const writer = (remapScratch ??= new ChunkWriter());
  const reader = new CborReader(run.bytes);
  const data: number[] = [];
  for (let i = 0; i < run.data.length; i += 4) {
    const start = writer.length;
    reader.pos = run.data[i + 1]!;
    reader.skipIntArray();
    writer.range(run.bytes, run.data[i + 1]!, reader.pos);
    const n = reader.array();
    writer.head(4, n);
    for (let k = 0; k < n; k++) {
      const { major, n: value } = reader.head();
      writer.head(major, major === 1 ? fieldMap[value]! : value);
    }
    data.push(run.data[i]!, start, writer.length, run.data[i + 3]!);
  }
  return { bytes: writer.take(), data };
}

let remapScratch: ChunkWriter | undefined;

function runSize(runs: readonly PageRun[]): number {
  let size = 0;
  for (const run of runs) for (let i = 3; i < run.data.length; i += 4) size += run.data[i]! + 1;
  return size;
}

function pageCount(runs: readonly PageRun[]): number {
  let n = 0;
  for (const run of runs) n += run.data.length / 4;
  return n;
}

/** Streams one shard's words in order, one decoded chunk at a time. */
class ShardWords {
  #chunk = 0;
  #words: LazyWord[] = [];
  #index = 0;
  #prefetch: Promise<Uint8Array> | undefined;
  readonly shard: Shard;

  constructor(shard: Shard) {
    this.shard = shard;
  }

  #file(i: number): string {
    return path.join(this.shard.dir, 'index', `${this.shard.meta[2][i]![2]}.pf_index`);
  }

  #load(i: number): Promise<Uint8Array> {
    return gunzipAsync(readFileSync(this.#file(i)));
  }

  /** The current word (after `ready()`); undefined at the end. */
  peek(): LazyWord | undefined {
    return this.#words[this.#index];
  }

  /** Whether the current word is loaded (false: call `ready()`). */
  get loaded(): boolean {
    return this.#index < this.#words.length || this.#chunk >= this.shard.meta[2].length;
  }

  /** Loads chunks until there is a current word or none is left. */
  async ready(): Promise<void> {
    while (this.#index >= this.#words.length) {
      if (this.#chunk >= this.shard.meta[2].length) return;
      const bytes = await (this.#prefetch ?? this.#load(this.#chunk));
      const i = this.#chunk++;
      this.#prefetch = this.#chunk < this.shard.meta[2].length ? this.#load(this.#chunk) : undefined;
      this.#words = parseChunk(unwrap(bytes, this.#file(i)), this.shard.offset);
      this.#index = 0;
    }
  }

  next(): void {
    this.#index++;
  }
}

/** A min-heap of stream numbers, by each stream's current word (code point order). */
class WordHeap {
  readonly #items: number[] = [];
  readonly #streams: readonly ShardWords[];

  constructor(streams: readonly ShardWords[]) {
    this.#streams = streams;
  }

  get size(): number {
    return this.#items.length;
  }

  top(): number {
    return this.#items[0]!;
  }

  #less(a: number, b: number): boolean {
    const c = compareCodePoints(this.#streams[a]!.peek()!.word, this.#streams[b]!.peek()!.word);
    return c < 0 || (c === 0 && a < b);
  }

  push(stream: number): void {
    const items = this.#items;
    items.push(stream);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.#less(items[l]!, items[m]!)) m = l;
        if (r < items.length && this.#less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Writes CBOR heads and raw bytes for word chunks. */
class ChunkWriter {
  #buf = new Uint8Array(1 << 16);
  #pos = 0;

  get length(): number {
    return this.#pos;
  }

  #ensure(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buf.subarray(0, this.#pos));
    this.#buf = next;
  }

  head(major: number, n: number): void {
    this.#ensure(5);
    const m = major << 5;
    const b = this.#buf;
    if (n < 24) b[this.#pos++] = m | n;
    else if (n < 0x100) {
      b[this.#pos++] = m | 24;
      b[this.#pos++] = n;
    } else if (n < 0x10000) {
      b[this.#pos++] = m | 25;
      b[this.#pos++] = n >> 8;
      b[this.#pos++] = n & 0xff;
    } else {
      b[this.#pos++] = m | 26;
      b[this.#pos++] = (n >>> 24) & 0xff;
      b[this.#pos++] = (n >>> 16) & 0xff;
      b[this.#pos++] = (n >>> 8) & 0xff;
      b[this.#pos++] = n & 0xff;
    }
  }

  bytes(data: Uint8Array): void {
    this.#ensure(data.length);
    this.#buf.set(data, this.#pos);
    this.#pos += data.length;
  }

  /** Copies `source[start, end)`: a loop, since most location lists are a few bytes long. */
  range(source: Uint8Array, start: number, end: number): void {
    this.#ensure(end - start);
    const b = this.#buf;
    let p = this.#pos;
    for (let i = start; i < end; i++) b[p++] = source[i]!;
    this.#pos = p;
  }

  text(s: string): void {
    const data = textEncoder.encode(s);
    this.head(3, data.length);
    this.bytes(data);
  }

  pages(runs: readonly PageRun[]): void {
    this.head(4, pageCount(runs));
    let last = 0;
    for (const run of runs) {
      const d = run.data;
      for (let i = 0; i < d.length; i += 4) {
        this.head(4, 3);
        this.head(0, d[i]! - last);
        last = d[i]!;
        this.range(run.bytes, d[i + 1]!, d[i + 2]!);
      }
    }
  }

  /** The bytes written so far, and a fresh start. */
  take(): Uint8Array {
    const out = this.#buf.slice(0, this.#pos);
    this.#pos = 0;
    return out;
  }

  words(words: readonly LazyWord[]): Uint8Array {
    this.#pos = 0;
    this.head(4, 1);
    this.head(4, words.length);
    for (const w of words) {
      this.head(4, 3);
      this.text(w.word);
      this.pages(w.pages);
      this.head(4, w.variants.length);
      for (const v of w.variants) {
        this.head(4, 2);
        this.text(v.form);
        this.pages(v.pages);
      }
    }
    return this.take();
  }
}

/** Pagefind's short file hash: `<lang>_` and the first 7 hex digits, longer on a collision. */
function shortHash(language: string, cbor: Uint8Array, taken: Set<string>): string {
  const hash = `${language}_${fullHash(cbor)}`;
  let length = language.length + 8;
  let name = hash.slice(0, length);
  while (taken.has(name) && length < hash.length) name = hash.slice(0, ++length);
  taken.add(name);
  return name;
}

/** Pagefind's `get_prefixes`: the shortest prefixes that still tell two neighbouring words apart. */
function prefixes(a: string, b: string): [string, string] {
  const ac = Array.from(a);
  const bc = Array.from(b);
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/** The file next to a shard's bundle with its pages' sort values (sharded-index.ts writes it). */
export const SORT_VALUES_FILE = 'news-archive-sorts.json';

/**
 * A shard's sort values, one record per page in page order, checked against the order
 * Pagefind itself gave the shard's pages (so a value read differently is caught).
 */
function readSortValues(dir: string, meta: MetaIndex): Record<string, string>[] {
  if (meta[4].length === 0) return [];
  let values: Record<string, string>[];
  try {
    values = JSON.parse(readFileSync(path.join(dir, SORT_VALUES_FILE), 'utf8')) as Record<string, string>[];
  } catch {
    throw new Error(`${dir}: the shard has sort keys but no ${SORT_VALUES_FILE}`);
  }
  if (values.length !== meta[1].length)
    throw new Error(`${dir}: ${SORT_VALUES_FILE} does not match the shard's pages`);
  for (const [key, order] of meta[4]) {
    const ours = sortPages(values, key);
    if (ours.length !== order.length || ours.some((p, i) => p !== order[i])) {
      throw new Error(
        `${dir}: the sort values read for "${key}" do not give Pagefind's order; the shards cannot be merged`,
      );
    }
  }
  return values;
}

function readShard(dir: string): { entry: PagefindEntry; meta: MetaIndex; language: string } {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1)
    throw new Error(`${dir}: a shard must hold one language, not ${languages.length}`);
  const language = languages[0]!;
  if (entry.version !== SUPPORTED_VERSION) {
    throw new Error(
      `Pagefind ${entry.version} wrote ${dir}; the index merge knows ${SUPPORTED_VERSION} only`,
    );
  }
  const metaFile = path.join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`);
  const meta = decodeCbor(unwrap(gunzipSync(readFileSync(metaFile)), metaFile)) as MetaIndex;
  if (meta.length !== 6 || meta[0] !== entry.version)
    throw new Error(`${metaFile}: unexpected metadata layout`);
  if (meta[1].some((p) => p[2] !== '')) throw new Error(`${metaFile}: grouped fragments cannot be merged`);
  return { entry, meta, language };
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Merges the Pagefind bundles in `shardDirs` (in page order) into a new bundle in `outDir`
 * (which must not exist yet).
 */
export async function mergeShards(
  shardDirs: readonly string[],
  outDir: string,
  chunkSize = PAGEFIND_CHUNK_SIZE,
): Promise<MergeStats> {
  if (shardDirs.length === 0) throw new Error('no search index shards to merge');
  const read = shardDirs.map(readShard);
  const language = read[0]!.language;
  const version = read[0]!.entry.version;
  // Pagefind lists the meta fields in order (a page's meta locations refer to them by
  // position): the merged list is every shard's fields, sorted, and each shard's positions
  // are mapped to it.
  const metaFields = [...new Set(read.flatMap((r) => r.meta[5]))].sort(compareCodePoints);
  const shards: Shard[] = [];
  let offset = 0;
  for (const [i, r] of read.entries()) {
    if (r.language !== language) throw new Error(`search index shards disagree on the language`);
    const ids = r.meta[5].map((field) => metaFields.indexOf(field));
    const identity = ids.every((id, k) => id === k);
    shards.push({
      dir: shardDirs[i]!,
      sortValues: readSortValues(shardDirs[i]!, r.meta),
      entry: r.entry,
      meta: r.meta,
      offset,
      fieldMap: identity ? undefined : ids,
    });
    offset += r.meta[1].length;
  }

  mkdirSync(path.join(outDir, 'fragment'), { recursive: true });
  mkdirSync(path.join(outDir, 'index'));
  mkdirSync(path.join(outDir, 'filter'));

  // Static files (the JS API, wasm, UI): the same in every shard.
  for (const name of readdirSync(shards[0]!.dir)) {
    if (
      name === 'pagefind-entry.json' ||
      name === SORT_VALUES_FILE ||
      name === BUNDLE_COUNTS_FILE ||
      name.endsWith('.pf_meta')
    )
      continue;
    const from = path.join(shards[0]!.dir, name);
    if (['index', 'filter', 'fragment'].includes(name)) continue;
    linkOrCopy(from, path.join(outDir, name));
  }

  // Pages and their fragments. A fragment's name is a short hash of its content; two shards
  // can pick the same short name for different pages, and then the later page gets a longer
  // name, as Pagefind does within one index.
  const pages: MetaPage[] = [];
  const fragmentNames = new Set<string>();
  for (const shard of shards) {
    for (const [hash, wordCount] of shard.meta[1]) {
      const from = path.join(shard.dir, 'fragment', `${hash}.pf_fragment`);
      let name = hash;
      if (fragmentNames.has(name)) {
        const content = readFileSync(from);
        const existing = readFileSync(path.join(outDir, 'fragment', `${name}.pf_fragment`));
        if (!content.equals(existing)) {
          const data = unwrap(gunzipSync(content), from);
          const full = `${language}_${fullHash(data)}`;
          let length = name.length;
          while (fragmentNames.has(name) && length < full.length) name = full.slice(0, ++length);
        }
      }
      if (!fragmentNames.has(name)) {
        fragmentNames.add(name);
        linkOrCopy(from, path.join(outDir, 'fragment', `${name}.pf_fragment`));
      }
      pages.push([name, wordCount, '']);
    }
  }

  // Filters: every shard's values, with page numbers moved by the shard's offset.
  const filterValues = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const [filter, hash] of shard.meta[3]) {
      const file = path.join(shard.dir, 'filter', `${hash}.pf_filter`);
      const [, values] = decodeCbor(unwrap(gunzipSync(readFileSync(file)), file)) as FilterIndex;
      let merged = filterValues.get(filter);
      if (!merged) filterValues.set(filter, (merged = new Map()));
      for (const [value, valuePages] of values) {
        let list = merged.get(value);
        if (!list) merged.set(value, (list = []));
        for (const p of valuePages) list.push(p + shard.offset);
      }
    }
  }
  const filterNames = new Set<string>();
  const filters: [string, string][] = [];
  const writes: Promise<void>[] = [];
  for (const filter of [...filterValues.keys()].sort(compareCodePoints)) {
    const values = [...filterValues.get(filter)!].sort((a, b) => compareCodePoints(a[0], b[0]));
    const cbor = encodeCbor([filter, values.map(([v, p]) => [v, p.sort((a, b) => a - b)])]);
    const name = shortHash(language, cbor, filterNames);
    filters.push([filter, name]);
    writes.push(
      gzipAsync(wrap(cbor), { level: 6 }).then((gz) =>
        writeFileSync(path.join(outDir, 'filter', `${name}.pf_filter`), gz),
      ),
    );
  }

  // Words: a k-way merge of the shards' sorted word streams, cut into chunks.
  const streams = shards.map((shard) => new ShardWords(shard));
  const writer = new ChunkWriter();
  const chunkNames = new Set<string>();
  const chunks: MetaChunk[] = [];
  let chunk: LazyWord[] = [];
  let chunkLocs = 0;
  let wordCount = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const cbor = writer.words(chunk);
    const name = shortHash(language, cbor, chunkNames);
    chunks.push([chunk[0]!.word, chunk[chunk.length - 1]!.word, name]);
    writes.push(
      gzipAsync(wrap(cbor), { level: 6 }).then((gz) =>
        writeFileSync(path.join(outDir, 'index', `${name}.pf_index`), gz),
      ),
    );
    chunk = [];
    chunkLocs = 0;
  };
  // The streams whose current word is smallest come first: a heap of stream numbers, so
  // that fifty shards cost a few comparisons per word, not fifty.
  const heap = new WordHeap(streams);
  for (let i = 0; i < streams.length; i++) {
    await streams[i]!.ready();
    if (streams[i]!.peek()) heap.push(i);
  }
  while (heap.size > 0) {
    const smallest = streams[heap.top()]!.peek()!.word;
    const group: number[] = [];
    while (heap.size > 0 && streams[heap.top()]!.peek()!.word === smallest) group.push(heap.pop());
    group.sort((a, b) => a - b); // shard order: page numbers ascend
    const merged: LazyWord = { word: smallest, pages: [], variants: [] };
    const variants = new Map<string, PageRun[]>();
    for (const i of group) {
      const h = streams[i]!.peek()!;
      const map = streams[i]!.shard.fieldMap;
      for (const run of h.pages) merged.pages.push(map ? remapFields(run, map) : run);
      for (const v of h.variants) {
        let list = variants.get(v.form);
        if (!list) variants.set(v.form, (list = []));
        for (const run of v.pages) list.push(map ? remapFields(run, map) : run);
      }
      streams[i]!.next();
      if (!streams[i]!.loaded) await streams[i]!.ready();
      if (streams[i]!.peek()) heap.push(i);
    }
    if (variants.size > 0) {
      merged.variants = [...variants.keys()]
        .sort(compareCodePoints)
        .map((form) => ({ form, pages: variants.get(form)! }));
    }
    wordCount++;
    chunk.push(merged);
    // Pagefind 1.6 counts a word's locations, its variants' locations and one per page and
    // per variant (found by comparing with the chunks it writes itself).
    chunkLocs += runSize(merged.pages);
    for (const v of merged.variants) chunkLocs += 1 + runSize(v.pages);
    if (chunkLocs >= chunkSize) flush();
  }
  flush();
  // Chunk ranges: neighbouring chunks are told apart by the shortest distinct prefixes.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [to, from] = prefixes(chunks[i]![1], chunks[i + 1]![0]);
    if (compareCodePoints(to, chunks[i]![0]) >= 0) chunks[i]![1] = to;
    chunks[i + 1]![0] = from;
  }
  await Promise.all(writes);

  // Sorts: every page that has the key, in Pagefind's order over all pages.
  const sortKeys = [...new Set(shards.flatMap((sh) => sh.meta[4].map(([key]) => key)))].sort(
    compareCodePoints,
  );
  const allValues = shards.flatMap((sh) =>
    sh.sortValues.length > 0 ? sh.sortValues : sh.meta[1].map(() => ({})),
  );
  const sorts: MetaSort[] = sortKeys.map((key) => [key, sortPages(allValues, key)]);
  const meta: MetaIndex = [version, pages, chunks, filters, sorts, metaFields];
  const metaCbor = encodeCbor(meta);
  const metaHash = `${language}_${fullHash(metaCbor).slice(0, language.length + 8)}`;
  writeFileSync(
    path.join(outDir, `pagefind.${metaHash}.pf_meta`),
    await gzipAsync(wrap(metaCbor), { level: 6 }),
  );
  const entry: PagefindEntry = structuredClone(shards[0]!.entry);
  entry.languages[language] = { ...entry.languages[language]!, hash: metaHash, page_count: pages.length };
  writeFileSync(path.join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));
  if (!existsSync(path.join(outDir, 'pagefind.js'))) throw new Error('the shards hold no pagefind.js');
  return { pages: pages.length, words: wordCount, chunks: chunks.length };
}
