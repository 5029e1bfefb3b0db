import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDate } from '../../scripts/ingest/dates/article-date.ts';
import { dateFromNeighbours, type DatedArticle } from '../../scripts/ingest/dates/neighbours.ts';
import { parsePast, weekdayOnOrBefore } from '../../scripts/ingest/dates/past-tense-chrono.ts';
import { resolveClue, resolveClues } from '../../scripts/ingest/dates/resolve-clues.ts';
import { articleSchema } from '../../src/shared/article-schema.ts';
import { precisionOf, sharedDate, sharedDates } from '../../src/shared/article-date.ts';

const day = (date: string) => {
  const [year, month, d] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};
const parsedDay = (text: string, reference: string) => {
  const r = parsePast(text, day(reference))[0]!;
  return [r.start.get('year'), r.start.get('month'), r.start.get('day')].join('-');
};

describe('past-tense chrono: bare weekdays resolve backward', () => {
  it('takes the latest such weekday on or before the reference', () => {
    // 2022-10-22 is a Saturday: chrono alone picks the closest Tuesday, the 25th.
    expect(parsedDay('said on Tuesday', '2022-10-22')).toBe('2022-10-18');
    expect(parsedDay('said on Tuesday', '2022-10-18')).toBe('2022-10-18');
    expect(parsedDay('said on Wednesday', '2022-10-18')).toBe('2022-10-12');
    expect(parsedDay('on Friday night', '2022-10-17')).toBe('2022-10-14');
  });

  it('leaves next and this as chrono reads them', () => {
    expect(parsedDay('next Tuesday', '2022-10-22')).toBe('2022-10-25');
  });

  it('weekdayOnOrBefore is never after the reference nor a week or more before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 6 }), (offset, weekday) => {
        const ref = new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000);
        const got = weekdayOnOrBefore(
          { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() },
          weekday,
        );
        const t = Date.UTC(got.year, got.month - 1, got.day);
        const back = (ref.getTime() - t) / 86_400_000;
        return new Date(t).getUTCDay() === weekday && back >= 0 && back < 7;
      }),
    );
  });
});

describe('resolving relative words against a known date', () => {
  it('a month and day take the year closest to the anchor', () => {
    expect(resolveClue('October 19', '2022-10-17')).toBe('2022-10-19');
    expect(resolveClue('October 19', '2022-10')).toBe('2022-10-19');
    expect(resolveClue('December 30', '2023-01-02')).toBe('2022-12-30');
  });

  it('a weekday or yesterday needs an anchor known to the day', () => {
    expect(resolveClue('on Tuesday', '2022-10-18')).toBe('2022-10-18');
    expect(resolveClue('yesterday', '2022-10-18')).toBe('2022-10-17');
    expect(resolveClue('on Tuesday', '2022-10')).toBeUndefined();
  });

  it('clues that disagree give their month, or nothing', () => {
    expect(resolveClues(['on Monday', 'on Tuesday'], '2022-10-19')).toBe('2022-10');
    expect(resolveClues(['September 30', 'on Tuesday'], '2022-10-19')).toBeUndefined();
  });

  it('an export date of a month only: the lede may give the day within it', () => {
    expect(articleDate('2022-10', () => ['Officials said on October 19 that …'])).toMatchObject({
      date: '2022-10-19',
      datePrecision: 'day',
      dateBasis: 'relative',
      dateAnchor: '2022-10',
    });
    expect(articleDate('2022-10', () => ['Officials said on November 2 that …'])).toMatchObject({
      date: '2022-10',
      dateBasis: 'export',
    });
    expect(articleDate('2017-07-18T07:20Z', () => ['On 3 May 2001 …'])).toMatchObject({
      date: '2017-07-18',
      dateBasis: 'export',
    });
  });
});

describe('dates from the neighbours in one file', () => {
  const own = (date: string): DatedArticle => ({ date, datePrecision: precisionOf(date), dateBasis: 'text' });
  const clue = (...dateClues: string[]): DatedArticle => ({ dateClues });

  it('resolves the seed dump as its articles say', () => {
    const articles = [
      clue('on Tuesday'),
      own('2022-10-18'),
      {},
      own('2022-10-17'),
      {},
      clue('October 19'),
      {},
      own('2022-10'),
      own('2022-10-18'),
    ];
    dateFromNeighbours(articles);
    expect(articles.map((a) => [a.date, a.dateBasis])).toEqual([
      ['2022-10-18', 'neighbours'],
      ['2022-10-18', 'text'],
      ['2022-10', 'neighbours'],
      ['2022-10-17', 'text'],
      ['2022-10', 'neighbours'],
      ['2022-10-19', 'neighbours'],
      ['2022-10', 'neighbours'],
      ['2022-10', 'text'],
      ['2022-10-18', 'text'],
    ]);
    expect(articles[0]).toMatchObject({ dateEvidence: 'on Tuesday', dateAnchor: '2022-10-18' });
  });

  it('neighbours that disagree on the month give the year; on the year, nothing', () => {
    const a = [own('2022-09-30'), {}, own('2022-10-01')];
    dateFromNeighbours(a);
    expect(a[1]).toMatchObject({ date: '2022', datePrecision: 'year' });
    const b = [own('2015-01-01'), {}, own('2022-10-01')];
    dateFromNeighbours(b);
    expect(b[1]!.date).toBeUndefined();
  });

  it('does not chain: an article dated by neighbours is no anchor', () => {
    const articles: DatedArticle[] = [own('2022-10-18'), {}, {}, {}, {}, {}, {}];
    dateFromNeighbours(articles);
    expect(articles.map((a) => a.date)).toEqual([
      '2022-10-18',
      '2022-10',
      '2022-10',
      '2022-10',
      '2022-10',
      '2022-10',
      undefined,
    ]);
  });

  it('never gives a day from nowhere, and runs twice to the same result', () => {
    const dates = fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const article = fc.oneof(
      fc.constant<DatedArticle>({}),
      dates.map((d) => own(d)),
      dates.map((d) => own(d.slice(0, 7))),
      fc.constantFrom<DatedArticle>(clue('on Tuesday'), clue('October 19'), clue('yesterday')),
    );
    fc.assert(
      fc.property(fc.array(article, { maxLength: 12 }), (input) => {
        const articles = input.map((a) => ({ ...a }));
        dateFromNeighbours(articles);
        const once = JSON.stringify(articles);
        dateFromNeighbours(articles);
        if (JSON.stringify(articles) !== once) return false;
        return articles.every((a, i) => {
          if (input[i]!.dateBasis) return a.date === input[i]!.date; // own dates unchanged
          if (a.date === undefined) return true;
          // Fits the schema's rules: precision matches, basis neighbours.
          if (a.dateBasis !== 'neighbours' || a.datePrecision !== precisionOf(a.date)) return false;
          // A day only from relative words of its own.
          return a.datePrecision !== 'day' || (input[i]!.dateClues ?? []).length > 0;
        });
      }),
    );
  });
});

describe('partial dates', () => {
  it('share what they agree on', () => {
    expect(sharedDate('2022-10-17', '2022-10-18')).toBe('2022-10');
    expect(sharedDate('2022-10-17', '2022-10')).toBe('2022-10');
    expect(sharedDate('2022-10-17', '2022-11-17')).toBe('2022');
    expect(sharedDate('2021-10-17', '2022-10-17')).toBeUndefined();
    expect(sharedDates(['2022-10-17', '2022-10-17'])).toBe('2022-10-17');
    expect(sharedDates([])).toBeUndefined();
  });

  it('the schema wants precision and basis with a date, and a precision that fits it', () => {
    const base = {
      id: 'abcdefghij',
      title: 'T',
      slug: 't',
      language: 'en',
      languageBasis: 'site',
      description: '',
      wordCount: 1,
      readingMinutes: 1,
      provenance: { file: 'a.txt', startLine: 1, endLine: 2, index: 0 },
    };
    expect(articleSchema.safeParse(base).success).toBe(true);
    const ok = { ...base, date: '2022-10', datePrecision: 'month', dateBasis: 'neighbours' };
    expect(articleSchema.safeParse(ok).success).toBe(true);
    expect(articleSchema.safeParse({ ...ok, datePrecision: 'day' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, date: '2022-10' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, dateBasis: 'text' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...ok, date: '2022-13' }).success).toBe(false);
  });
});
