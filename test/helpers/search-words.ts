/** fast-check arbitraries for spelling tests: words and their one-edit misspellings. */
import fc from 'fast-check';
import { MAX_WORD_LENGTH, MIN_WORD_LENGTH } from '../../src/shared/search-vocabulary.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzé'.split('');

/** A lowercase word of a length the vocabulary stores (a few letters, so collisions happen). */
export const wordArbitrary = fc
  .array(fc.constantFrom(...LETTERS.slice(0, 8), ...LETTERS), {
    minLength: MIN_WORD_LENGTH,
    maxLength: MAX_WORD_LENGTH,
  })
  .map((chars) => chars.join(''));

/** `word` with one edit: two neighbours swapped, a letter dropped, doubled, added or changed. */
export function oneEdit(word: string): fc.Arbitrary<string> {
  const chars = [...word];
  const n = chars.length;
  const at = (max: number) => fc.integer({ min: 0, max });
  const letter = fc.constantFrom(...LETTERS);
  const splice = (i: number, remove: number, ...add: string[]) => {
    const copy = [...chars];
    copy.splice(i, remove, ...add);
    return copy.join('');
  };
  return fc.oneof(
    at(n - 2).map((i) => splice(i, 2, chars[i + 1]!, chars[i]!)),
    at(n - 1).map((i) => splice(i, 1)),
    at(n - 1).map((i) => splice(i, 0, chars[i]!)),
    fc.tuple(at(n), letter).map(([i, c]) => splice(i, 0, c)),
    fc.tuple(at(n - 1), letter).map(([i, c]) => splice(i, 1, c)),
  );
}
