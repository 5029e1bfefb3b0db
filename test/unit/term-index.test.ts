import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../scripts/ingest/related/term-index.ts';

const numRuns = Number(process.env.FC_RUNS ?? 300);

describe('TermIndex', () => {
  it('numbers each distinct term densely in order of first sight, through growth (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), { maxLength: 6000 }),
        (terms) => {
          const index = new TermIndex();
          const expected = new Map<number, number>();
          for (const term of terms) {
            const key = term >>> 0;
            if (!expected.has(key)) expected.set(key, expected.size);
            expect(index.add(term)).toBe(expected.get(key));
          }
          expect(index.size).toBe(expected.size);
          for (const [key, id] of expected) expect(index.get(key | 0)).toBe(id);
          // A term never added has no number.
          const absent = [...Array(50).keys()]
            .map((k) => (k * 2654435761) >>> 0)
            .filter((t) => !expected.has(t));
          for (const term of absent) expect(index.get(term)).toBe(-1);
        },
      ),
      { numRuns: Math.ceil(numRuns / 10) },
    );
  });

  it('tells apart terms whose low bits are equal (one slot, linear probing)', () => {
    const index = new TermIndex();
    const terms = [0, 1 << 12, 1 << 20, 2 ** 31, 2 ** 32 - (1 << 12)];
    expect(terms.map((t) => index.add(t))).toEqual([0, 1, 2, 3, 4]);
    expect(terms.map((t) => index.get(t))).toEqual([0, 1, 2, 3, 4]);
  });
});
