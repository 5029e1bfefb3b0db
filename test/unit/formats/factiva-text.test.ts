import { describe, expect, it } from 'vitest';
import { factivaTextFormat } from '../../../scripts/ingest/formats/factiva-text.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { fixture, linesOf, parseAccounted, sourceOfLines } from './export-checks.ts';

const parse = (source: SourceFile) => parseAccounted(factivaTextFormat, source);
const lineNumber = (source: SourceFile, text: string): number =>
  source.lines.find((l) => l.text === text)!.line;

describe('Factiva labelled text: detection', () => {
  it('knows the labelled text, its RTF and the pipe form', () => {
    for (const name of ['labelled.txt', 'labelled.rtf', 'pipe.txt', 'broken.txt']) {
      expect(factivaTextFormat.detect(fixture(`factiva-text/${name}`).lines), name).toBe(true);
    }
  });

  it('does not fire on Factiva HTML, plain articles or a stray label', () => {
    for (const name of ['english-ui.html', 'cjk.html']) {
      expect(factivaTextFormat.detect(fixture(`factiva-html/${name}`).lines), name).toBe(false);
    }
    const dump = linesOf(
      'Ferry returns\n\nThe ferry is back.\n\nHD\nThe label above is an abbreviation.\n\nSource: Riverside Gazette\nCopyright 2017',
    );
    expect(factivaTextFormat.detect(dump)).toBe(false);
    expect(factivaTextFormat.detect(linesOf('One article\n\nIts only paragraph.'))).toBe(false);
  });
});

describe('Factiva labelled text: documents', () => {
  it('reads every field of a document', () => {
    const source = fixture('factiva-text/labelled.txt');
    const { documents, diagnostics, roles } = parse(source);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.title.text.trim())).toEqual([
      'Harbour ferry returns after winter repairs.',
      '항구 도시에 새 여객선 취항',
      'Neue Fähre über den Mühlensee',
    ]);
    const [ferry] = documents;
    expect(ferry!.metadata).toEqual({
      section: 'City',
      byline: 'By Marta Okonjo and Liam Chen.',
      authors: ['Marta Okonjo', 'Liam Chen'],
      statedWordCount: 1204,
      date: '2017-11-13T09:30Z',
      publication: 'The Riverside Gazette',
      edition: 'Late Edition - Final',
      page: 'A1',
      language: 'en',
      copyright: '(c) 2017 Riverside Gazette Company. All Rights Reserved.',
      organisations: [{ name: 'Harbour Lines Ltd' }],
      industries: [{ name: 'Water Transport' }, { name: 'Transportation/Logistics' }],
      subjects: [{ name: 'Transport' }, { name: 'Political/General News' }],
      places: [{ name: 'Riverside' }, { name: 'Europe' }],
      documentId: 'rivg000020171113edbd0001a',
    });
    // LP and TD are the article's text, in order.
    expect(ferry!.body.map((l) => l.text.trim())).toEqual([
      'RIVERSIDE, Nov. 12 -- The old harbour ferry was back on the water on Sunday after a winter in dry dock.',
      'The first crossing cost €2 and was full, café and all.',
      'The operator said the hull had been re-plated.',
      '"We kept the old benches," the captain said.',
    ]);
    expect(roles.get(lineNumber(source, '   LP'))).toEqual({ kind: 'block', block: 'marker' });
    expect(roles.get(lineNumber(source, 'PR'))).toEqual({ kind: 'block', block: 'classification' });
    expect(roles.get(lineNumber(source, '09:30 GMT'))).toEqual({ kind: 'field', field: 'date', document: 0 });
    expect(roles.get(lineNumber(source, 'Photo: the ferry at the north pier.'))).toEqual({
      kind: 'block',
      block: 'attachment',
    });
    expect(roles.get(lineNumber(source, 'Ferries | Harbours'))).toEqual({
      kind: 'block',
      block: 'classification',
    });
  });

  it('reads CJK documents: 字 word counts, 年 月 日 dates, 韩文', () => {
    const { documents } = parse(fixture('factiva-text/labelled.txt'));
    expect(documents[1]!.metadata).toEqual({
      byline: '김민지 기자',
      authors: ['김민지'],
      statedWordCount: 8165,
      date: '2018-10-07',
      publication: '한빛일보',
      language: 'ko',
      copyright: 'Copyright © 2018 한빛일보',
      subjects: [{ name: '交通运输' }],
      documentId: 'hanbit0020181007eea70000k',
    });
    expect(documents[1]!.body.map((l) => l.text.trim())).toEqual([
      '부산항과 제주항을 잇는 새 여객선이 7일 첫 운항을 시작했다.',
      '운영사는 하루 두 차례 왕복한다고 밝혔다.',
    ]);
  });

  it('reads German labels values and a column before the headline', () => {
    const { documents } = parse(fixture('factiva-text/labelled.txt'));
    expect(documents[2]!.metadata).toMatchObject({
      section: 'Lokales',
      statedWordCount: 1285,
      date: '2017-03-09',
      language: 'de',
    });
  });

  it('reads the RTF export into the same documents as its text', () => {
    const text = parse(fixture('factiva-text/labelled.txt')).documents;
    const rtf = parse(fixture('factiva-text/labelled.rtf')).documents;
    const view = (docs: typeof text) =>
      docs.map((d) => ({
        title: d.title.text.trim(),
        body: d.body.map((l) => l.text.trim()),
        metadata: d.metadata,
      }));
    expect(view(rtf)).toEqual(view(text));
  });

  it('reads the pipe form HD|value| without its labels and cell ends', () => {
    const source = fixture('factiva-text/pipe.txt');
    const { documents, diagnostics, roles } = parse(source);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(2);
    const [first] = documents;
    expect(first!.title).toEqual({ line: 1, text: ' Ferry timetable changes for the winter ' });
    expect(first!.body.map((l) => [l.line, l.text.trim()])).toEqual([
      [9, 'The winter timetable starts on Monday.'],
      [11, 'The last crossing leaves at nine.'],
      [12, 'Passengers can still buy tickets on board.'],
    ]);
    expect(first!.metadata).toMatchObject({
      byline: 'By Liam Chen',
      statedWordCount: 120,
      date: '2019-05-03',
      language: 'en',
      documentId: 'rivg000020190503ef5300001',
    });
    expect(roles.get(13)).toEqual({ kind: 'block', block: 'marker' }); // the lone `|`
    expect(roles.get(6)).toEqual({ kind: 'block', block: 'classification' }); // SC|TOI|
  });

  it('reads rows written with a pipe before the label too', () => {
    const rows = [
      '|HD| A headline |',
      '|WC|12 words|',
      '|PD|3 May 2019|',
      '|SN|Gazette|',
      '|TD| Text.|',
      '|AN|Document abcd000020190503ef5300001|',
    ];
    const { documents } = parse(sourceOfLines(linesOf(rows.join('\n'))));
    expect(documents.map((d) => [d.title.text, d.body.map((l) => l.text), d.metadata.date])).toEqual([
      [' A headline ', [' Text.'], '2019-05-03'],
    ]);
  });

  it('tells a label-shaped value from a label by what follows it', () => {
    const source = sourceOfLines(
      linesOf(
        [
          ' HD',
          ' Headline',
          '   SC',
          'IN',
          '   PG',
          '4',
          '   BY',
          '   LA',
          'English',
          '   TD',
          ' Text.',
          '   AN',
          'Document abcd000020200101eg1100001',
        ].join('\n'),
      ),
    );
    const { documents, roles } = parse(source);
    expect(roles.get(4)).toEqual({ kind: 'block', block: 'classification' }); // `IN`, the source code
    expect(roles.get(8)).toEqual({ kind: 'block', block: 'marker' }); // LA after an empty BY
    expect(documents[0]!.metadata).toMatchObject({ page: '4', language: 'en' });
    expect(documents[0]!.metadata.byline).toBeUndefined();
  });
});

describe('Factiva labelled text: a broken export', () => {
  it('still reads every document, with warnings at their lines', () => {
    const source = fixture('factiva-text/broken.txt');
    const { documents, diagnostics, roles } = parse(source);
    expect(documents.map((d) => d.title.text.trim())).toEqual([
      'Valley won the cup final on Saturday.',
      'Bridge closed for inspection',
      'Library opens on Sundays',
    ]);
    expect(diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [4, 'export-structure', 'a Factiva document without its HD (headline) label'],
      [13, 'export-structure', 'no headline (HD): the first line of the text is taken as the title'],
      [21, 'export-structure', 'the headline (HD) runs over several lines; the rest is kept as text'],
      [23, 'export-structure', 'not a word count: "many words"'],
      [25, 'export-structure', 'a date without its day: "April 2019"'],
      [29, 'export-structure', 'language "Klingon" not known'],
    ]);
    expect(diagnostics.every((d) => d.file === 'factiva-text/broken.txt' && d.severity === 'warning')).toBe(
      true,
    );
    // A day-less date is not a date; an unknown language is not a language.
    expect(documents[1]!.metadata).toEqual({ publication: 'The Valley Courier' });
    expect(documents[1]!.body.map((l) => l.text.trim())).toEqual([
      'All week, says the council',
      'The river bridge will be closed all week for an inspection.',
    ]);
    // An SC without its value does not swallow the LA after it; a time without zone stays local.
    expect(documents[2]!.metadata).toMatchObject({ date: '2019-05-05T10:15', language: 'en' });
    for (const line of [1, 2, 49, 50]) expect(roles.get(line)).toEqual({ kind: 'block', block: 'cover' });
  });

  it('never throws on lines that are not an export', () => {
    const source = sourceOfLines(linesOf('   AN\n\n   HD'));
    const { documents, diagnostics } = factivaTextFormat.parse(source);
    expect(documents).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
  });
});
