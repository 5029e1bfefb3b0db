/**
 * Which words the build precomputes results for (scripts/search-index/top-results.ts,
 * `frequentWords`): those in most articles, as a search for them is written, never a word in
 * fewer articles than the floor or one that is no single word; and on how many threads
 * they are searched (`searchThreads`): one alone on a large index, whose Pagefind each
 * thread would hold in memory again.
 */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  frequentWords,
  MAX_PAGES_FOR_THREADS,
  searchThreads,
} from '../../scripts/search-index/top-results.ts';
import type { VocabularyEntry } from '../../src/shared/search-vocabulary.ts';

const entries = (list: [string, number][]): Map<string, VocabularyEntry> =>
  new Map(list.map(([word, articles]) => [word.toLowerCase(), { word, articles }]));

describe('the words with precomputed results', () => {
  it('are the words in most articles, most first, ties alphabetical, in lowercase', () => {
    const vocabulary = entries([
      ['said', 90],
      ['Tajikistan', 120],
      ['border', 90],
      ['rare', 1],
      ['McIlroy', 40],
    ]);
    expect(frequentWords(vocabulary, 3)).toEqual(['tajikistan', 'border', 'said']);
    expect(frequentWords(vocabulary)).toEqual(['tajikistan', 'border', 'said', 'mcilroy']);
  });

  it('leave out words in fewer articles than the floor, and what is no single word', () => {
    const vocabulary = entries([
      ['co-operation', 50],
      ['2022', 30],
      ['once', 2],
      ['twice', 3],
    ]);
    expect(frequentWords(vocabulary, 10, 3)).toEqual(['2022', 'twice']);
  });
});

describe('the threads that search them', () => {
  const cores = os.availableParallelism();

  it('are one per core on an index of moderate size, never more than words or four', () => {
    expect(searchThreads(100, MAX_PAGES_FOR_THREADS)).toBe(Math.min(4, cores));
    expect(searchThreads(1, 10)).toBe(1);
  });

  it('are one alone past the page limit, whatever the cores', () => {
    expect(searchThreads(100, MAX_PAGES_FOR_THREADS + 1)).toBe(1);
    expect(searchThreads(100, 229_549)).toBe(1);
  });
});
