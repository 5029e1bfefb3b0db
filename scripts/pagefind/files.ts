/**
 * Pagefind 1.6's bundle files: where each lives, how it is framed, and how it is named.
 *
 * - `pagefind-entry.json`: the version and, per language, the metadata file's hash;
 * - `pagefind.<hash>.pf_meta`: pages, word chunks, filters, sorts and meta fields;
 * - `index/<hash>.pf_index`: one chunk of the word index; `filter/<hash>.pf_filter`: one filter;
 * - `fragment/<hash>.pf_fragment`: one page's text and data (JSON).
 *
 * The binary files are gzip of `pagefind_dcd` followed by the content: CBOR (cbor.ts) that
 * minicbor wrote from Rust structs as plain arrays (pagefind/src/index/index_*.rs upstream),
 * or JSON for fragments. Every other file of a bundle (the JS API, wasm, UI) is static: the
 * same in every bundle of one Pagefind version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './cbor.ts';
import { compareCodePoints } from './rust-order.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The Pagefind version whose file layout this folder knows. */
export const PAGEFIND_VERSION = '1.6.0';

/** The bundle's entry file (the first file Pagefind's JS loads). */
export const ENTRY_FILE = 'pagefind-entry.json';
/** The folders of a bundle's index files. */
export const INDEX_FOLDERS = ['fragment', 'index', 'filter'] as const;

/** A page's positions of one word: page number (delta-encoded in files), locations, meta locations. */
export type PackedPage = [page: number, locs: number[], metaLocs: number[]];
export type PackedVariant = [form: string, pages: PackedPage[]];
export type PackedWord = [word: string, pages: PackedPage[], variants: PackedVariant[]];
export type WordIndex = [words: PackedWord[]];
export type MetaPage = [hash: string, wordCount: number, group: string];
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [filter: string, hash: string];
export type MetaSort = [sort: string, pages: number[]];
export type MetaIndex = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: MetaFilter[],
  sorts: MetaSort[],
  metaFields: string[],
];
export type FilterValue = [value: string, pages: number[]];
export type FilterIndex = [filter: string, values: FilterValue[]];

export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

const SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = Buffer.from(SIGNATURE);

export const metaPath = (dir: string, hash: string): string => path.join(dir, `pagefind.${hash}.pf_meta`);
export const chunkPath = (dir: string, hash: string): string => path.join(dir, 'index', `${hash}.pf_index`);
export const filterPath = (dir: string, hash: string): string =>
  path.join(dir, 'filter', `${hash}.pf_filter`);
export const fragmentPath = (dir: string, hash: string): string =>
  path.join(dir, 'fragment', `${hash}.pf_fragment`);

/** Whether a file of a bundle (by its path in it) is gzipped: the metadata and the index folders' files. */
export function isGzipped(relative: string): boolean {
  return relative.endsWith('.pf_meta') || INDEX_FOLDERS.some((f) => relative.startsWith(`${f}${path.sep}`));
}

/** A bundle's fragment files, in name order. */
export function fragmentFiles(dir: string): string[] {
  const folder = path.join(dir, 'fragment');
  // A bundle of which Pagefind indexed no page (none held a word) has no fragment folder.
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Whether a file at the top of a bundle is one of Pagefind's static files (same in every bundle). */
export function isStaticFile(name: string): boolean {
  if (name === ENTRY_FILE || name.endsWith('.pf_meta')) return false;
  return name.startsWith('pagefind') || name.startsWith('wasm.');
}

/** The content of a Pagefind file's bytes (already gunzipped), after its signature. */
function unwrap(decompressed: Uint8Array, file: string): Uint8Array {
  if (!SIGNATURE_BYTES.equals(decompressed.subarray(0, SIGNATURE_BYTES.length)))
    throw new Error(`${file} is not a Pagefind index file (has Pagefind's file format changed?)`);
  return decompressed.subarray(SIGNATURE_BYTES.length);
}

/** The CBOR of a gzipped Pagefind file, decoded. */
export function readCborFileSync(file: string): unknown {
  return decodeCbor(unwrap(gunzipSync(readFileSync(file)), file));
}

/** The CBOR of a gzipped Pagefind file, undecoded (gunzipped off the main thread). */
export async function readCborBytes(file: string): Promise<Uint8Array> {
  return unwrap(await gunzipAsync(readFileSync(file)), file);
}

/** Below this many bytes a file is compressed at once: a thread pool job costs more than it saves. */
const SMALL_FILE = 16_384;

/** The bytes of a Pagefind file holding `cbor`: its signature, then the CBOR, gzipped. */
export async function gzipCbor(cbor: Uint8Array): Promise<Buffer> {
  const data = Buffer.concat([SIGNATURE_BYTES, cbor]);
  return data.length < SMALL_FILE ? gzipSync(data, { level: 6 }) : gzipAsync(data, { level: 6 });
}

/** The content (JSON) of a fragment file, gunzipped when it is. */
export function fragmentData(file: string, bytes: Uint8Array = readFileSync(file)): Uint8Array {
  let data: Uint8Array;
  try {
    data = gunzipSync(bytes);
  } catch {
    data = bytes;
  }
  return unwrap(data, file);
}

/** The start of a fragment's JSON: Pagefind writes the page's URL first (serde, in field order). */
const URL_FIELD = /^\{"url":("(?:[^"\\]|\\.)*")/;
/** Compressed bytes of a fragment that usually hold its URL. */
const URL_PREFIX_BYTES = 1024;

/**
 * The URL of the page a fragment file holds (its JSON's `url`). Only the start of the file is
 * decompressed when that holds the URL (a quarter of the cost of the whole fragment).
 */
export function fragmentUrl(file: string): string {
  const bytes = readFileSync(file);
  try {
    const start = gunzipSync(bytes.subarray(0, URL_PREFIX_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
    const found = URL_FIELD.exec(Buffer.from(unwrap(start, file)).toString('utf8'));
    if (found) return JSON.parse(found[1]!) as string;
  } catch {
    // Not gzipped, or the URL is longer than the start: read the whole fragment.
  }
  const data = JSON.parse(Buffer.from(fragmentData(file, bytes)).toString('utf8')) as { url?: unknown };
  if (typeof data.url !== 'string') throw new Error(`${file}: Pagefind fragment without a URL`);
  return data.url;
}

/** Pagefind's `full_hash`: SHA-1 in hex, each byte without leading zero (`{:x?}` in Rust). */
export function fullHash(bytes: Uint8Array): string {
  let out = '';
  for (const b of createHash('sha1').update(bytes).digest()) out += b.toString(16);
  return out;
}

/**
 * Pagefind's names for the files of one kind: `<lang>_` and the first 7 hex digits of the
 * content's hash, made longer by `step` digits at a time while the name is taken.
 */
export class ShortNames {
  readonly #taken = new Set<string>();
  readonly #language: string;
  readonly #step: number;

  constructor(language: string, step: number) {
    this.#language = language;
    this.#step = step;
  }

  /** Whether a name is taken. */
  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** Takes a name that files of this kind will not use again. */
  take(name: string): string {
    this.#taken.add(name);
    return name;
  }

  /** The name of a file holding `content`, at least as long as `start` (a prefix of it). */
  for(content: Uint8Array, start = ''): string {
    const full = `${this.#language}_${fullHash(content)}`;
    let length = Math.max(start.length, this.#language.length + 8);
    let name = full.slice(0, length);
    while (this.#taken.has(name) && length < full.length) {
      length = Math.min(length + this.#step, full.length);
      name = full.slice(0, length);
    }
    return this.take(name);
  }
}

/** Encodes a value for a Pagefind file and names it: its CBOR and short name. */
export function namedCbor(value: Cbor, names: ShortNames): { cbor: Uint8Array; name: string } {
  const cbor = encodeCbor(value);
  return { cbor, name: names.for(cbor) };
}

/** The metadata file's hash: `<lang>_` and the first (letters of the language + 8) hex digits. */
export function metaHash(language: string, cbor: Uint8Array): string {
  return `${language}_${fullHash(cbor).slice(0, language.length + 8)}`;
}

export function readEntry(dir: string): PagefindEntry {
  return JSON.parse(readFileSync(path.join(dir, ENTRY_FILE), 'utf8')) as PagefindEntry;
}

/** Writes an entry file as Pagefind does: the languages in code-point order (a Rust BTreeMap). */
export function writeEntry(dir: string, entry: PagefindEntry): void {
  const languages = Object.entries(entry.languages)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([language, value]) => `${JSON.stringify(language)}:${JSON.stringify(value)}`);
  const version = JSON.stringify(entry.version);
  const characters = JSON.stringify(entry.include_characters);
  const text = `{"version":${version},"languages":{${languages.join(',')}},"include_characters":${characters}}`;
  writeFileSync(path.join(dir, ENTRY_FILE), text);
}

/** A bundle's metadata, checked to be of the layout this folder knows. */
export function readMeta(dir: string, entry: PagefindEntry, language: string): MetaIndex {
  const file = metaPath(dir, entry.languages[language]!.hash);
  const meta = readCborFileSync(file) as MetaIndex;
  if (!Array.isArray(meta) || meta.length !== 6 || meta[0] !== entry.version)
    throw new Error(`${file}: unexpected metadata layout`);
  return meta;
}
