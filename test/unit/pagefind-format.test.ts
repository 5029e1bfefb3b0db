/**
 * The hand-written CBOR codec for Pagefind's files agrees with a general CBOR library, and
 * the helpers that mimic Rust (string order, short hashes) behave like Rust's.
 */
import { decode, encode } from 'cbor2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCodePoints,
  decodeCbor,
  encodeCbor,
  fullHash,
} from '../../scripts/search-index/pagefind-format.ts';

type Value = number | string | Value[];

const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.array(tie('v'), { maxLength: 6 }),
  ),
})).v;

describe('Pagefind CBOR codec', () => {
  it('encodes byte for byte as cbor2 does, and decodes what it encodes', () => {
    fc.assert(
      fc.property(value, (v) => {
        const ours = encodeCbor(v);
        expect(Buffer.from(ours).equals(Buffer.from(encode(v)))).toBe(true);
        expect(decodeCbor(ours)).toEqual(v);
        expect(decode(ours)).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects trailing bytes and types Pagefind never writes', () => {
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow(/left/);
    expect(() => decodeCbor(encode(new Uint8Array([1, 2])))).toThrow(/major type/);
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
