import { describe, expect, it } from 'vitest';
import { histogramOf } from '../../src/client/search/histogram.ts';

describe('the results over time', () => {
  it('goes by year over more than three years, empty years included', () => {
    expect(histogramOf({ 'date-year': { '2018': 2, '2021': 1 }, 'date-month': { '2018-03': 2 } })).toEqual({
      unit: 'year',
      bins: [
        { period: '2018', count: 2 },
        { period: '2019', count: 0 },
        { period: '2020', count: 0 },
        { period: '2021', count: 1 },
      ],
      left: 0,
    });
  });

  it('goes by month over three years at most, counting apart those known only by year', () => {
    const h = histogramOf({
      'date-year': { '2021': 3, '2022': 2 },
      'date-month': { '2021-11': 2, '2022-01': 2 },
    });
    expect(h?.unit).toBe('month');
    expect(h?.bins.map((b) => `${b.period}:${b.count}`)).toEqual(['2021-11:2', '2021-12:0', '2022-01:2']);
    expect(h?.left).toBe(1);
  });

  it('goes by day within one month, and is absent when nothing is dated', () => {
    const h = histogramOf({
      'date-year': { '2022': 9 },
      'date-month': { '2022-10': 9 },
      'date-day': { '2022-10-30': 1, '2022-11-01': 0, '2022-10-28': 4 },
    });
    expect(h?.unit).toBe('day');
    expect(h?.bins.map((b) => b.period)).toEqual(['2022-10-28', '2022-10-29', '2022-10-30']);
    expect(h?.left).toBe(4);
    expect(histogramOf({ source: { x: 3 } })).toBeUndefined();
  });
});
