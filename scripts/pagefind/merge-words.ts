/**
 * The word index of merged bundles: every shard's words, read in word order one chunk per
 * shard at a time, united, and cut into chunks as Pagefind 1.6 cuts them
 * (pagefind/src/index/mod.rs upstream: `chunk_index`, `chunk_meta`).
 *
 * Pages are numbered shard after shard, so a word's pages are the shards' lists one after
 * another; in the files each list is delta-encoded, so only the first page of each shard's
 * part changes. Meta locations name meta fields by position, renumbered when a shard's list
 * of fields differs from the merged one.
 */
import { writeFileSync } from 'node:fs';
import { Heap } from 'mnemonist';
import { decodeCbor } from './cbor.ts';
import {
  chunkPath,
  gzipCbor,
  namedCbor,
  readCborBytes,
  ShortNames,
  type MetaChunk,
  type PackedPage,
  type PackedVariant,
  type PackedWord,
} from './files.ts';
import { compareCodePoints } from './rust-order.ts';

/** One shard's word index, as the merge reads it. */
export interface WordSource {
  dir: string;
  chunks: readonly MetaChunk[];
  /** Added to the shard's page numbers. */
  offset: number;
  /** Meta field id in the shard → id in the merged index (undefined when the same). */
  fieldMap: readonly number[] | undefined;
}

/** Gzipped chunk files being written at most at once (each holds a chunk in memory). */
const MAX_PENDING_WRITES = 32;

/** Streams one shard's words in order, one decoded chunk at a time (the next one read ahead). */
class ShardWords {
  readonly source: WordSource;
  #chunk = 0;
  #words: PackedWord[] = [];
  #index = 0;
  /** The next chunk's CBOR, being read: decoded only when needed, to hold fewer objects. */
  #prefetch: Promise<Uint8Array> | undefined;

  constructor(source: WordSource) {
    this.source = source;
  }

  #file(i: number): string {
    return chunkPath(this.source.dir, this.source.chunks[i]![2]);
  }

  #decode(cbor: Uint8Array, i: number): PackedWord[] {
    const index = decodeCbor(cbor);
    if (!Array.isArray(index) || index.length !== 1 || !Array.isArray(index[0]))
      throw new Error(`${this.#file(i)}: unexpected word index layout`);
    return index[0] as PackedWord[];
  }

  /** The current word (after `ready()`); undefined at the end. */
  peek(): PackedWord | undefined {
    return this.#words[this.#index];
  }

  /** Loads chunks until there is a current word or none is left. */
  async ready(): Promise<void> {
    while (this.#index >= this.#words.length) {
      if (this.#chunk >= this.source.chunks.length) return;
      const i = this.#chunk++;
      const cbor = await (this.#prefetch ?? readCborBytes(this.#file(i)));
      const next = this.#chunk < this.source.chunks.length ? this.#file(this.#chunk) : undefined;
      this.#prefetch = next === undefined ? undefined : readCborBytes(next);
      this.#words = this.#decode(cbor, i);
      this.#index = 0;
    }
  }

  /** Moves to the next word; resolves once it is loaded. */
  async next(): Promise<void> {
    this.#index++;
    if (this.#index >= this.#words.length) await this.ready();
  }
}

/** A list of pages being merged: the absolute number of the last page appended to it. */
interface PageList {
  pages: PackedPage[];
  last: number;
}

/** Appends a shard's page list (delta-encoded from 0) to a merged list, renumbering its pages. */
function append(list: PageList, pages: PackedPage[], source: WordSource): void {
  let local = 0;
  const map = source.fieldMap;
  for (const page of pages) {
    local += page[0];
    const absolute = source.offset + local;
    page[0] = absolute - list.last;
    list.last = absolute;
    if (map) {
      // A meta field is marked by -(its id + 1).
      const metaLocs = page[2];
      for (let k = 0; k < metaLocs.length; k++)
        if (metaLocs[k]! < 0) metaLocs[k] = -1 - map[-1 - metaLocs[k]!]!;
    }
    list.pages.push(page);
  }
}

/** The word's entries from several shards (in shard order) as one entry. */
function unite(parts: readonly [PackedWord, WordSource][]): PackedWord {
  const [only, source] = parts[0]!;
  if (parts.length === 1 && !source.fieldMap) {
    // One shard's entry as it is, but for its page lists' first (absolute) page number.
    if (only[1].length > 0) only[1][0]![0] += source.offset;
    for (const [, pages] of only[2]) if (pages.length > 0) pages[0]![0] += source.offset;
    return only;
  }
  const pages: PageList = { pages: [], last: 0 };
  const variants = new Map<string, PageList>();
  for (const [[, wordPages, wordVariants], source] of parts) {
    append(pages, wordPages, source);
    for (const [form, formPages] of wordVariants) {
      let list = variants.get(form);
      if (!list) variants.set(form, (list = { pages: [], last: 0 }));
      append(list, formPages, source);
    }
  }
  // Pagefind lists a word's variants in the order the pages first show them (a page's own in
  // code-point order): each shard's order, then the forms a later shard adds, in its order.
  const united: PackedVariant[] = [...variants].map(([form, list]) => [form, list.pages]);
  return [only[0], pages.pages, united];
}

/** What a word adds to a chunk's size: Pagefind 1.6 counts every location and one per page and per variant. */
function wordSize([, pages, variants]: PackedWord): number {
  let size = 0;
  for (const page of pages) size += page[1].length + page[2].length + 1;
  for (const [, formPages] of variants) {
    size++;
    for (const page of formPages) size += page[1].length + page[2].length + 1;
  }
  return size;
}

/** Pagefind's `get_prefixes`: the shortest prefixes that still tell two neighbouring words apart. */
function prefixes(a: string, b: string): [string, string] {
  const ac = Array.from(a);
  const bc = Array.from(b);
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/**
 * Writes the word index of the merged shards (`sources`, in page order) into
 * `<outDir>/index/`, cut into chunks of `chunkSize` locations; returns the chunks for the
 * metadata, and the number of words.
 */
export async function writeWordChunks(
  sources: readonly WordSource[],
  outDir: string,
  language: string,
  chunkSize: number,
): Promise<{ chunks: MetaChunk[]; words: number }> {
  const streams = sources.map((source) => new ShardWords(source));
  const names = new ShortNames(language, 2);
  const chunks: MetaChunk[] = [];
  const pending = new Set<Promise<void>>();
  let chunk: PackedWord[] = [];
  let size = 0;
  let words = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const { cbor, name } = namedCbor([chunk], names);
    chunks.push([chunk[0]![0], chunk[chunk.length - 1]![0], name]);
    const write = gzipCbor(cbor).then((gz) => writeFileSync(chunkPath(outDir, name), gz));
    pending.add(write);
    void write.finally(() => pending.delete(write)).catch(() => undefined);
    chunk = [];
    size = 0;
    if (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending);
  };
  // The shards whose current word comes first, by word then shard order.
  const heap = new Heap<number>((a, b) => {
    const c = compareCodePoints(streams[a]!.peek()![0], streams[b]!.peek()![0]);
    return c !== 0 ? c : a - b;
  });
  for (const [i, stream] of streams.entries()) {
    await stream.ready();
    if (stream.peek()) heap.push(i);
  }
  while (heap.size > 0) {
    const first = heap.pop()!;
    const word = streams[first]!.peek()![0];
    const group = [first];
    while (heap.size > 0 && streams[heap.peek()!]!.peek()![0] === word) group.push(heap.pop()!);
    const parts = group.map((i) => [streams[i]!.peek()!, streams[i]!.source] as [PackedWord, WordSource]);
    const merged = unite(parts);
    for (const i of group) {
      await streams[i]!.next();
      if (streams[i]!.peek()) heap.push(i);
    }
    words++;
    chunk.push(merged);
    size += wordSize(merged);
    if (size >= chunkSize) await flush();
  }
  await flush();
  await Promise.all(pending);
  // Chunk ranges: neighbouring chunks are told apart by the shortest distinct prefixes.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [to, from] = prefixes(chunks[i]![1], chunks[i + 1]![0]);
    if (compareCodePoints(to, chunks[i]![0]) >= 0) chunks[i]![1] = to;
    chunks[i + 1]![0] = from;
  }
  return { chunks, words };
}
