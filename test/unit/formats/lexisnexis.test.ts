/**
 * The older LexisNexis text export, on hand-written fixtures in its exact layout (BOM, CRLF,
 * centred lines, no-break spaces): English, German, French and Dutch labels, the layout
 * without centring, and a broken download (warnings with their lines, still read).
 */
import { describe, expect, it } from 'vitest';
import { lexisNexisFormat } from '../../../scripts/ingest/formats/lexisnexis.ts';
import { proquestFormat } from '../../../scripts/ingest/formats/proquest.ts';
import { diagnosticLines, expectAccounted, fixture, linesOf } from './export-checks.ts';

const parseFixture = (name: string) => {
  const source = fixture(`lexisnexis/${name}`);
  return { source, parse: lexisNexisFormat.parse(source) };
};

describe('lexisnexis: every fixture', () => {
  for (const name of ['english.TXT', 'german.txt', 'french.txt', 'dutch.txt', 'broken.txt']) {
    it(`${name}: detected, every line placed once, every field line filling its field`, () => {
      const { source, parse } = parseFixture(name);
      expect(lexisNexisFormat.detect(source.lines)).toBe(true);
      expect(proquestFormat.detect(source.lines)).toBe(false);
      expectAccounted(source, parse);
    });
  }
});

describe('lexisnexis: English (BOM, CRLF, cover page)', () => {
  const { source, parse } = parseFixture('english.TXT');
  const [first, second, photo] = parse.documents;

  it('reads all three documents, the first included, and the stated count', () => {
    expect(parse.documents).toHaveLength(3);
    expect(parse.statedDocuments).toBe(3);
    expect(diagnosticLines(parse)).toEqual([
      '122 export-structure: document 3 of 3: no text but a graphic caption: the caption is the text',
    ]);
  });

  it('gives the cover and the separators their blocks', () => {
    expect(parse.roles.get(4)).toEqual({ kind: 'block', block: 'cover' });
    expect(parse.roles.get(21)).toEqual({ kind: 'block', block: 'marker' });
  });

  it('takes the top: publication, date, edition; the headline over two lines', () => {
    expect(first?.title).toEqual({
      line: 31,
      text: 'Harbour bridge to close for repairs; Ferry service doubled while engineers replace the cables',
    });
    expect(parse.roles.get(32)).toEqual({ kind: 'field', field: 'title', document: 0 });
    expect(first?.metadata).toMatchObject({
      publication: 'The Example Gazette (London)',
      date: '2011-03-03',
      edition: 'Edition 1; National Edition',
      section: 'NEWS; Pg. 4',
      page: '4',
      statedWordCount: 412,
      loadDate: '2011-03-04',
      language: 'en',
      documentType: 'Newspaper',
      copyright: 'Copyright 2011 Example Gazette Newspapers Ltd All Rights Reserved',
    });
  });

  it('keeps a HIGHLIGHT on the line below the byline out of the byline (LexisNexisTools#10)', () => {
    expect(first?.metadata.byline).toBe('Jane Doe');
    expect(first?.metadata.authors).toEqual(['Jane Doe']);
    expect(first?.metadata.abstract).toBe(
      'The crossing shuts for six weeks from Monday, and the ferries will run twice as often.',
    );
  });

  it('gives every physical line of the text as a body line, label-like lines included', () => {
    const body = first?.body.map((l) => l.text) ?? [];
    expect(body[0]).toBe('The harbour bridge will close to all traffic on Monday for six weeks while');
    expect(body).toContain("LENGTH: 320 metres. WIDTH: 18 metres. The figures come from the council's");
    expect(body).toContain('Schedule for Monday, March 7, 2011');
    expect(body.at(-1)).toBe('Drivers are asked to use the ring road.');
    expect(body).toHaveLength(8);
  });

  it('takes the date and time from the date line, never from the headline (#19, #23)', () => {
    expect(second?.title.text).toBe('Elections on March 4, 2011 draw record crowds');
    expect(second?.metadata.date).toBe('2011-03-04T16:35Z');
    expect(second?.metadata.authors).toEqual(['Richard Roe', 'Ann Example']);
    expect(second?.metadata.dateline).toBe('SPRINGFIELD, March 4');
    expect(second?.metadata.subjects).toEqual([
      { name: 'ELECTIONS', relevance: 92 },
      { name: 'VOTER TURNOUT', relevance: 88 },
      { name: 'LOCAL GOVERNMENT', relevance: 71 },
    ]);
    expect(second?.body.map((l) => l.text)).toContain('MID: Counting starts at ten');
    expect(parse.roles.get(source.lines.findIndex((l) => l.text.startsWith('GRAPHIC: Voters')) + 1)).toEqual({
      kind: 'block',
      block: 'attachment',
    });
  });

  it('makes the caption of a photo-only document its text', () => {
    expect(photo?.title.text).toBe('Sunrise over the harbour');
    expect(photo?.body.map((l) => l.text)).toEqual([
      'The harbour bridge at dawn, two days before it closes for',
      'repairs. Photograph: Example Staff',
    ]);
    expect(photo?.body[0]?.line).toBe(122);
  });
});

describe('lexisnexis: German, French and Dutch labels', () => {
  it('German: AUTOR, RUBRIK, LÄNGE … Wörter, UPDATE, SPRACHE; a copyright wrapped over three lines', () => {
    const { parse } = parseFixture('german.txt');
    const [a, b] = parse.documents;
    expect(parse.statedDocuments).toBe(2);
    expect(a?.metadata).toMatchObject({
      publication: 'Beispiel-Zeitung',
      date: '2011-09-01',
      byline: 'Max Mustermann',
      section: 'S. 9 Ausg. 201',
      page: '9',
      statedWordCount: 298,
      loadDate: '2011-09-03',
      language: 'de',
      documentType: 'Zeitung',
      copyright:
        'Copyright 2011 Beispiel Verlagsgesellschaft für Wirtschafts- und Finanznachrichten GmbH & Co. KG Alle Rechte Vorbehalten',
    });
    // The headline above the date, an unlabelled author below it, the labels after the text,
    // and an empty HIGHLIGHT with its text in the paragraph below.
    expect(b?.title.text).toBe('HAFENBRUECKE WIRD FUER SECHS WOCHEN GESPERRT');
    expect(b?.metadata).toMatchObject({
      date: '2011-04-15',
      byline: 'Erika Beispiel',
      dateline: 'Wien',
      section: 'WIRTSCHAFT; Pg. 3',
      statedWordCount: 182,
      abstract: 'Die Reparatur der Hafenbrücke kostet zwei Millionen Euro.',
      language: 'de',
    });
    expect(b?.body.map((l) => l.text)).toEqual([
      'Wien. Die Sperrung der Hafenbrücke kostet die Stadt rund zwei Millionen',
      'Euro, wie aus einer Berechnung des Bauamts hervorgeht.',
    ]);
  });

  it('French: AUTEUR, RUBRIQUE, LONGUEUR … mots; TITRE, SIGNATURE, CHAPEAU and ARTICLE', () => {
    const { parse } = parseFixture('french.txt');
    const [a, b] = parse.documents;
    expect(a?.metadata).toMatchObject({
      publication: "L'Exemple",
      date: '2004-06-12',
      byline: 'Sophie EXEMPLE',
      section: 'VILLE',
      statedWordCount: 512,
      loadDate: '2004-07-02',
      language: 'fr',
      documentType: 'Quotidien',
    });
    expect(b?.title.text).toBe('Le championnat continue malgré la pluie; Peu de matches annulés ce week-end');
    expect(b?.metadata).toMatchObject({
      publication: 'Le Modèle',
      copyright: 'Copyright 2004 Le Modèle',
      date: '2004-02-28',
      authors: ['Jean Dupont', 'Marie Martin'],
      abstract:
        'Les compétitions sont peu touchées par les intempéries, selon la fédération. Deux matches seulement ont été reportés.',
    });
    expect(b?.body.map((l) => l.text)).toEqual([
      "Le championnat de football continue comme si de rien n'était, malgré la",
      'pluie qui tombe depuis vendredi.',
    ]);
  });

  it('Dutch: KOP is the headline, TEKST starts the text; the layout without any centring', () => {
    const { parse } = parseFixture('dutch.txt');
    const [a, flat] = parse.documents;
    expect(a?.title).toEqual({ line: 28, text: 'Havenbrug zes weken dicht' });
    expect(a?.metadata).toMatchObject({
      publication: 'De Voorbeeldkrant',
      date: '2002-10-15',
      byline: 'JANSEN, PIET',
      authors: ['JANSEN, PIET'],
      statedWordCount: 171,
      language: 'nl',
      documentType: 'Paper',
      loadDate: '2002-10-17',
    });
    expect(a?.body[0]?.text).toBe('Van onze verslaggever');
    expect(parse.roles.get(32)).toEqual({ kind: 'block', block: 'marker' });
    expect(flat?.title.text).toBe("'Havenbrug zes weken dicht'");
    expect(flat?.metadata).toMatchObject({
      publication: 'De Voorbeeldkrant Online',
      url: 'http://www.example.nl/nieuws/economie/2016/04/10/havenbrug-zes-weken-dicht-voor-onderhoud.html',
      date: '2016-04-10',
      statedWordCount: 176,
    });
    expect(flat?.body.map((l) => l.text)).toEqual([
      '\u00a0\u00a0\u00a0 Lees verder De havenbrug gaat maandag zes weken dicht voor onderhoud',
      'aan de kabels...',
    ]);
  });
});

describe('lexisnexis: a broken download', () => {
  const { parse } = parseFixture('broken.txt');

  it('reads what it can and names each problem with its line', () => {
    expect(parse.documents.map((d) => d.title.text)).toEqual([
      'FLASH: HARBOUR BRIDGE REOPENS AHEAD OF SCHEDULE',
      'Harbour works: a timeline',
      'Bridges of the region',
    ]);
    expect(parse.statedDocuments).toBe(5);
    expect(diagnosticLines(parse)).toEqual([
      '14 export-structure: document 1 of 5: no headline: the first line of the text is the title',
      '14 export-structure: document 1 of 5: no text',
      '23 export-structure: "2 of 50 DOCUMENTS" states 50 documents, the others 5',
      '23 export-structure: document 2 of 50: no headline and no text (an error document of the download?): not read',
      '49 export-structure: document 4 of 5: language "KLINGON" not known',
      '37 export-structure: document 4 of 5: no publication date: dated by its load date (2016-05-04)',
      '56 export-structure: document 5 of 5: the date "Spring, 2016" states no day: dated to the year (2016)',
      '3 document-count: the export states 5 documents; 3 read from 4 `N of M` lines (1 without headline or text)',
    ]);
  });

  it('dates by the load date only when no date is printed, and never invents a day', () => {
    const [, timeline, bridges] = parse.documents;
    expect(parse.documents[0]?.metadata.date).toBe('2016-05-02T21:40-05:00');
    expect(timeline?.metadata.date).toBe('2016-05-04');
    // "Spring, 2016": the year it states, not the load date's day.
    expect(bridges?.metadata.date).toBe('2016');
    expect(bridges?.metadata.loadDate).toBe('2016-05-05');
  });

  it('gives the lines of the error document to the boilerplate', () => {
    expect(parse.roles.get(26)).toEqual({ kind: 'block', block: 'boilerplate' });
  });
});

describe('lexisnexis: detect', () => {
  it('does not fire on a plain text dump, a one-article file or a ProQuest export', () => {
    const dump = linesOf(
      'Harbour bridge to close\n\nThe bridge closes on Monday.\n\nSource: The Example Gazette\nCopyright 2011 Example Ltd\n',
    );
    expect(lexisNexisFormat.detect(dump)).toBe(false);
    const article = linesOf('Harbour bridge to close\n\nBYLINE: Jane Doe\n\nThe bridge closes on Monday.\n');
    expect(lexisNexisFormat.detect(article)).toBe(false);
    const proquest = fixture('proquest/numbered.txt');
    expect(lexisNexisFormat.detect(proquest.lines)).toBe(false);
  });

  it('never throws on a file without separators', () => {
    const parse = lexisNexisFormat.parse({
      absPath: '/x.txt',
      displayPath: 'x.txt',
      lines: linesOf('Harbour bridge to close\n\nLENGTH: 10 words\n\nThe bridge closes.\n'),
      bytes: 0,
      diagnostics: [],
    });
    expect(parse.documents.map((d) => d.title.text)).toEqual(['Harbour bridge to close']);
    expect(diagnosticLines(parse)[0]).toContain('no `N of M DOCUMENTS` line');
  });
});
