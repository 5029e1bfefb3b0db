import { describe, expect, it } from 'vitest';
import type { ExportParse, LineRole } from '../../../scripts/ingest/core/export-format.ts';
import { nexisUniFormat } from '../../../scripts/ingest/formats/nexis-uni.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { expectAccounted, fixture, sourceOfLines } from './export-checks.ts';

const NBSP = '\u00a0';

const load = (name: string): SourceFile => fixture(`nexis-uni/${name}`);
/** A source from lines written in the test (line numbers from 1). */
const fromLines = (lines: string[]): SourceFile => sourceOfLines(lines.join('\n'), 'x.txt');

const lineOf = (source: SourceFile, text: string, nth = 0): number =>
  source.lines.filter((l) => l.text.trim() === text.trim())[nth]!.line;

function roleOf(parse: ExportParse, line: number): LineRole | undefined {
  return parse.roles.get(line);
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

  it('leaves a document dated by month only undated, with a warning, and makes up no day', () => {
    const source = fromLines(single.map((t) => (t === 'June 1, 2021 Tuesday' ? 'June 2021' : t)));
    const parse = nexisUniFormat.parse(source);
    expect(parse.documents[0]!.metadata.date).toBeUndefined();
    expect(parse.documents[0]!.metadata.publication).toBe('The Daily Example');
    expect(parse.diagnostics).toMatchObject([{ code: 'export-structure', line: 3 }]);
    expect(roleOf(parse, 3)).toEqual({ kind: 'block', block: 'marker' });
    expectAccounted(source, parse);
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
