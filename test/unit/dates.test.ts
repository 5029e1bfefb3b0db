import { describe, expect, it } from 'vitest';
import { ledeDates } from '../../scripts/ingest/dates/text-date.ts';
import { dateSortKey, yearMonthOf } from '../../src/lib/dates.ts';
import { daySpan, daysBetween } from '../../src/shared/article-date.ts';
import { formatArticleDate, formatDate, formatMonth } from '../../src/shared/date-format.ts';

const stated = (...lede: string[]) => ledeDates(lede).stated?.date;

describe('ledeDates: the date the first sentence of an article states', () => {
  it.each([
    ['On 17 October 2022 in the margins of the conference, the minister met', '2022-10-17'],
    ['17 October 2022 — The minister met', '2022-10-17'],
    ['DUSHANBE, October 17, 2022 — Tajik authorities said', '2022-10-17'],
    ['London, 3 March 2005: Shares rose', '2005-03-03'],
    ['On 1st February 1995 the band', '1995-02-01'],
    ['The conference has been commenced in Dushanbe, Tajikistan on 18 October 2022.', '2022-10-18'],
    ['On October 18, 2022, a high-level international conference began its work.', '2022-10-18'],
    ['The conference was held in Dushanbe from 18-19 October 2022.', '2022-10'],
    ['In October 2022 the talks began.', '2022-10'],
    ['H.E. Mr. Rahmon met the delegation in Dushanbe on 18 October 2022.', '2022-10-18'],
  ])('takes %j', (opening, date) => {
    expect(stated(opening)).toBe(date);
  });

  it.each([
    ['Richey Edwards vanished 10 years ago, on 1 February 1995.'],
    ['Born in Luton on 5 April 1920, Hailey was the only child of working class parents.'],
    ['Since the 11 September 2001 attacks, BA has cut 13,000 jobs.'],
    ['Faruqi reminds investors of the August 28, 2017 deadline to seek the role of lead plaintiff.'],
    ['The government had banned 59 apps with links to China on June 29, 2020 to ensure safety.'],
    ['The minister said on Tuesday that the border was closed.'],
    ['On 5 May the vote takes place.'],
    ['On 17.10.2022 the minister met'],
    ['On 10/17/2022 the minister met'],
    ['Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) in 2004.'],
    ['The talks ended. They had begun on 3 May 2018 in Dushanbe.'],
    ['The talks of 3 May 2018 and of 18 October 2022 were held in Dushanbe.'],
    [''],
  ])('refuses %j', (opening) => {
    expect(stated(opening)).toBeUndefined();
  });

  it('calls a date after a place name a dateline, one elsewhere text', () => {
    expect(ledeDates(['DUSHANBE, October 17, 2022 — Tajik authorities said']).stated?.basis).toBe('dateline');
    expect(
      ledeDates(['Vancouver, Canada, July 14, 2017 --(PR.com)-- WanXin has partnered']).stated?.basis,
    ).toBe('dateline');
    expect(ledeDates(['On 17 October 2022 the minister met']).stated?.basis).toBe('text');
  });

  it('reads a later paragraph of the lede only for relative words', () => {
    const lede = ledeDates([
      'Tajik authorities have accused Kyrgyzstan of violating cease-fire agreements last month.',
      'The Border Guard Service stated on October 19 that the talks on 3 May 2018 failed.',
    ]);
    expect(lede.stated).toBeUndefined();
    expect(lede.clues).toEqual(['October 19']);
    expect(ledeDates(['The prosecutor said on Tuesday at a conference.']).clues).toEqual(['on Tuesday']);
    expect(ledeDates(['Police said yesterday that three men were held.']).clues).toEqual(['yesterday']);
    expect(ledeDates(['The talks collapsed last week, officials said.']).clues).toEqual([]);
  });
});

describe('date formatting', () => {
  it('formats in UTC in the site language', () => {
    expect(formatDate('2022-10-17', 'en-GB')).toBe('17 October 2022');
    expect(formatDate('2022-01-01', 'en')).toBe('January 1, 2022');
    expect(formatMonth('2022', '10', 'en')).toBe('October 2022');
    expect(yearMonthOf('2022-10-17')).toEqual({ year: '2022', month: '10' });
  });

  it('formats a partial date at its precision, never inventing a day', () => {
    expect(formatArticleDate('2022-10-18', 'en-GB')).toBe('18 October 2022');
    expect(formatArticleDate('2022-10', 'en-GB')).toBe('October 2022');
    expect(formatArticleDate('2022', 'en-GB')).toBe('2022');
    expect(yearMonthOf('2022')).toEqual({ year: '2022', month: '' });
  });

  it('gives every date a sort key of one length, a month below its days', () => {
    expect(dateSortKey('2022-10-18')).toBe('2022-10-18');
    expect(dateSortKey('2022-10')).toBe('2022-10-00');
    expect(dateSortKey('2022')).toBe('2022-00-00');
    expect(dateSortKey(undefined)).toBe('0000-00-00');
    const sorted = ['2022-10-01', '2022', '2021-12-31', '2022-10', '2022-09-30'].map(dateSortKey).sort();
    expect(sorted).toEqual(['2021-12-31', '2022-00-00', '2022-09-30', '2022-10-00', '2022-10-01']);
  });
});

describe('days between partial dates', () => {
  it('is zero when their spans overlap, else the gap between the nearer ends', () => {
    expect(daysBetween('2022-10-18', '2022-10-18')).toBe(0);
    expect(daysBetween('2022-10-18', '2022-10-21')).toBe(3);
    expect(daysBetween('2022-10', '2022-10-18')).toBe(0);
    expect(daysBetween('2022-10', '2022-11-02')).toBe(2);
    expect(daysBetween('2022-12-30', '2023')).toBe(2);
    expect(daySpan('2024-02')).toEqual([daySpan('2024-02-01')[0], daySpan('2024-02-29')[0]]);
  });
});
