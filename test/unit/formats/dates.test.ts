/**
 * The one strict date parser of the formats (formats/common/dates.ts, common/clock.ts): days,
 * months and years in the languages and forms the exports write, never a day invented, never
 * a date read out of a text that holds more than one.
 */
import { describe, expect, it } from 'vitest';
import { isoTime, matchTime } from '../../../scripts/ingest/formats/common/clock.ts';
import {
  isoDate,
  isoDay,
  isWeekdayLine,
  matchDate,
  monthNumber,
  readDate,
  readTime,
} from '../../../scripts/ingest/formats/common/dates.ts';

const iso = (text: string): string | undefined => {
  const d = readDate(text);
  return d ? isoDate(d) : undefined;
};

describe('dates stated alone (readDate)', () => {
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
    expect(readDate('January 2009')).toEqual({ year: 2009, month: 1 });
    expect(iso('January 2009')).toBeUndefined();
    expect(readDate('Summer, 2008')).toEqual({ year: 2008 });
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
      expect(readDate(text), text).toBeUndefined();
    }
  });

  it('reads a time line and a weekday line below a date', () => {
    expect(readTime('23:22 Central European Time')).toEqual({ hour: 23, minute: 22, zone: '+01:00' });
    expect(readTime('woensdag')).toBeUndefined();
    expect(isWeekdayLine('woensdag')).toBe(true);
    expect(isWeekdayLine('Edition 1')).toBe(false);
    expect(isoDay('December 30, 2008 Tuesday 6:10 PM EST')).toBe('2008-12-30');
  });
});

describe('a date at the start of a text (matchDate)', () => {
  it.each([
    ['2018 年 10 月 7 日', '2018-10-07'],
    ['２０１８ 年 １０ 月 ７ 日', '2018-10-07'],
    ['2018년 10월 7일', '2018-10-07'],
    ['1er avril 2000', '2000-04-01'],
    ['7 января 2000', '2000-01-07'],
    ['4. Oktober 2017 Mittwoch', '2017-10-04'],
    ['2017. november 7.', '2017-11-07'],
    ['Jan. 7, 2000', '2000-01-07'],
    ['Tuesday, July 18, 2017 7:20 AM', '2017-07-18'],
  ])('%s → %s', (text, day) => {
    expect(isoDate(matchDate(text)!.date)).toBe(day);
  });

  it('leaves what follows the date to the format, and gives no day for a month alone', () => {
    expect(matchDate('May 2, 2002, Thursday,, FINAL EDITION')?.rest).toBe(', Thursday,, FINAL EDITION');
    expect(matchDate('2018 年 10 月')?.date).toEqual({ year: 2018, month: 10 });
    expect(matchDate('April 2000')?.date).toEqual({ year: 2000, month: 4 });
    expect(matchDate('Late Edition - Final')).toBeUndefined();
    expect(matchDate('31 February 2000')).toBeUndefined();
    expect(matchDate('3 May 1500')).toBeUndefined();
  });

  it('knows month names in many languages, and none that two languages read differently', () => {
    expect(['März', 'mars', 'maart', 'marzo', 'marca', 'марта', 'Mär.'].map(monthNumber)).toEqual([
      3, 3, 3, 3, 3, 3, 3,
    ]);
    expect(monthNumber('Montag')).toBeUndefined();
  });
});

describe('times of day (matchTime)', () => {
  it.each([
    ['7:20 AM GMT', '07:20Z'],
    ['6:10 p.m. EST', '18:10-05:00'],
    ['12:00 AM', '00:00'],
    ['18.30 Uhr', '18:30'],
    ['00:00:37', '00:00:37'],
    ['12:00 +0100', '12:00+01:00'],
    ['9:15 GMT+2', '09:15+02:00'],
    ['23:22 Central European Time', '23:22+01:00'],
  ])('%s → %s', (text, time) => {
    expect(isoTime(matchTime(text)!.time)).toBe(time);
  });

  it('takes a zone named without standard or daylight time from the day, and only with it', () => {
    expect(isoTime(matchTime('12:39 PM PT', { year: 2017, month: 7, day: 7 })!.time)).toBe('12:39-07:00');
    expect(isoTime(matchTime('12:05 AM PT', { year: 2019, month: 1, day: 10 })!.time)).toBe('00:05-08:00');
    expect(matchTime('10:28 ET')).toEqual({ time: { hour: 10, minute: 28 }, rest: ' ET' });
  });

  it('is no time when the hour cannot be', () => {
    expect(matchTime('13:10 PM')).toBeUndefined();
    expect(matchTime('25:00')).toBeUndefined();
    expect(matchTime('20.04.2003')).toBeUndefined();
  });
});
