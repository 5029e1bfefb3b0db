import { describe, expect, it } from 'vitest';
import type { DocumentMetadata } from '../../../scripts/ingest/core/export-format.ts';
import { parseDateLine } from '../../../scripts/ingest/formats/nexis-uni/date-line.ts';
import { fillLabel } from '../../../scripts/ingest/formats/nexis-uni/fields.ts';
import {
  parseLabel,
  parseSection,
  splitGluedLabels,
} from '../../../scripts/ingest/formats/nexis-uni/labels.ts';

const NBSP = '\u00a0';

describe('Nexis Uni: date lines', () => {
  it.each([
    ['July 18, 2017 Tuesday 7:20 AM GMT', '2017-07-18T07:20Z'],
    ['April 17, 2018 Tuesday 1:19 AM  EST', '2018-04-17T01:19-05:00'],
    ['May 4, 2018 Friday 7:01 PM EDT', '2018-05-04T19:01-04:00'],
    // PT without S or D: the offset the date had in Los Angeles.
    ['July 7, 2017 Friday 12:39 PM PT', '2017-07-07T12:39-07:00'],
    ['January 10, 2019 Thursday 12:05 AM PT', '2019-01-10T00:05-08:00'],
    ['4 oktober 2017 woensdag', '2017-10-04'],
    ['4. Oktober 2017 Mittwoch 18:30 MESZ', '2017-10-04T18:30+02:00'],
    ['4 octobre 2017 mercredi', '2017-10-04'],
    ['4 de octubre de 2017 miércoles', '2017-10-04'],
    ['4 ottobre 2017 mercoledì', '2017-10-04'],
    ['January 5, 2021', '2021-01-05'],
    ['January 9, 2021 Saturday GENERAL_EDIT_CORRECTION ERROR Document ID 24 Has error', '2021-01-09'],
  ])('%s → %s', (line, date) => {
    expect(parseDateLine(line)?.date).toBe(date);
  });

  it('reads the edition stated after the date', () => {
    expect(parseDateLine('May 2, 2002, Thursday,, FINAL EDITION')).toEqual({
      date: '2002-05-02',
      edition: 'FINAL EDITION',
    });
  });

  it('gives no day when only a month is stated, and no date for headlines or impossible days', () => {
    expect(parseDateLine('October 2017')).toEqual({ month: '2017-10' });
    expect(parseDateLine('May 5, 2019 was the day the bridge opened')).toBeUndefined();
    expect(parseDateLine('1. Market hall reopens')).toBeUndefined();
    expect(parseDateLine('February 30, 2019 Saturday')).toBeUndefined();
    expect(parseDateLine('Date and Time: Wednesday, April 28, 2021 1:38:00 AM EDT')).toBeUndefined();
  });
});

describe('Nexis Uni: labels and their values', () => {
  it('reads a label only with the no-break space, unless it is a known one', () => {
    expect(parseLabel(`Length:${NBSP}438 words`)).toMatchObject({
      kind: 'length',
      value: '438 words',
      nbsp: true,
    });
    expect(parseLabel('Length: 438 words')).toMatchObject({ kind: 'length', nbsp: false });
    expect(parseLabel(`Series:${NBSP}Part 2`)).toMatchObject({ kind: 'other', known: true });
    expect(parseLabel('Client/Matter: -None-')).toBeUndefined();
    expect(parseLabel('An ordinary sentence: with a colon.')).toBeUndefined();
  });

  it('splits sections and pages', () => {
    expect(parseSection('MONEY; Pg. 1B')).toEqual({ section: 'MONEY', page: '1B' });
    expect(parseSection('POLITICS; Version:28')).toEqual({ section: 'POLITICS' });
    expect(parseSection('MONEY;; COVER STORY')).toEqual({ section: 'MONEY; COVER STORY' });
  });

  it('reads the name of a byline that is a contact address and the name in brackets', () => {
    const meta: DocumentMetadata = {};
    expect(fillLabel(meta, 'byline', 'desk@example.com,  (Bo Ek)', false)).toBe('byline');
    expect(meta).toEqual({ byline: 'desk@example.com,  (Bo Ek)', authors: ['Bo Ek'] });
  });
});

describe('Nexis Uni: labels glued together', () => {
  it('splits a Highlight glued onto a Byline', () => {
    const label = parseLabel(`Byline:${NBSP}Ann Lee Highlight:${NBSP}The lamp is automatic now.`)!;
    expect(splitGluedLabels(label)).toEqual([
      { name: 'Byline', kind: 'byline', value: 'Ann Lee', known: true, nbsp: true },
      { name: 'Highlight', kind: 'highlight', value: 'The lamp is automatic now.', known: true, nbsp: true },
    ]);
  });

  it('leaves a value alone that only mentions a label word', () => {
    const label = parseLabel(`Highlight:${NBSP}Why the Section: Length rule matters`)!;
    expect(splitGluedLabels(label)).toEqual([label]);
  });
});
