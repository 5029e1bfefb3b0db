/**
 * One search's results from the indexes of several languages made into one list
 * (src/client/search/merge-results.ts), with fake results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFilterCounts,
  mergeByScore,
  mergeSorted,
  type ResultList,
} from '../../src/client/search/merge-results.ts';

interface Fake {
  id: string;
  score: number;
  date: string;
  data: () => Promise<{ date: string }>;
}

/** Results whose data counts how often it is read (`reads`), failing for dates in `broken`. */
function fakes(
  dates: string[],
  prefix: string,
  reads: string[],
  broken = new Set<string>(),
): ResultList<Fake> {
  const results = dates.map((date, i) => ({
    id: `${prefix}${i}`,
    score: 0,
    date,
    data: () => {
      reads.push(`${prefix}${i}`);
      return broken.has(date) ? Promise.reject(new Error('lost')) : Promise.resolve({ date });
    },
  }));
  return { results, unfilteredResultCount: results.length, filters: { year: { [prefix]: dates.length } } };
}

const byScore = (scores: number[], prefix: string): ResultList<Fake> => ({
  results: scores.map((score, i) => ({
    id: `${prefix}${i}`,
    score,
    date: '',
    data: () => Promise.resolve({ date: '' }),
  })),
  unfilteredResultCount: scores.length + 1,
  filters: { source: { A: scores.length, [prefix]: 1 } },
});

describe('results of several indexes', () => {
  it('by score: best first, ties in the order of the indexes; counts added up', () => {
    const merged = mergeByScore([byScore([3, 1], 'en'), byScore([2, 1], 'de'), byScore([], 'ko')]);
    expect(merged.results.map((r) => r.id)).toEqual(['en0', 'de0', 'en1', 'de1']);
    expect(merged.unfilteredResultCount).toBe(3 + 3 + 1);
    expect(merged.filters).toEqual({ source: { A: 4, en: 1, de: 1, ko: 1 } });
  });

  it('adds up filter counts', () => {
    expect(
      addFilterCounts([{ year: { '2019': 2 } }, { year: { '2019': 1, '2020': 4 }, source: { X: 1 } }]),
    ).toEqual({
      year: { '2019': 3, '2020': 4 },
      source: { X: 1 },
    });
  });

  it('sorted: the first results in the order of the key over all indexes, reading few of them', async () => {
    const reads: string[] = [];
    const lists = [
      fakes(['2020-05-01', '2019-01-01', '0000-00-00'], 'en', reads),
      fakes(['2021-01-01', '2019-01-01', '2018-01-01'], 'de', reads),
      fakes(['2019-06-30'], 'ko', reads),
    ];
    const merged = await mergeSorted(lists, { value: (d) => d.date, direction: 'desc', ordered: 4 });
    expect(merged.results.map((r) => r.id)).toEqual(['de0', 'en0', 'ko0', 'en1', 'en2', 'de1', 'de2']);
    // Four results ordered, each list's next one looked at: never every result's data.
    expect(new Set(reads).size).toBeLessThanOrEqual(4 + 3);
    expect(merged.unfilteredResultCount).toBe(7);
  });

  it('sorted: a result whose data cannot be read goes after the ordered ones', async () => {
    const lists = [fakes(['2020', 'lost', '2018'], 'en', [], new Set(['lost'])), fakes(['2019'], 'de', [])];
    const merged = await mergeSorted(lists, { value: (d) => d.date, direction: 'desc', ordered: 10 });
    expect(merged.results.map((r) => r.id)).toEqual(['en0', 'de0', 'en2', 'en1']);
  });

  it('sorted: the same order as sorting all results, for any lists', async () => {
    const date = fc.integer({ min: 2000, max: 2005 }).map(String);
    const list = fc.array(date, { maxLength: 8 }).map((d) => d.sort().reverse());
    await fc.assert(
      fc.asyncProperty(fc.array(list, { minLength: 1, maxLength: 4 }), fc.nat(40), async (dates, ordered) => {
        const lists = dates.map((d, i) => fakes(d, `l${i}-`, []));
        const merged = await mergeSorted(lists, { value: (d) => d.date, direction: 'desc', ordered });
        const all = lists.flatMap((l) => l.results);
        // Stable: equal dates keep the order of the lists, then each list's own.
        const expected = [...all].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
        const n = Math.min(ordered, all.length);
        expect(merged.results.slice(0, n).map((r) => r.id)).toEqual(expected.slice(0, n).map((r) => r.id));
        expect(merged.results.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
      }),
      { numRuns: 300 },
    );
  });
});
