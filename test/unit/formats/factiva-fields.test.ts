import { describe, expect, it } from 'vitest';
import {
  accessionNumber,
  parseFactivaDate,
  parseFactivaTime,
} from '../../../scripts/ingest/formats/factiva-fields.ts';

describe('Factiva dates', () => {
  it.each([
    ['13 November 2017', '2017-11-13'],
    ['9 Januar 1993', '1993-01-09'],
    ['3. März 2001', '2001-03-03'],
    ['12 Jänner 2000', '2000-01-12'],
    ['1er avril 2000', '2000-04-01'],
    ['7 de abril de 2000', '2000-04-07'],
    ['7 mei 2000', '2000-05-07'],
    ['7 января 2000', '2000-01-07'],
    ['November 13, 2017', '2017-11-13'],
    ['Jan. 7, 2000', '2000-01-07'],
    ['7 Sept 2000', '2000-09-07'],
    ['2018 年 10 月 7 日', '2018-10-07'],
    ['2018年10月7日', '2018-10-07'],
    ['２０１８ 年 １０ 月 ７ 日', '2018-10-07'],
    ['2018년 10월 7일', '2018-10-07'],
    ['2017-11-13', '2017-11-13'],
  ])('reads %s', (text, date) => {
    expect(parseFactivaDate(text)).toEqual({ date });
  });

  it('never invents a day: a month and year is no date', () => {
    expect(parseFactivaDate('April 2000')).toEqual({ monthOnly: true });
    expect(parseFactivaDate('2018 年 10 月')).toEqual({ monthOnly: true });
  });

  it('reads nothing else as a date', () => {
    for (const text of [
      '31 February 2000',
      'Late Edition - Final',
      '0 2017',
      '13/2017',
      '19 Mai 2017 14:52',
      '1',
    ]) {
      expect(parseFactivaDate(text)).toEqual({});
    }
  });

  it('reads times, with the zone only when it is stated and known', () => {
    expect(parseFactivaTime('06:04 GMT')).toBe('06:04Z');
    expect(parseFactivaTime('7:41 UTC')).toBe('07:41Z');
    expect(parseFactivaTime('00:00:37')).toBe('00:00:37');
    expect(parseFactivaTime('12:00 +0100')).toBe('12:00+01:00');
    expect(parseFactivaTime('10:28 ET')).toBe('10:28');
    expect(parseFactivaTime('25:00')).toBeUndefined();
    expect(parseFactivaTime('1')).toBeUndefined();
  });
});

describe('Factiva field values', () => {
  it('reads the accession number', () => {
    expect(accessionNumber('Document gmes000020010810dw47004yg')).toBe('gmes000020010810dw47004yg');
    expect(accessionNumber('Dokument NYTF000020050408dp1900j9s')).toBe('NYTF000020050408dp1900j9s');
    expect(accessionNumber('文件 HANBIT0020181007eea70000k')).toBe('HANBIT0020181007eea70000k');
    expect(accessionNumber('Document 3 of 20')).toBeUndefined();
  });
});
