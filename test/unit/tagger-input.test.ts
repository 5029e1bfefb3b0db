/**
 * What compromise is given to tag (scripts/ingest/entities/tagger-input.ts): the runs and a
 * word or two around them, every offset where it was, each kept stretch a sentence apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from '../../scripts/ingest/entities/names.ts';
import { taggerInput } from '../../scripts/ingest/entities/tagger-input.ts';

const input = (text: string): string => taggerInput(text, capitalisedRuns(text));

describe('taggerInput', () => {
  it('keeps the names with two words before and one after, and blanks the rest with a sentence break', () => {
    const text =
      'The talks went on for many long hours today, said the President of Tajikistan Emomali Rahmon yesterday in a long speech about water and the weather.';
    const out = input(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('President of Tajikistan Emomali Rahmon yesterday');
    expect(out).toContain('said the President');
    expect(out).not.toContain('speech');
    expect(out).not.toContain('hours');
    // The opening `The talks` is a kept stretch; the gap after it holds a full stop.
    expect(out.slice(0, 16)).toMatch(/^The talks +\. +$/u);
  });

  it('gives a text without capitals as blanks', () => {
    expect(input('no names here at all')).toBe(' '.repeat(20));
  });

  it('keeps every run at its offset, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('A', 'b', 'c', 'D', ' ', '.', ',', '\n', 'é', 'Ö') }),
        (text) => {
          const out = taggerInput(text, capitalisedRuns(text));
          if (out.length !== text.length) return false;
          return capitalisedRuns(text).every((r) => out.slice(r.index, r.end) === text.slice(r.index, r.end));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
