/**
 * The parts every export format shares, on a toy format defined here (`Doc:` starts a
 * document, `Title:` and `By:` are labels, `Body` a marker, the rest body): unplaced lines
 * kept and reported, the document count, and the fidelity check's placing of metadata
 * lines in their fields and of block lines in their blocks.
 */
import { describe, expect, it } from 'vitest';
import { checkFidelity, type PlacedArticle } from '../../scripts/checks/fidelity.ts';
import type { SourceFile } from '../../scripts/ingest/core/source-file.ts';
import { accountLines } from '../../scripts/ingest/formats/accounting.ts';
import type { ExportDocument, ExportFormat, LineRole } from '../../scripts/ingest/core/export-format.ts';
import { readExport } from '../../scripts/ingest/formats/index.ts';
import { exportArticles } from '../../scripts/ingest/split.ts';
import { sourceFromText } from '../helpers/ingest.ts';

/** Reads `Doc:` blocks; leaves any line starting with `?` unaccounted for (a format's gap). */
const toyFormat: ExportFormat = {
  name: 'proquest',
  label: 'Toy',
  detect: (lines) => lines[0]?.text === 'TOY EXPORT',
  parse(source: SourceFile) {
    const roles = new Map<number, LineRole>();
    const documents: ExportDocument[] = [];
    let doc: ExportDocument | undefined;
    for (const l of source.lines) {
      if (l.text.trim() === '') continue;
      if (l.text === 'TOY EXPORT') roles.set(l.line, { kind: 'block', block: 'cover' });
      else if (l.text.startsWith('Doc:')) {
        roles.set(l.line, { kind: 'block', block: 'marker' });
        doc = undefined;
      } else if (l.text.startsWith('Title: ')) {
        doc = { title: l, body: [], metadata: {}, startLine: l.line, endLine: l.line };
        documents.push(doc);
      } else if (l.text.startsWith('By: ') && doc) {
        doc.metadata.byline = l.text.slice(4);
        roles.set(l.line, { kind: 'field', field: 'byline', document: documents.length - 1 });
      } else if (l.text === 'Body') roles.set(l.line, { kind: 'block', block: 'marker' });
      else if (!l.text.startsWith('?') && doc) doc.body.push(l);
      if (doc) doc.endLine = l.line;
    }
    return { format: 'proquest', documents, statedDocuments: 3, roles, diagnostics: [] };
  },
};

const TEXT = [
  'TOY EXPORT',
  'Doc: 1',
  'Title: First',
  'By: Ann Writer',
  'Body',
  'One.',
  '? a line the format does not know',
  'Two.',
  'Doc: 2',
  'Title: Second',
  'Body',
  'Three.',
].join('\n');

describe('readExport', () => {
  const source = sourceFromText(TEXT, 'toy.txt');
  const parse = readExport(source, [toyFormat])!;

  it('keeps a line the format left out in the body of its document, in order, with a warning', () => {
    expect(parse.documents[0]!.body.map((l) => l.text)).toEqual([
      'One.',
      '? a line the format does not know',
      'Two.',
    ]);
    expect(parse.diagnostics).toEqual([
      expect.objectContaining({ code: 'unplaced-line', file: 'toy.txt', line: 7 }),
    ]);
    expect(accountLines(source, parse).unplaced).toEqual([]);
  });

  it('is not used for a file no format recognises', () => {
    expect(readExport(sourceFromText('A title\nA body.\n'), [toyFormat])).toBeUndefined();
  });

  it('warns when the export states another number of documents than were read', () => {
    const split = exportArticles(source, parse);
    expect(split.articles).toHaveLength(2);
    expect(split.articles[0]!.metadata).toEqual({ byline: 'Ann Writer' });
    expect(split.diagnostics.filter((d) => d.code === 'document-count')).toEqual([
      expect.objectContaining({ message: 'the export states 3 documents; 2 were read' }),
    ]);
  });
});

describe('the fidelity check on an export', () => {
  const source = sourceFromText(TEXT, 'toy.txt');
  const parse = readExport(source, [toyFormat])!;
  const layout = {
    documents: parse.documents.map((d) => [d.title, ...d.body]),
    roles: parse.roles,
  };
  const page = (index: number, units: string[], fields: string[]): PlacedArticle => ({
    file: 'toy.txt',
    index,
    startLine: parse.documents[index]!.startLine,
    endLine: parse.documents[index]!.endLine,
    page: `articles/${index}/index.html`,
    text: {
      units: units.map((text, i) => ({ role: i === 0 ? 'title' : 'paragraph', text })),
      problems: [],
      fields,
    },
  });
  const input = { file: 'toy.txt', lines: source.lines, layout };
  const first = ['Title: First', 'One.', '? a line the format does not know', 'Two.'];
  const second = ['Title: Second', 'Three.'];

  it('places text on the pages, metadata in its field and the rest in its blocks', () => {
    const report = checkFidelity([input], [page(0, first, ['byline']), page(1, second, [])]);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      linesIn: 12,
      linesPlaced: 12,
      linesLost: 0,
      linesInFields: 1,
      linesInBlocks: 5,
    });
  });

  it('reports a metadata line whose field the page does not show, with its line', () => {
    const report = checkFidelity([input], [page(0, first, []), page(1, second, [])]);
    expect(report.linesLost).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'lost', line: 4, page: 'articles/0/index.html' }),
    ]);
  });

  it('reports body text missing from a page', () => {
    const report = checkFidelity([input], [page(0, first.slice(0, 2), ['byline']), page(1, second, [])]);
    expect(report.problems.map((p) => [p.kind, p.line])).toEqual([
      ['lost', 7],
      ['lost', 8],
    ]);
  });
});

describe('the fidelity check holds what a format read to its line', () => {
  const lines = [
    { line: 1, text: 'KOP: Een titel' },
    { line: 2, text: 'Full text: The first paragraph.' },
    { line: 3, text: 'TD|The last paragraph.|' },
    { line: 4, text: 'A line the format changed.' },
  ];
  const layout = {
    documents: [
      [
        { line: 1, text: 'Een titel' },
        { line: 2, text: 'The first paragraph.' },
        { line: 3, text: 'The last paragraph.' },
        { line: 4, text: 'A line the format rewrote.' },
      ],
    ],
    roles: new Map(),
  };
  const shown = (units: string[]): PlacedArticle => ({
    file: 'x.txt',
    index: 0,
    startLine: 1,
    endLine: 4,
    page: 'articles/x/index.html',
    text: { units: units.map((text, i) => ({ role: i === 0 ? 'title' : 'paragraph', text })), problems: [] },
  });

  it('accepts a line less its label, or less a table cell around it', () => {
    const report = checkFidelity(
      [
        {
          file: 'x.txt',
          lines: lines.slice(0, 3),
          layout: { ...layout, documents: [layout.documents[0]!.slice(0, 3)] },
        },
      ],
      [shown(['Een titel', 'The first paragraph.', 'The last paragraph.'])],
    );
    expect(report.problems).toEqual([]);
  });

  it('reports a line the format read as other text, even when the page shows what it read', () => {
    const report = checkFidelity(
      [{ file: 'x.txt', lines, layout }],
      [shown(['Een titel', 'The first paragraph.', 'The last paragraph.', 'A line the format rewrote.'])],
    );
    expect(report.linesLost).toBe(1);
    expect(report.problems.map((p) => [p.kind, p.line])).toEqual([
      ['lost', 4],
      ['extra', 4],
    ]);
  });
});
