/** countWords's fast path counts exactly what the general one counts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../scripts/ingest/text-stats.ts';

/** The general counting rule, written out plainly (the reference). */
function countWordsReference(text: string): number {
  const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const unspaced = match[0].match(UNSPACED);
    count += unspaced ? unspaced.length + (match[0].replace(UNSPACED, '').length > 0 ? 1 : 0) : 1;
  }
  return count;
}

const PIECES = [
  'word',
  'Tajik',
  '’s',
  "'",
  '-',
  '.',
  ' ',
  '\u00a0',
  '2022',
  'é',
  '\u0301',
  '你好',
  'カタ',
  'Привет',
  ',',
  '—',
];

describe('countWords', () => {
  it('counts as the reference rule does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join('')),
        (text) => {
          expect(countWords(text)).toBe(countWordsReference(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
