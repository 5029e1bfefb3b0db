/**
 * The helpers the LexisNexis and ProQuest formats share: stated dates (strict, many
 * languages, no invented day), authors from a byline, term lists.
 */
import { describe, expect, it } from 'vitest';
import { bylineAuthors } from '../../../scripts/ingest/formats/byline-names.ts';
import {
  isoDate,
  isoDay,
  isWeekdayLine,
  parseStatedDate,
  parseStatedTime,
} from '../../../scripts/ingest/formats/stated-dates.ts';
import { parseTerms } from '../../../scripts/ingest/formats/term-list.ts';

const iso = (text: string): string | undefined => {
  const d = parseStatedDate(text);
  return d ? isoDate(d) : undefined;
};

describe('stated dates', () => {
  it.each([
    ['January 11, 2010 Monday', '2010-01-11'],
    ['Mittwoch 31. August 2011', '2011-08-31'],
    ['17 mai 2003', '2003-05-17'],
    ['30 août 2002', '2002-08-30'],
    ['3 april 2016 zondag', '2016-04-03'],
    ['Onsdag 6. Januar 2010', '2010-01-06'],
    ['3 de abril de 2016', '2016-04-03'],
    ['April 20, 2003, Sunday', '2003-04-20'],
    ['Mar 9, 2022', '2022-03-09'],
    ['2022-03-10', '2022-03-10'],
    ['20.04.2003', '2003-04-20'],
    ['December 30, 2008 Tuesday 6:10 PM  EST', '2008-12-30T18:10-05:00'],
    ['January 20, 2009 Tuesday 8:27 PM AEST', '2009-01-20T20:27+10:00'],
    ['31 December 2022 12:00 AM GMT', '2022-12-31T00:00Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('gives no day for a month or a season alone', () => {
    expect(parseStatedDate('January 2009')).toEqual({ year: 2009, month: 1 });
    expect(iso('January 2009')).toBeUndefined();
    expect(parseStatedDate('Summer, 2008')).toEqual({ year: 2008 });
    expect(iso('Summer, 2008')).toBeUndefined();
  });

  it('is no date when anything else is in the text', () => {
    for (const text of [
      'Schedule for Sunday, April 20, 1400 GMT',
      'Elections on March 4, 2011 draw record crowds',
      '1 - State Edition',
      'Edition 1;',
      'February 30, 2020',
      '12:30 PM',
      '',
    ]) {
      expect(parseStatedDate(text), text).toBeUndefined();
    }
  });

  it('reads a time line and a weekday line below a date', () => {
    expect(parseStatedTime('23:22 Central European Time')).toEqual({ hour: 23, minute: 22, zone: '+01:00' });
    expect(parseStatedTime('woensdag')).toBeUndefined();
    expect(isWeekdayLine('woensdag')).toBe(true);
    expect(isWeekdayLine('Edition 1')).toBe(false);
    expect(isoDay('December 30, 2008 Tuesday 6:10 PM EST')).toBe('2008-12-30');
  });
});

describe('byline names', () => {
  it.each([
    ['BY STEPHEN POLLARD', ['STEPHEN POLLARD']],
    ['Ross Ihaka and Robert Gentleman', ['Ross Ihaka', 'Robert Gentleman']],
    ['Craig Nelson (Box by John Brittas)', ['Craig Nelson']],
    ['John Smith, Staff Writer', ['John Smith']],
    ['By Anna Lee; anna.lee@example.com', ['Anna Lee']],
    ['PRUIM, FRED', ['PRUIM, FRED']],
    ['Report from The Pioneer brought to you by HT Syndication.', []],
    ['VAN ONZE CORRESPONDENT', []],
  ])('%s → %j', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });
});

describe('term lists', () => {
  it('reads names with their relevance, and without', () => {
    expect(parseTerms('Stock Indexes (96%); Annual Financial Results (84%)')).toEqual([
      { name: 'Stock Indexes', relevance: 96 },
      { name: 'Annual Financial Results', relevance: 84 },
    ]);
    expect(parseTerms('COVID-19 vaccines; Schools; ')).toEqual([
      { name: 'COVID-19 vaccines' },
      { name: 'Schools' },
    ]);
  });
});
