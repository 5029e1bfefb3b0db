/**
 * Word counts as the exports state them (formats/common/word-count.ts), in the interface
 * languages, and only as word counts.
 */
import { describe, expect, it } from 'vitest';
import { isWordCount, wordCount } from '../../../scripts/ingest/formats/common/word-count.ts';

describe('word counts', () => {
  it.each([
    ['808 words', 808],
    ['1,204 words', 1204],
    ['1.285 Wörter', 1285],
    ['355 woerter', 355],
    ['8165 字', 8165],
    ['412 mots', 412],
    ['184 words.', 184],
    ['1\u00a0285 palabras', 1285],
  ])('%s → %d', (text, n) => {
    expect(wordCount(text)).toBe(n);
    expect(isWordCount(text)).toBe(true);
  });

  it('is no word count without a unit of words, or with a number of another form', () => {
    for (const text of ['7 April', 'many words', '438', '19.43 meters.', '19.43 words', '808 words (est.)'])
      expect(wordCount(text), text).toBeUndefined();
  });

  it('takes the number that starts a labelled value, whatever follows', () => {
    expect(wordCount('438', { labelled: true })).toBe(438);
    expect(wordCount('1,407 words (est.)', { labelled: true })).toBe(1407);
    expect(wordCount('words', { labelled: true })).toBeUndefined();
  });
});
