import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import type { ExportParse, LineRole } from '../../../scripts/ingest/formats/export-format.ts';
import { nexisUniFormat } from '../../../scripts/ingest/formats/nexis-uni.ts';
import { bylineAuthors } from '../../../scripts/ingest/formats/nexis-uni/byline.ts';
import { parseDateLine } from '../../../scripts/ingest/formats/nexis-uni/date-line.ts';
import { parseLabel, parseSection, parseTerms } from '../../../scripts/ingest/formats/nexis-uni/labels.ts';
import { languageCode } from '../../../scripts/ingest/formats/nexis-uni/language.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { sourceFromBytes } from '../../../scripts/ingest/read.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const DIR = path.join(FIXTURES, 'exports/nexis-uni');
const NBSP = '\u00a0';

function load(name: string): SourceFile {
  const absPath = path.join(DIR, name);
  return sourceFromBytes({ absPath, displayPath: `nexis-uni/${name}` }, readFileSync(absPath));
}

/** A source from lines written in the test (line numbers from 1). */
function fromLines(lines: string[]): SourceFile {
  return {
    absPath: '/x.txt',
    displayPath: 'x.txt',
    lines: lines.map((text, i) => ({ line: i + 1, text })),
    bytes: 0,
    diagnostics: [],
  };
}

const lineOf = (source: SourceFile, text: string, nth = 0): number =>
  source.lines.filter((l) => l.text.trim() === text.trim())[nth]!.line;

function roleOf(parse: ExportParse, line: number): LineRole | undefined {
  return parse.roles.get(line);
}

function expectAccounted(source: SourceFile, parse: ExportParse): void {
  const tally = accountLines(source, parse);
  expect(tally.unplaced.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
  expect(tally.doubled.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
}

describe('Nexis Uni TXT: cover page, CR line ends, BOM', () => {
  const source = load('cover-cr.txt');
  const parse = nexisUniFormat.parse(source);

  it('is detected, and reads the stated number of documents, duplicates included', () => {
    expect(nexisUniFormat.detect(source.lines)).toBe(true);
    expect(parse.format).toBe('nexis-uni');
    expect(parse.statedDocuments).toBe(3);
    expect(parse.documents.map((d) => d.title.text.trim())).toEqual([
      'Harbour ferry to run through the winter',
      'March 3, 2020 Tuesday',
      'Harbour ferry to run through the winter',
    ]);
    expect(parse.diagnostics).toEqual([]);
    expectAccounted(source, parse);
  });

  it('gives the cover page, the markers and the page furniture their blocks', () => {
    expect(roleOf(parse, lineOf(source, 'Job Number: 100200300'))).toEqual({ kind: 'block', block: 'cover' });
    expect(roleOf(parse, lineOf(source, '2. March 3, 2020 Tuesday'))).toEqual({
      kind: 'block',
      block: 'cover',
    });
    expect(roleOf(parse, lineOf(source, 'Body'))).toEqual({ kind: 'block', block: 'marker' });
    expect(roleOf(parse, lineOf(source, 'End of Document', 2))).toEqual({ kind: 'block', block: 'marker' });
    expect(roleOf(parse, lineOf(source, 'Graphic'))).toEqual({ kind: 'block', block: 'attachment' });
    const caption = lineOf(source, 'The old ferry at the north quay (Photo: Courier archive)');
    expect(roleOf(parse, caption)).toEqual({ kind: 'block', block: 'attachment' });
    expect(roleOf(parse, lineOf(source, 'Page 4 of 6'))).toEqual({ kind: 'block', block: 'boilerplate' });
    // The running head repeats the headline: furniture after the last document, not a title.
    const runningHead = lineOf(source, 'March 3, 2020 Tuesday', 2);
    expect(roleOf(parse, runningHead)).toEqual({ kind: 'block', block: 'boilerplate' });
  });

  it('reads the first document right after the cover, with all its metadata', () => {
    const first = parse.documents[0]!;
    expect(first.title.line).toBe(lineOf(source, 'Harbour ferry to run through the winter'));
    expect(first.metadata).toEqual({
      publication: 'The Fjord Courier',
      date: '2020-02-12T07:20Z',
      copyright: 'Copyright 2020 Fjord Courier Media All Rights Reserved',
      section: 'LOCAL',
      page: '4',
      statedWordCount: 1204,
      byline: 'By Ingrid Holm and Per Dahl, Courier Staff Writers',
      authors: ['Ingrid Holm', 'Per Dahl'],
      abstract: 'The council keeps the old ferry in service.\nA second season is planned.',
      loadDate: '2020-02-13',
    });
    const highlightMore = lineOf(source, 'A second season is planned.');
    expect(roleOf(parse, highlightMore)).toEqual({ kind: 'field', field: 'abstract', document: 0 });
  });

  it('keeps a double blank line and label-like lines inside the body', () => {
    expect(parse.documents[0]!.body.map((l) => l.text)).toEqual([
      'The harbour ferry will keep running through the winter months, the council said on Tuesday.',
      `Contact:${NBSP}the harbour office, which answers on weekdays.`,
      'The crossing takes eleven minutes.',
      'Page 2 of the timetable lists the winter departures.',
    ]);
  });

  it('does not take a headline that reads like a date for the date line', () => {
    const second = parse.documents[1]!;
    expect(second.metadata.publication).toBe('The Valley Student');
    expect(second.metadata.date).toBe('2020-03-03');
    expect(second.metadata.edition).toBe('University Wire');
    expect(second.metadata.copyright).toBe(
      'Copyright 2020 Valley Student Press\nAll Rights Reserved\nDistributed by Campus Content Agency',
    );
    expect(second.metadata.dateline).toBe('LAKETON, March 3');
    expect(second.body.map((l) => l.text)).toEqual([
      'The date in the headline is the name of a student play that opens tonight.',
      'May 5, 2020 is the last night it runs.',
    ]);
    expect(roleOf(parse, lineOf(source, 'University Wire'))).toEqual({
      kind: 'field',
      field: 'edition',
      document: 1,
    });
  });
});

describe('Nexis Uni TXT: CRLF, Dutch and German documents, classification blocks', () => {
  const source = load('localised-crlf.txt');
  const parse = nexisUniFormat.parse(source);

  it('reads both documents and accounts for every line', () => {
    expect(nexisUniFormat.detect(source.lines)).toBe(true);
    expect(parse.statedDocuments).toBe(2);
    expect(parse.documents).toHaveLength(2);
    expect(parse.diagnostics).toEqual([]);
    expectAccounted(source, parse);
    expect(roleOf(parse, lineOf(source, 'Quellen: Het Rivierblad; Content Type: News'))).toEqual({
      kind: 'block',
      block: 'cover',
    });
  });

  it('reads localised date lines, languages, and terms with their relevance', () => {
    const [nl, de] = parse.documents;
    expect(nl!.metadata).toMatchObject({
      publication: 'Het Rivierblad',
      date: '2017-10-04',
      section: 'BINNENLAND',
      page: '3',
      statedWordCount: 120,
      authors: ['Anouk de Vries'],
      language: 'nl',
      documentType: 'Krant',
      subjects: [
        { name: 'BRUGGEN', relevance: 92 },
        { name: 'VERKEER', relevance: 71 },
      ],
      organisations: [{ name: 'GEMEENTE RIVIERSTAD', relevance: 80 }],
      persons: [{ name: 'ANOUK DE VRIES', relevance: 55 }],
      places: [
        { name: 'RIVIERSTAD, NEDERLAND', relevance: 90 },
        { name: 'NEDERLAND', relevance: 79 },
      ],
      industries: [{ name: 'BOUW', relevance: 88 }],
      loadDate: '2017-10-05',
    });
    expect(de!.metadata).toMatchObject({ date: '2017-10-04T18:30+02:00', language: 'de' });
    expect(roleOf(parse, lineOf(source, 'Classification'))).toEqual({
      kind: 'block',
      block: 'classification',
    });
    expect(roleOf(parse, lineOf(source, `Journal Code:${NBSP}RVB`))).toEqual({
      kind: 'block',
      block: 'classification',
    });
    expect(roleOf(parse, lineOf(source, `Subject:${NBSP}BRÜCKEN (90%)`))).toEqual({
      kind: 'field',
      field: 'subjects',
      document: 1,
    });
  });
});

describe('Nexis Uni TXT: a slightly broken export', () => {
  const source = load('broken.txt');
  const parse = nexisUniFormat.parse(source);

  it('still reads every document, with a warning naming each problem and its line', () => {
    expect(parse.documents.map((d) => d.title.text)).toEqual([
      'Market hall reopens',
      'No date for this one',
      'Cut off at the end',
    ]);
    const where = (d: { line?: number; code: string }): string => `${d.code}@${d.line}`;
    expect(parse.diagnostics.map(where).sort()).toEqual(
      [
        `export-structure@${lineOf(source, 'Market hall reopens')}`,
        `export-structure@${lineOf(source, 'No date for this one')}`,
        `export-structure@${lineOf(source, 'The export stopped before this document ended.')}`,
        `document-count@${lineOf(source, 'Documents (4)')}`,
      ].sort(),
    );
    expect(
      parse.diagnostics.every((d) => d.severity === 'warning' && d.file === 'nexis-uni/broken.txt'),
    ).toBe(true);
    expectAccounted(source, parse);
  });

  it('takes the text after the labels as the body when the Body line is missing', () => {
    const first = parse.documents[0]!;
    expect(first.metadata).toMatchObject({ statedWordCount: 40, byline: 'Mo Reed', loadDate: '2020-01-21' });
    expect(first.body.map((l) => l.text)).toEqual([
      'The market hall opened its doors again after the repairs.',
      'Stall holders were pleased.',
    ]);
  });

  it('leaves a document without a date line undated, and reads a document cut off at the end', () => {
    expect(parse.documents[1]!.metadata.date).toBeUndefined();
    expect(parse.documents[1]!.metadata.publication).toBe('The Town Crier');
    expect(parse.documents[2]!.metadata.date).toBe('2020-01-23');
    expect(parse.documents[2]!.body.map((l) => l.text)).toEqual([
      'The export stopped before this document ended.',
    ]);
  });
});

describe('Nexis Uni: detection', () => {
  const single = [
    'A headline of one document',
    'The Daily Example',
    'June 1, 2021 Tuesday',
    '',
    'Copyright 2021 Daily Example',
    `Length:${NBSP}55 words`,
    'Body',
    'One paragraph.',
    'End of Document',
  ];

  it('fires on a document without a cover page', () => {
    expect(nexisUniFormat.detect(fromLines(single).lines)).toBe(true);
    const parse = nexisUniFormat.parse(fromLines(single));
    expect(parse.documents).toHaveLength(1);
    expect(parse.statedDocuments).toBeUndefined();
    expect(parse.documents[0]!.metadata.date).toBe('2021-06-01');
  });

  it('does not fire on plain text dumps, one-article files or older LexisNexis exports', () => {
    const dumps = [
      ['A title', '', 'A paragraph of text.', 'Another paragraph.', '', 'Source: The Daily Example'],
      ['A title', 'Body', 'Body text follows here.', 'Copyright 2021 Daily Example'],
      ['Length: 55 words', 'Body', 'A label with a plain space is not enough without a cover.'],
      ['                              1 of 2 DOCUMENTS', 'The Daily Example', 'LENGTH: 355 words', 'Text.'],
    ];
    for (const dump of dumps) expect(nexisUniFormat.detect(fromLines(dump).lines)).toBe(false);
  });

  it('never throws on input that is not an export', () => {
    for (const lines of [
      [],
      [''],
      ['End of Document'],
      ['Body'],
      ['Documents (2)', 'End of Document', 'x'],
    ]) {
      const source = fromLines(lines);
      const parse = nexisUniFormat.parse(source);
      expectAccounted(source, parse);
    }
  });
});

describe('Nexis Uni: where the cover ends and the head begins', () => {
  const cover = (first: string): string[] => [
    'Date and Time: Monday, March 2, 2020 9:15:00 AM EST',
    'Job Number: 1',
    'Documents (1)',
    `1. ${first}`,
    'Client/Matter: -None-',
    'Search Terms: rivers',
    'Sources: The Daily Example; Content Type: News',
    '',
    '',
  ];
  const head = [
    'June 1, 2021 Tuesday',
    'Copyright 2021 Daily Example',
    `Length:${NBSP}55 words`,
    'Body',
    'One paragraph.',
    'Load-Date: June 2, 2021',
    'End of Document',
  ];

  it('takes a numbered headline for the headline when the result list names it', () => {
    const source = fromLines([
      ...cover('5. Ways to cross a river'),
      '5. Ways to cross a river',
      'The Daily Example',
      ...head,
    ]);
    const parse = nexisUniFormat.parse(source);
    expect(parse.documents[0]!.title.text).toBe('5. Ways to cross a river');
    expect(parse.documents[0]!.metadata.publication).toBe('The Daily Example');
    expectAccounted(source, parse);
  });

  it('notices a first document without its publication line', () => {
    const source = fromLines([...cover('River levels fall'), 'River levels fall', ...head]);
    const parse = nexisUniFormat.parse(source);
    expect(parse.documents[0]!.title.text).toBe('River levels fall');
    expect(parse.documents[0]!.metadata.publication).toBeUndefined();
    expect(parse.diagnostics.map((d) => d.message)).toEqual(['no publication line after the headline']);
    expect(roleOf(parse, lineOf(source, 'Sources: The Daily Example; Content Type: News'))).toEqual({
      kind: 'block',
      block: 'cover',
    });
    expectAccounted(source, parse);
  });

  it('reads a Load-Date written with a plain space, and `Text` for `Body` after the labels', () => {
    const lines = [...cover('River levels fall'), 'River levels fall', 'The Daily Example', ...head].map(
      (t) => (t === 'Body' ? 'Text' : t),
    );
    const source = fromLines(lines);
    const parse = nexisUniFormat.parse(source);
    expect(parse.documents[0]!.body.map((l) => l.text)).toEqual(['One paragraph.']);
    expect(parse.documents[0]!.metadata.loadDate).toBe('2021-06-02');
    expect(parse.diagnostics).toEqual([]);
    expectAccounted(source, parse);
  });
});

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

describe('Nexis Uni: labels, bylines, languages', () => {
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

  it('splits sections, pages and terms', () => {
    expect(parseSection('MONEY; Pg. 1B')).toEqual({ section: 'MONEY', page: '1B' });
    expect(parseSection('POLITICS; Version:28')).toEqual({ section: 'POLITICS' });
    expect(parseSection('MONEY;; COVER STORY')).toEqual({ section: 'MONEY; COVER STORY' });
    expect(parseTerms('TRADE (90%); TARIFFS (71%); NO RELEVANCE')).toEqual([
      { name: 'TRADE', relevance: 90 },
      { name: 'TARIFFS', relevance: 71 },
      { name: 'NO RELEVANCE' },
    ]);
  });

  it.each([
    ['By Ann Lee, AP Business Writer', ['Ann Lee']],
    ['desk@example.com,  (Bo Ek)', ['Bo Ek']],
    ['By Ann Lee and Bo Ek, CNN', ['Ann Lee', 'Bo Ek']],
    ['Cy Moss; Special for The Example', ['Cy Moss']],
    ['Dee Rowe in Brussels', ['Dee Rowe']],
    ['Eli Park, Example Newspapers, Lake County', ['Eli Park']],
    ['States News Service', []],
  ])('byline %s → %j', (byline, authors) => {
    expect(bylineAuthors(byline)).toEqual(authors);
  });

  it.each([
    ['ENGLISH', 'en'],
    ['Deutsch', 'de'],
    ['German', 'de'],
    ['Anglais', 'en'],
    ['Nederlands', 'nl'],
    ['Korean', 'ko'],
    ['한국어', 'ko'],
    ['Español', 'es'],
  ])('language %s → %s', (name, code) => {
    expect(languageCode(name)).toBe(code);
  });

  it('knows no code for a name it cannot read', () => {
    expect(languageCode('Elvish')).toBeUndefined();
  });
});
