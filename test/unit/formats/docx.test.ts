import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { accountLines } from '../../../scripts/ingest/formats/accounting.ts';
import { docxContainer } from '../../../scripts/ingest/formats/containers/docx.ts';
import { nexisUniFormat } from '../../../scripts/ingest/formats/nexis-uni.ts';

/** The WordprocessingML namespaces a document part declares. */
const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

/**
 * A minimal DOCX package, built here from XML strings (no binary fixture to explain): the
 * content types, the package relationship, and word/document.xml with the given body.
 */
function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      // A byte-order mark before the declaration, as Aspose-written exports have.
      `\ufeff<?xml version="1.0" encoding="utf-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    ),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });
}

const run = (text: string, props = '<w:rPr><w:b/></w:rPr>'): string =>
  `<w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` : ''}${inner}</w:p>`;

const decode = (bytes: Uint8Array): ReturnType<typeof docxContainer.decode> =>
  docxContainer.decode(bytes, 'exports/test.docx');

describe('DOCX container', () => {
  it('gives one line per paragraph, runs joined, tabs as tabs, breaks as new lines', () => {
    const bytes = docx(
      para(run('Split ') + run('across') + run(' runs &amp; entities')) +
        para(`${run('a')}<w:r><w:tab/></w:r>${run('b')}<w:r><w:br/></w:r>${run('after the break')}`) +
        para('') +
        para(run('A heading'), 'Heading1'),
    );
    const { lines, diagnostics } = decode(bytes);
    expect(diagnostics).toEqual([]);
    expect(lines).toEqual([
      { line: 1, text: 'Split across runs & entities' },
      { line: 2, text: 'a\tb' },
      { line: 3, text: 'after the break' },
      { line: 4, text: '' },
      // The tab stop in the paragraph's properties is no tab character.
      { line: 5, text: 'A heading', hint: 'Heading1' },
    ]);
  });

  it('reads table cells as their own lines, in document order', () => {
    const cell = (text: string): string => `<w:tc><w:tcPr/>${para(run(text))}</w:tc>`;
    const bytes = docx(
      para(run('before')) +
        `<w:tbl><w:tr>${cell('r1c1')}${cell('r1c2')}</w:tr><w:tr>${cell('r2c1')}${cell('r2c2')}</w:tr></w:tbl>` +
        para(run('after')),
    );
    expect(decode(bytes).lines.map((l) => l.text)).toEqual([
      'before',
      'r1c1',
      'r1c2',
      'r2c1',
      'r2c2',
      'after',
    ]);
  });

  it('leaves out deleted text, field codes and the fallback copy of a text box', () => {
    const box = (text: string): string => `<w:txbxContent>${para(run(text))}</w:txbxContent>`;
    const bytes = docx(
      para(
        run('kept') +
          '<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>' +
          '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com" </w:instrText></w:r>' +
          run(' link text') +
          `<w:r><mc:AlternateContent><mc:Choice><wps:wsp>${box('in the box')}</wps:wsp></mc:Choice>` +
          `<mc:Fallback><v:shape>${box('in the box')}</v:shape></mc:Fallback></mc:AlternateContent></w:r>`,
      ),
    );
    // The text box's paragraph follows the paragraph it is anchored in, once.
    expect(decode(bytes).lines.map((l) => l.text)).toEqual(['kept link text', 'in the box']);
  });

  it('sniffs a DOCX by its zip signature and document part', () => {
    expect(docxContainer.sniff(docx(para(run('x'))))).toBe(true);
    expect(docxContainer.sniff(strToU8('Date and Time: Monday'))).toBe(false);
    expect(docxContainer.sniff(zipSync({ 'content.xml': strToU8('<x/>') }))).toBe(false);
  });

  it('reports a file that is not a readable DOCX and gives no lines', () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const noDocument = zipSync({ 'word/styles.xml': strToU8('<w:styles/>') });
    for (const bytes of [broken, noDocument, strToU8('plain text')]) {
      const { lines, diagnostics } = decode(bytes);
      expect(lines).toEqual([]);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({
        severity: 'warning',
        code: 'unreadable-file',
        file: 'exports/test.docx',
      });
    }
  });
});

describe('Nexis Uni DOCX: decoded lines parse like the TXT export', () => {
  const NBSP = '\u00a0';
  // Labels as the DOCX exports write them: the label in bold, the no-break space and the
  // value in runs of their own (and once all three in separate runs).
  const label = (name: string, value: string): string =>
    para(run(`${name}:`) + run(NBSP, '<w:rPr/>') + run(value, '<w:rPr/>'));
  const body = [
    para(run('Date and Time: Monday, March 2, 2020 9:15:00 AM EST')),
    para(run('Job Number: 77')),
    para(run('Documents (2)')),
    para(run('1. Lighthouse keeper retires')),
    para(run('Client/Matter: -None-')),
    para(run('Search Terms: lighthouse')),
    para(run('Narrowed by: ')),
    para(''),
    para(run('Sources: The Coast Gazette; Content Type: News')),
    para(run('2. Lighthouse keeper retires')),
    para(run('Client/Matter: -None-')),
    para(''),
    para(''),
    para(run('Lighthouse keeper retires'), 'Heading1'),
    para(run('The Coast Gazette')),
    para(run('May 2, 2002, Thursday,, FINAL EDITION')),
    para(''),
    para(run('Copyright 2002 Coast Gazette Inc.')),
    label('Section', 'NEWS; Pg. 3A'),
    label('Length', '310 words'),
    para(
      run('Byline:') +
        `<w:r><w:br/></w:r>` +
        run(`Highlight:${NBSP}After forty years the lamp is automatic.`),
    ),
    label('Dateline', 'NORTH POINT'),
    para(run('Body')),
    para(''),
    para(run('The keeper climbed the tower for the last time on Sunday.')),
    para(run('Graphic')),
    para(run(' ')),
    para(run('PHOTO, Coast Gazette')),
    para(run('Classification')),
    label('Language', 'ENGLISH'),
    label('Subject', 'LIGHTHOUSES (91%); RETIREMENT (70%)'),
    label('Load-Date', 'May 3, 2002'),
    para(run('End of Document')),
    para(''),
    para(run('Lighthouse keeper retires')),
    para(run('The Coast Gazette')),
    para(run('May 2, 2002 Thursday')),
    para(run('Copyright 2002 Coast Gazette Inc.')),
    label('Length', '305 words'),
    para(run('Body')),
    para(run('The keeper climbed the tower for the last time.')),
    label('Load-Date', 'May 3, 2002'),
    para(run('End of Document')),
  ].join('');
  const { lines } = decode(docx(body));
  const source = { absPath: '/x.docx', displayPath: 'x.docx', lines, bytes: 0, diagnostics: [] };
  const parse = nexisUniFormat.parse(source);

  it('is detected and read, every line accounted for', () => {
    expect(nexisUniFormat.detect(lines)).toBe(true);
    expect(parse.statedDocuments).toBe(2);
    expect(parse.documents).toHaveLength(2);
    expect(parse.diagnostics).toEqual([]);
    const tally = accountLines(source, parse);
    expect(tally.unplaced).toEqual([]);
    expect(tally.doubled).toEqual([]);
  });

  it('reads labels split across runs, and a Highlight broken off an empty Byline', () => {
    const doc = parse.documents[0]!;
    expect(doc.title).toMatchObject({ text: 'Lighthouse keeper retires', hint: 'Heading1' });
    expect(doc.metadata).toEqual({
      publication: 'The Coast Gazette',
      date: '2002-05-02',
      edition: 'FINAL EDITION',
      copyright: 'Copyright 2002 Coast Gazette Inc.',
      section: 'NEWS',
      page: '3A',
      statedWordCount: 310,
      abstract: 'After forty years the lamp is automatic.',
      dateline: 'NORTH POINT',
      language: 'en',
      subjects: [
        { name: 'LIGHTHOUSES', relevance: 91 },
        { name: 'RETIREMENT', relevance: 70 },
      ],
      loadDate: '2002-05-03',
    });
    expect(doc.body.map((l) => l.text)).toEqual([
      'The keeper climbed the tower for the last time on Sunday.',
    ]);
    // The empty Byline line fills nothing: it is classification, not a field without a value.
    const byline = lines.find((l) => l.text === 'Byline:')!;
    expect(parse.roles.get(byline.line)).toEqual({ kind: 'block', block: 'classification' });
  });
});
