/**
 * ProQuest's "text only" export, on hand-written fixtures in its exact layout (CRLF, rules
 * of 60 underscores, labels that lost their spaces, text lines that look like labels, the
 * database's footer), and a broken export (warnings with their lines, still read).
 */
import { describe, expect, it } from 'vitest';
import { lexisNexisFormat } from '../../../scripts/ingest/formats/lexisnexis.ts';
import { proquestFormat } from '../../../scripts/ingest/formats/proquest.ts';
import type { SourceLine } from '../../../scripts/ingest/read.ts';
import { diagnosticLines, expectAccounted, fixture } from './export-checks.ts';

const parseFixture = (name: string) => {
  const source = fixture(`proquest/${name}`);
  return { source, parse: proquestFormat.parse(source) };
};
const lineOf = (lines: readonly SourceLine[], start: string): number =>
  lines.find((l) => l.text.startsWith(start))?.line ?? -1;

describe('proquest: every fixture', () => {
  for (const name of ['numbered.txt', 'unnumbered.txt', 'broken.txt']) {
    it(`${name}: detected, every line placed once, every field line filling its field`, () => {
      const { source, parse } = parseFixture(name);
      expect(proquestFormat.detect(source.lines)).toBe(true);
      expect(lexisNexisFormat.detect(source.lines)).toBe(false);
      expectAccounted(source, parse);
    });
  }
});

describe('proquest: numbered (Document N of M)', () => {
  const { source, parse } = parseFixture('numbered.txt');
  const [bridge, ferries, pont] = parse.documents;

  it('reads the three documents the export states, without a word of complaint', () => {
    expect(parse.statedDocuments).toBe(3);
    expect(parse.documents.map((d) => d.title.text)).toEqual([
      'Harbour bridge to close for six weeks',
      'Ferries double their crossings',
      'Le pont fermé six semaines',
    ]);
    expect(parse.diagnostics).toEqual([]);
  });

  it('gives rules and numbering the marker, the footer the boilerplate', () => {
    expect(parse.roles.get(1)).toEqual({ kind: 'block', block: 'marker' });
    expect(parse.roles.get(3)).toEqual({ kind: 'block', block: 'marker' });
    expect(parse.roles.get(lineOf(source.lines, 'Contact us at:'))).toEqual({
      kind: 'block',
      block: 'boilerplate',
    });
    expect(parse.roles.get(lineOf(source.lines, 'Terms and Conditions:'))).toEqual({
      kind: 'block',
      block: 'boilerplate',
    });
  });

  it('takes the text from Full text: to the labelled fields, label-like lines included', () => {
    expect(bridge?.body.map((l) => l.text)).toEqual([
      'The harbour bridge will close to all traffic on Monday for six weeks, the city council said yesterday.',
      'Engineers will replace the main cables, which date from 1931.',
      'Location: the council chamber, where the decision was taken on Tuesday.',
      'Twitter: @examplecouncil',
      'The ferry service will run twice as often during the works.',
      'CAPTION: The harbour bridge at dawn.',
      'CREDIT: Jane Doe Richard Roe',
    ]);
    expect(bridge?.body[0]?.line).toBe(18);
    expect(ferries?.body.map((l) => l.text)).toContain('Martin Example: The queues will be short.');
  });

  it('fills the metadata, labels without their spaces included', () => {
    expect(bridge?.metadata).toMatchObject({
      publication: 'The Example Star; Springfield, Exa.',
      date: '2011-03-03',
      page: 'A.4',
      section: 'News',
      byline: 'Doe, Jane; Roe, Richard',
      authors: ['Doe, Jane', 'Roe, Richard'],
      abstract:
        'The harbour bridge will close for six weeks while engineers replace its cables. The ferry service will run twice as often.',
      language: 'en',
      documentType: 'News',
      documentId: '1000000001',
      url: 'https://www.proquest.com/newspapers/harbour-bridge-close-six-weeks/docview/1000000001/se-2?accountid=1',
      loadDate: '2011-03-04',
      copyright: 'Copyright 2011 Example Star Newspapers Limited. All Rights Reserved.',
      places: [{ name: 'Springfield' }],
      persons: [{ name: 'Mayor, Ann' }],
      organisations: [{ name: 'Springfield City Council' }],
    });
    expect(parse.roles.get(lineOf(source.lines, 'ProQuestdocument ID:'))).toEqual({
      kind: 'field',
      field: 'documentId',
      document: 0,
    });
    expect(parse.roles.get(lineOf(source.lines, 'Placeof publication:'))).toEqual({
      kind: 'block',
      block: 'classification',
    });
  });

  it('takes all the lines of a field that goes on over several', () => {
    expect(bridge?.metadata.subjects?.map((t) => t.name)).toEqual([
      'Bridges',
      'Infrastructure',
      'Ferries',
      'Local government',
      'Public works',
    ]);
    expect(parse.roles.get(27)).toEqual({ kind: 'field', field: 'subjects', document: 0 });
    expect(parse.roles.get(14)).toEqual({ kind: 'field', field: 'abstract', document: 0 });
  });

  it('sets no abstract for "None available", and reads the language name', () => {
    expect(ferries?.metadata.abstract).toBeUndefined();
    expect(pont?.metadata.language).toBe('fr');
  });
});

describe('proquest: unnumbered', () => {
  const { source, parse } = parseFixture('unnumbered.txt');
  const [letter, blog] = parse.documents;

  it('states no count, and keeps a title that looks like a label', () => {
    expect(parse.statedDocuments).toBeUndefined();
    expect(letter?.title.text).toBe('Opinion Pieces: The bridge closure is overdue, March 2');
    expect(parse.diagnostics).toEqual([]);
  });

  it('dates by Publication info when there is no Publication date', () => {
    expect(letter?.metadata.date).toBe('2011-03-04');
  });

  it('keeps a CREDIT line after a blank line in the text', () => {
    expect(letter?.body.at(-1)?.text).toBe('CREDIT: ;');
  });

  it('takes the clean URL when the Document URL has a space in it', () => {
    expect(letter?.metadata.url).toBe(
      'https://www.proquest.com/newspapers/opinion-pieces-bridge-closure-overdue/docview/1000000004/se-2?accountid=1',
    );
  });

  it('keeps an unknown label among the fields out of the text and out of the field above it', () => {
    expect(blog?.metadata.subjects).toEqual([{ name: 'Ferries' }]);
    expect(blog?.body.map((l) => l.text)).not.toContain('Regional code: EXA-1');
    expect(parse.roles.get(lineOf(source.lines, 'Regional code:'))).toEqual({
      kind: 'block',
      block: 'classification',
    });
  });

  it('takes the source type for the document type when there is none', () => {
    expect(blog?.metadata.documentType).toBe('Blog, Podcast, or Website');
    expect(blog?.metadata.publication).toBe('Springfield');
  });
});

describe('proquest: a broken export', () => {
  const { parse } = parseFixture('broken.txt');

  it('reads what it can and names each problem with its line', () => {
    expect(parse.documents.map((d) => d.title.text)).toEqual([
      'Harbour bridge tolls to rise',
      'Cable work begins',
      'Ferries busy on first day',
    ]);
    expect(diagnosticLines(parse)).toEqual([
      '21 export-structure: document 1: the date "Winter 2011" states no day: dated to the year (2011)',
      '23 export-structure: document 1: language "Elvish" not known',
      '10 export-structure: document 1: no `Full text:`: the abstract is the text',
      '36 export-structure: document 2: no title above the fields: the title is the `Title:` field',
      '52 export-structure: document 3: no publication date: dated by its `Last updated:` date (2011-03-08)',
      '6 document-count: the export states 4 documents; 3 read',
    ]);
  });

  it('makes the abstract the text of a record without its text', () => {
    const [tolls] = parse.documents;
    expect(tolls?.body.map((l) => l.text)).toEqual([
      'Tolls on the harbour bridge will rise by ten per cent next year,',
      'the council said.',
    ]);
    expect(tolls?.metadata.abstract).toBeUndefined();
  });

  it('gives the search lines above the first rule to the cover', () => {
    expect(parse.roles.get(1)).toEqual({ kind: 'block', block: 'cover' });
  });
});

describe('proquest: detect', () => {
  it('does not fire on plain text with a rule, nor on a LexisNexis export', () => {
    const lines = [
      'Harbour bridge to close',
      '',
      '_'.repeat(60),
      '',
      'Abstract: a short one.',
      'The end.',
    ].map((text, i) => ({ line: i + 1, text }));
    expect(proquestFormat.detect(lines)).toBe(false);
    const lexis = fixture('lexisnexis/english.TXT');
    expect(proquestFormat.detect(lexis.lines)).toBe(false);
  });
});
