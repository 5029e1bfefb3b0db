/**
 * Pagefind's CBOR through cbor-x (scripts/pagefind/cbor.ts) is what minicbor writes:
 * definite-length arrays, text strings and integers with the shortest head; and the helpers
 * that mimic Rust (string order, hashes) behave like Rust's; a fragment's URL is read right.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type Cbor } from '../../scripts/pagefind/cbor.ts';
import { fragmentUrl, fullHash } from '../../scripts/pagefind/files.ts';
import { compareCodePoints } from '../../scripts/pagefind/rust-order.ts';

const hex = (value: Cbor): string => Buffer.from(encodeCbor(value)).toString('hex');

/** Bytes of the shortest CBOR head for an argument (RFC 8949, section 3). */
const headSize = (n: number): number => (n < 24 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : n < 2 ** 32 ? 5 : 9);

/** Bytes of a value in the shortest encoding, definite lengths throughout. */
function shortestSize(value: Cbor): number {
  if (typeof value === 'number') return headSize(value < 0 ? -1 - value : value);
  if (typeof value === 'string') {
    const bytes = Buffer.byteLength(value, 'utf8');
    return headSize(bytes) + bytes;
  }
  return value.reduce<number>((size, item) => size + shortestSize(item), headSize(value.length));
}

const value: fc.Arbitrary<Cbor> = fc.letrec<{ v: Cbor }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.array(tie('v'), { maxLength: 30 }),
  ),
})).v;

describe('Pagefind CBOR', () => {
  it('writes the examples of RFC 8949 (appendix A) that Pagefind uses', () => {
    expect(hex(0)).toBe('00');
    expect(hex(23)).toBe('17');
    expect(hex(24)).toBe('1818');
    expect(hex(100)).toBe('1864');
    expect(hex(1000)).toBe('1903e8');
    expect(hex(1000000)).toBe('1a000f4240');
    expect(hex(2 ** 32 - 1)).toBe('1affffffff');
    expect(hex(-1)).toBe('20');
    expect(hex(-100)).toBe('3863');
    expect(hex(-1000)).toBe('3903e7');
    expect(hex(-(2 ** 31))).toBe('3a7fffffff');
    expect(hex('')).toBe('60');
    expect(hex('a')).toBe('6161');
    expect(hex('IETF')).toBe('6449455446');
    expect(hex('\u00fc')).toBe('62c3bc');
    expect(hex('\u6c34')).toBe('63e6b0b4');
    expect(hex('\ud800\udd51')).toBe('64f0908591');
    expect(hex([])).toBe('80');
    expect(hex([1, [2, 3], [4, 5]])).toBe('8301820203820405');
    expect(hex(Array.from({ length: 25 }, (_, i) => i + 1))).toBe(
      '98190102030405060708090a0b0c0d0e0f101112131415161718181819',
    );
  });

  it('gives strings and arrays the shortest length head, in UTF-8 bytes', () => {
    for (const [length, head] of [
      [23, '77'],
      [24, '7818'],
      [255, '78ff'],
      [256, '790100'],
      [65535, '79ffff'],
      [65536, '7a00010000'],
    ] as const) {
      expect(hex('x'.repeat(length)).slice(0, head.length)).toBe(head);
      expect(hex(new Array<number>(length).fill(0)).slice(0, head.length)).toBe(`9${head.slice(1)}`);
    }
    // 12 two-byte characters, 24 bytes: the head counts bytes, not characters.
    expect(hex('é'.repeat(12)).slice(0, 4)).toBe('7818');
    expect(hex('€'.repeat(100)).slice(0, 6)).toBe('79012c');
  });

  it('encodes every value in the shortest form and decodes it back', () => {
    fc.assert(
      fc.property(value, (v) => {
        const bytes = encodeCbor(v);
        expect(bytes.length).toBe(shortestSize(v));
        expect(decodeCbor(bytes)).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects bytes after the value', () => {
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow();
  });
});

describe('Rust-like helpers', () => {
  it('orders strings by code point, as Rust orders Strings (UTF-8 bytes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const bytes = Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
        expect(Math.sign(compareCodePoints(a, b))).toBe(bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes SHA-1 hex with no leading zero per byte, as Pagefind does', () => {
    // SHA-1 of "" is da39a3ee 5e6b4b0d 3255bfef 95601890 afd80709.
    expect(fullHash(new Uint8Array())).toBe('da39a3ee5e6b4bd3255bfef95601890afd879');
  });
});

describe('fragment URLs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fragment-url-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the URL from the start of a fragment, or from all of it when the start does not hold it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.boolean(), (tail, zipped) => {
        const url = `/articles/${tail}/`;
        const json = JSON.stringify({ url, content: 'Some text', word_count: 2, filters: {}, meta: {} });
        const data = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(json)]);
        const file = path.join(dir, 'f.pf_fragment');
        writeFileSync(file, zipped ? gzipSync(data) : data);
        expect(fragmentUrl(file)).toBe(url);
      }),
      { numRuns: 300 },
    );
  });
});
