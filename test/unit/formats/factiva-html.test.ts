import { describe, expect, it } from 'vitest';
import { factivaHtmlFormat } from '../../../scripts/ingest/formats/factiva-html.ts';
import type { SourceFile } from '../../../scripts/ingest/read.ts';
import { fixture, linesOf, parseAccounted } from './export-checks.ts';

const parse = (source: SourceFile) => parseAccounted(factivaHtmlFormat, source);
const lineOf = (source: SourceFile, text: string): number => source.lines.find((l) => l.text === text)!.line;

describe('Factiva HTML: detection', () => {
  it('knows Factiva pages by their article markers and headlines', () => {
    for (const name of ['english-ui.html', 'latin1-declared-utf8.html', 'cjk.html', 'broken.html']) {
      expect(factivaHtmlFormat.detect(fixture(`factiva-html/${name}`).lines), name).toBe(true);
    }
  });

  it('does not fire on text, the labelled text export or other HTML', () => {
    for (const name of ['labelled.txt', 'labelled.rtf', 'pipe.txt']) {
      expect(factivaHtmlFormat.detect(fixture(`factiva-text/${name}`).lines), name).toBe(false);
    }
    expect(factivaHtmlFormat.detect(linesOf('enArticle\nenHeadline\n808 words\n13 November 2017'))).toBe(
      false,
    );
    const otherPage = [
      { line: 1, text: 'Blog', hint: 'start:site-header' },
      { line: 2, text: 'A post', hint: 'post-title' },
      { line: 3, text: 'Its text.', hint: 'post-body' },
    ];
    expect(factivaHtmlFormat.detect(otherPage)).toBe(false);
  });
});

describe('Factiva HTML: articles', () => {
  it('reads the unlabelled fields by their place, and the page around them as blocks', () => {
    const source = fixture('factiva-html/english-ui.html');
    const { documents, diagnostics, roles, statedDocuments } = parse(source);
    expect(diagnostics).toEqual([]);
    expect(statedDocuments).toBeUndefined();
    expect(documents.map((d) => d.title.text)).toEqual([
      'Harbour Ferry Returns After Winter Repairs',
      'Letters: On the Ferry Timetable',
    ]);
    const [ferry, letters] = documents;
    expect(ferry!.metadata).toEqual({
      section: 'City; A',
      byline: 'By MARTA OKONJO',
      authors: ['MARTA OKONJO'],
      statedWordCount: 808,
      date: '2017-11-13',
      publication: 'The Riverside Gazette',
      edition: 'Late Edition - Final',
      page: 'A1',
      language: 'en',
      copyright: 'Copyright 2017 Riverside Gazette Company. All Rights Reserved.',
      documentId: 'RIVG000020171113edbd0001a',
    });
    expect(ferry!.body.map((l) => l.text)).toEqual([
      'RIVERSIDE, Nov. 12 -- The old harbour ferry was back on the water on Sunday after a winter in dry dock, and the first crossing was full.',
      'The operator, Harbour Lines, said the hull had been re-plated and the engines rebuilt & tested.',
      '"We kept\u00a0the old benches," the captain said.',
      '"People asked for them."',
    ]);
    expect(letters!.metadata).toEqual({
      statedWordCount: 1204,
      date: '2017-11-14T09:30Z',
      publication: 'The Riverside Gazette',
      language: 'en',
      copyright: '(c) 2017 Riverside Gazette Company',
      documentId: 'RIVG000020171114edbe0002b',
    });
    const role = (text: string) => roles.get(lineOf(source, text));
    expect(role('Factiva')).toEqual({ kind: 'block', block: 'boilerplate' });
    expect(role('Special to The Riverside Gazette')).toEqual({ kind: 'block', block: 'classification' });
    expect(role('RIVG')).toEqual({ kind: 'block', block: 'classification' });
    expect(role('Vol. 12, No. 3')).toEqual({ kind: 'block', block: 'classification' });
    expect(role('Photo: The ferry leaving the north pier on Sunday.')).toEqual({
      kind: 'block',
      block: 'attachment',
    });
    expect(role('Riverside Gazette Digital')).toEqual({ kind: 'block', block: 'boilerplate' });
    expect(role('Search Summary')).toEqual({ kind: 'block', block: 'cover' });
    expect(role('48')).toEqual({ kind: 'block', block: 'cover' });
    expect(role('© 2017 Factiva, Inc. All rights reserved.')).toEqual({
      kind: 'block',
      block: 'boilerplate',
    });
    expect(ferry!.startLine).toBe(lineOf(source, 'City; A'));
    expect(ferry!.endLine).toBe(lineOf(source, 'Document RIVG000020171113edbd0001a'));
  });

  it('reads a German interface page whose charset lies', () => {
    const source = fixture('factiva-html/latin1-declared-utf8.html');
    expect(source.diagnostics).toEqual([expect.objectContaining({ code: 'charset', severity: 'warning' })]);
    const { documents } = parse(source);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.title.text).toBe('1) Neue Fähre über den Mühlensee');
    expect(documents[0]!.metadata).toMatchObject({
      section: 'Lokales',
      authors: ['JÜRGEN MÖLLER', 'KÄTHE STRAUß'],
      statedWordCount: 1285,
      date: '2017-03-09',
      publication: 'Seeblatt Online',
      language: 'de',
      documentId: 'SEEB000020170401ed4100001',
    });
  });

  it('reads CJK pages: 字 word counts, 年 月 日 and 년 월 일 dates, 韩文 and 한국어', () => {
    const { documents, diagnostics } = parse(fixture('factiva-html/cjk.html'));
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.title.text)).toEqual([
      '항구 도시에 새 여객선 취항',
      '가을 축제, 주말 개막',
    ]);
    expect(documents[0]!.metadata).toEqual({
      section: '경제',
      byline: '김민지 기자',
      authors: ['김민지'],
      statedWordCount: 8165,
      date: '2018-10-07',
      publication: '한빛일보',
      page: 'A2',
      language: 'ko',
      copyright: 'Copyright © 2018 한빛일보. All rights reserved.',
      documentId: 'HANBIT0020181007eea70000k',
    });
    expect(documents[1]!.metadata).toMatchObject({
      statedWordCount: 1532,
      date: '2018-10-08',
      language: 'ko',
    });
  });

  it('reads a broken page as well as it can, with warnings at their lines', () => {
    const source = fixture('factiva-html/broken.html');
    const { documents, diagnostics, roles } = parse(source);
    expect(documents.map((d) => d.title.text)).toEqual([
      'Bridge Closed for Inspection',
      'Valley won the cup final on Saturday.',
    ]);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        lineOf(source, 'Bridge Closed for Inspection'),
        'a Factiva article without its "Document …" line (accession number)',
      ],
      [lineOf(source, 'April 2017'), 'a Factiva article without its word count'],
      [lineOf(source, 'April 2017'), 'a date without its day: "April 2017"'],
      [lineOf(source, 'Sports'), 'a Factiva article without its headline (span.xxHeadline)'],
    ]);
    // No day is invented, and the fields after the day-less date keep their places.
    expect(documents[0]!.metadata).toEqual({
      publication: 'The Valley Courier',
      language: 'en',
      copyright: 'Copyright 2017 Valley Courier.',
    });
    expect(documents[1]!.metadata).toMatchObject({
      section: 'Sports',
      statedWordCount: 215,
      date: '2017-04-03',
    });
    expect(roles.get(lineOf(source, 'Search Summary'))).toEqual({ kind: 'block', block: 'cover' });
  });
});
