import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleDateFilters,
  dateBound,
  dateInRange,
  rangeFilter,
  rangeValues,
  type DateRange,
} from '../../src/shared/date-range.ts';

const span = { first: '2020', last: '2023' };

describe('date ranges as filters', () => {
  it('carries an article date only to its precision', () => {
    expect(articleDateFilters('2022-10-17')).toEqual([
      { name: 'date-year', value: '2022' },
      { name: 'date-month', value: '2022-10' },
      { name: 'date-day', value: '2022-10-17' },
    ]);
    expect(articleDateFilters('2022-10')).toEqual([
      { name: 'date-year', value: '2022' },
      { name: 'date-month', value: '2022-10' },
    ]);
    expect(articleDateFilters('2022')).toEqual([{ name: 'date-year', value: '2022' }]);
    expect(articleDateFilters(undefined)).toEqual([]);
  });

  it('expands a range into whole years, whole months and days, largest first', () => {
    expect(rangeValues({ to: '2022-10-17' }, span)).toEqual({
      years: ['2020', '2021'],
      months: [
        '2022-01',
        '2022-02',
        '2022-03',
        '2022-04',
        '2022-05',
        '2022-06',
        '2022-07',
        '2022-08',
        '2022-09',
      ],
      days: Array.from({ length: 17 }, (_, i) => `2022-10-${String(i + 1).padStart(2, '0')}`),
    });
    expect(rangeValues({ from: '2021-12-30', to: '2022-02' }, span)).toEqual({
      years: [],
      months: ['2022-01', '2022-02'],
      days: ['2021-12-30', '2021-12-31'],
    });
    expect(
      rangeValues({ from: '2024-02-28', to: '2024-03-01' }, { first: '2024', last: '2024' }).days,
    ).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(rangeValues({ from: '2023', to: '2021' }, span)).toEqual({ years: [], months: [], days: [] });
    expect(rangeFilter(rangeValues({ from: '2022-10', to: '2022-10-02' }, span))).toEqual({
      any: [{ 'date-day': { any: ['2022-10-01', '2022-10-02'] } }],
    });
    expect(rangeFilter({ years: [], months: [], days: [] })).toBeUndefined();
  });

  it('reads only real dates as bounds', () => {
    expect(dateBound('2022-10-17')).toBe('2022-10-17');
    expect(dateBound(' 2022 ')).toBe('2022');
    for (const bad of ['2022-02-30', '22', '2022-13', 'yesterday', '', null])
      expect(dateBound(bad)).toBeUndefined();
  });

  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2023-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
  const range: fc.Arbitrary<DateRange> = fc.record({ from: partial, to: partial }, { requiredKeys: [] });

  it('matches an article exactly when its whole interval is inside the range', () => {
    fc.assert(
      fc.property(partial, range, (date, r) => {
        const values = rangeValues(r, span);
        const filters = articleDateFilters(date);
        const matched = filters.some(
          ({ name, value }) =>
            (name === 'date-year' && values.years.includes(value)) ||
            (name === 'date-month' && values.months.includes(value)) ||
            (name === 'date-day' && values.days.includes(value)),
        );
        expect(matched).toBe(dateInRange(date, r));
      }),
      { numRuns: 3000 },
    );
  });
});
