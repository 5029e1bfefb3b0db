import { describe, expect, it } from 'vitest';
import { openingDate } from '../../scripts/ingest/dates.ts';
import { formatDate, formatMonth, yearMonthOf } from '../../src/lib/dates.ts';

describe('openingDate: the date an article states at its very start', () => {
  it.each([
    ['On 17 October 2022 in the margins of the conference, the minister met', '2022-10-17'],
    ['17 October 2022 — The minister met', '2022-10-17'],
    ['DUSHANBE, October 17, 2022 — Tajik authorities said', '2022-10-17'],
    ['London, 3 March 2005: Shares rose', '2005-03-03'],
    ['On 1st February 1995 the band', '1995-02-01'],
  ])('takes %j', (opening, date) => {
    expect(openingDate(opening)).toBe(date);
  });

  it.each([
    ['Richey Edwards vanished 10 years ago, on 1 February 1995.'],
    ['The minister said on Tuesday that the border was closed.'],
    ['On 5 May the vote takes place.'],
    ['In October 2022 the talks began.'],
    ['On 17.10.2022 the minister met'],
    ['On 10/17/2022 the minister met'],
    ['Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) in 2004.'],
    [''],
  ])('refuses %j', (opening) => {
    expect(openingDate(opening)).toBeUndefined();
  });
});

describe('date formatting', () => {
  it('formats in UTC in the site language', () => {
    expect(formatDate('2022-10-17', 'en-GB')).toBe('17 October 2022');
    expect(formatDate('2022-01-01', 'en')).toBe('January 1, 2022');
    expect(formatMonth('2022', '10', 'en')).toBe('October 2022');
    expect(yearMonthOf('2022-10-17')).toEqual({ year: '2022', month: '10' });
  });
});
