/**
 * Pagefind 1.6's index files, read and written: the metadata file (`pagefind.<hash>.pf_meta`),
 * word index chunks (`index/<hash>.pf_index`) and filter indexes (`filter/<hash>.pf_filter`).
 *
 * Each is gzip-compressed `pagefind_dcd` followed by CBOR that minicbor wrote from Rust
 * structs as plain arrays (pagefind/src/index/index_*.rs upstream). Only the CBOR subset
 * Pagefind uses is handled: unsigned and negative integers, text strings, definite-length
 * arrays — decoded and encoded by hand because a general CBOR library decodes these files at
 * ~3 MB/s and an archive's index is tens of megabytes. Encoding is byte-for-byte what
 * minicbor writes (tests check it against Pagefind's own files).
 */
import { createHash } from 'node:crypto';

export const SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = new TextEncoder().encode(SIGNATURE);

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

type Cbor = number | string | Cbor[];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** Decodes the CBOR subset Pagefind writes. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let pos = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[pos++]!;
    if (info === 25) {
      const v = view.getUint16(pos);
      pos += 2;
      return v;
    }
    if (info === 26) {
      const v = view.getUint32(pos);
      pos += 4;
      return v;
    }
    if (info === 27) {
      const v = Number(view.getBigUint64(pos));
      pos += 8;
      return v;
    }
    throw new Error(`unsupported CBOR length encoding ${info} at byte ${pos}`);
  };
  const item = (): Cbor => {
    const head = bytes[pos++];
    if (head === undefined) throw new Error('CBOR data ends early');
    const major = head >> 5;
    const n = argument(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        const s = utf8.decode(bytes.subarray(pos, pos + n));
        pos += n;
        return s;
      }
      case 4: {
        const out = new Array<Cbor>(n);
        for (let i = 0; i < n; i++) out[i] = item();
        return out;
      }
      default:
        throw new Error(`unsupported CBOR major type ${major} at byte ${pos - 1}`);
    }
  };
  const value = item();
  if (pos !== bytes.length) throw new Error(`${bytes.length - pos} bytes left after the CBOR value`);
  return value;
}

/** Encodes the CBOR subset Pagefind writes, as minicbor does (shortest heads). */
export function encodeCbor(value: Cbor): Uint8Array {
  let buf = new Uint8Array(1 << 16);
  let pos = 0;
  const ensure = (n: number): void => {
    if (pos + n <= buf.length) return;
    let size = buf.length * 2;
    while (size < pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(buf.subarray(0, pos));
    buf = next;
  };
  const head = (major: number, n: number): void => {
    ensure(9);
    const m = major << 5;
    if (n < 24) buf[pos++] = m | n;
    else if (n < 0x100) {
      buf[pos++] = m | 24;
      buf[pos++] = n;
    } else if (n < 0x10000) {
      buf[pos++] = m | 25;
      buf[pos++] = n >> 8;
      buf[pos++] = n & 0xff;
    } else if (n < 0x100000000) {
      buf[pos++] = m | 26;
      buf[pos++] = (n >>> 24) & 0xff;
      buf[pos++] = (n >>> 16) & 0xff;
      buf[pos++] = (n >>> 8) & 0xff;
      buf[pos++] = n & 0xff;
    } else {
      buf[pos++] = m | 27;
      new DataView(buf.buffer).setBigUint64(pos, BigInt(n));
      pos += 8;
    }
  };
  const item = (v: Cbor): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`not an integer: ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = utf8Encoder.encode(v);
      head(3, bytes.length);
      ensure(bytes.length);
      buf.set(bytes, pos);
      pos += bytes.length;
    } else {
      head(4, v.length);
      for (const child of v) item(child);
    }
  };
  item(value);
  return buf.subarray(0, pos);
}

/** The CBOR inside a Pagefind file's bytes (already gunzipped), after its signature. */
export function unwrap(decompressed: Uint8Array, file: string): Uint8Array {
  for (let i = 0; i < SIGNATURE_BYTES.length; i++) {
    if (decompressed[i] !== SIGNATURE_BYTES[i]) throw new Error(`${file} is not a Pagefind index file`);
  }
  return decompressed.subarray(SIGNATURE_BYTES.length);
}

/** The bytes Pagefind gzips into a file: its signature, then the CBOR. */
export function wrap(cbor: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIGNATURE_BYTES.length + cbor.length);
  out.set(SIGNATURE_BYTES);
  out.set(cbor, SIGNATURE_BYTES.length);
  return out;
}

/** Pagefind's `full_hash`: SHA-1 in hex, each byte without leading zero (`{:x?}` in Rust). */
export function fullHash(bytes: Uint8Array): string {
  let out = '';
  for (const b of createHash('sha1').update(bytes).digest()) out += b.toString(16);
  return out;
}

/** Orders strings as Rust orders `String`s: by UTF-8 bytes, i.e. by code point. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate stands for a code point above U+FFFF: it sorts after every other unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
