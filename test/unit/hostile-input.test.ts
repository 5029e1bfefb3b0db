/**
 * Broken and hostile input, one case at a time: each is ingested, rendered as the site
 * renders it, and checked with the fidelity comparison (nothing lost), and each repair is
 * reported with its file:line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFidelity, formatFidelityProblem } from '../../scripts/checks/fidelity.ts';
import { formatDiagnostic } from '../../scripts/ingest/core/diagnostics.ts';
import { ingestSources } from '../../scripts/ingest/pipeline.ts';
import { decodeSource, looksBinary, readSource, type SourceFile } from '../../scripts/ingest/read.ts';
import { ingestAndRender } from '../helpers/article-page.ts';
import { largeParagraphDump } from '../helpers/hostile-input.ts';
import { sourceFromText } from '../helpers/ingest.ts';

function fromBytes(bytes: Uint8Array, displayPath = 'dumps/case.txt'): SourceFile {
  return decodeSource({ absPath: `/virtual/${displayPath}`, displayPath }, bytes);
}

/** Ingests and renders the sources; fails the test on any fidelity problem. */
function expectAllPlaced(sources: SourceFile[]) {
  const { inputs, articles, ingested } = ingestAndRender(sources);
  const report = checkFidelity(inputs, articles);
  expect(report.problems.map(formatFidelityProblem)).toEqual([]);
  expect(report.linesLost).toBe(0);
  return { report, ingested };
}

function warnings(sources: SourceFile[]): string[] {
  return ingestSources(sources).diagnostics.map(formatDiagnostic);
}

const DUMP = ['Title line', '', 'A paragraph.', '\u00a0', 'Source: Wire', ''];

describe('hostile and broken input', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'news-archive-input-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('CRLF and CR line ends and a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\ufeff${DUMP.join('\r\n')}`);
    const { report, ingested } = expectAllPlaced([fromBytes(bytes)]);
    expect(report.linesIn).toBe(3);
    expect(ingested[0]!.frontmatter.title).toBe('Title line');
    expectAllPlaced([sourceFromText(DUMP.join('\r'))]);
  });

  it('NUL and other control characters: removed, reported with their line', () => {
    const text = [
      'Title\u0000 line',
      '',
      'A\u0007 para\u001bgraph\u007f.\u0085',
      '\u00a0',
      'Source: Wire',
    ].join('\n');
    const source = sourceFromText(text);
    const { ingested } = expectAllPlaced([source]);
    expect(ingested[0]!.frontmatter.title).toBe('Title line');
    expect(warnings([source])).toEqual([
      'test.txt:1: warning: removed control characters (U+0000)',
      'test.txt:3: warning: removed control characters (U+0007, U+001B, U+007F, U+0085)',
    ]);
    expect(looksBinary(new TextEncoder().encode(text))).toBe(false);
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      true,
    );
    expect(looksBinary(new TextEncoder().encode('H\0e\0l\0l\0o\0'))).toBe(true);
  });

  it('invalid UTF-8 bytes: decoded as Windows-1252 and reported', () => {
    const bytes = Buffer.concat([
      Buffer.from('Title\n\nPrice: '),
      Buffer.from([0xa3, 0x35, 0x20, 0x93]),
      Buffer.from('quoted'),
      Buffer.from([0x94, 0x0a, 0xc3]),
      Buffer.from('\n\u00a0\nSource: Wire\n'),
    ]);
    const source = fromBytes(bytes);
    const { ingested } = expectAllPlaced([source]);
    expect(ingested[0]!.mdx).toContain('Price: £5 “quoted”');
    expect(warnings([source])).toEqual([
      'dumps/case.txt:3: warning: byte 0xA3 is not valid UTF-8; decoded as Windows-1252 "£"',
      'dumps/case.txt:3: warning: byte 0x93 is not valid UTF-8; decoded as Windows-1252 "“"',
      'dumps/case.txt:3: warning: byte 0x94 is not valid UTF-8; decoded as Windows-1252 "”"',
      'dumps/case.txt:4: warning: byte 0xC3 is not valid UTF-8; decoded as Windows-1252 "Ã"',
    ]);
  });

  it('a UTF-16 file (with its byte-order mark) is decoded as UTF-16, not skipped as binary', () => {
    const text = 'Title\r\n\r\nНовости: 新闻 «x».\r\n\u00a0\r\nSource: Wire\r\n';
    for (const [bom, encoded] of [
      [[0xff, 0xfe], Buffer.from(text, 'utf16le')],
      [[0xfe, 0xff], Buffer.from(text, 'utf16le').swap16()],
    ] as const) {
      const file = path.join(tmp, 'utf16.txt');
      writeFileSync(file, Buffer.concat([Buffer.from(bom), encoded]));
      const source = readSource({ absPath: file, displayPath: 'in/utf16.txt' });
      const { ingested } = expectAllPlaced([source]);
      expect(ingested[0]!.mdx).toContain('Новости: 新闻 «x».');
      expect(warnings([source])[0]).toMatch(
        /^in\/utf16\.txt:1: info: decoded as UTF-16(LE|BE) \(the file starts with its byte-order mark\)$/,
      );
    }
  });

  it('a 1 MB paragraph stays one whole paragraph', () => {
    const { report, ingested } = expectAllPlaced([sourceFromText(largeParagraphDump())]);
    expect(report.linesIn).toBe(3);
    expect(Buffer.byteLength(ingested[0]!.mdx)).toBeGreaterThan(1024 * 1024);
  });

  it('an empty file and a blank file: no articles, a warning each', () => {
    const empty = sourceFromText('', 'empty.txt');
    const blank = sourceFromText(' \n\u00a0\n\t\n', 'blank.txt');
    expect(ingestSources([empty, blank]).articles).toEqual([]);
    expect(warnings([empty, blank])).toEqual([
      'empty.txt: warning: empty file: no articles in it',
      'blank.txt: warning: empty file: no articles in it',
    ]);
  });

  it('a binary file: skipped with one warning', () => {
    const file = path.join(tmp, 'image.txt');
    writeFileSync(
      file,
      Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
    );
    const source = readSource({ absPath: file, displayPath: 'in/image.txt' });
    expect(source.lines).toEqual([]);
    expect(warnings([source])).toEqual([
      'in/image.txt: warning: skipped: binary data, not text (control bytes, not UTF-8)',
    ]);
  });

  it('a file with no footer at all is one article', () => {
    const source = sourceFromText('A title\n\nFirst paragraph.\n\nSecond paragraph.', 'desk/one.txt');
    const { ingested } = expectAllPlaced([source]);
    expect(ingested).toHaveLength(1);
    expect(ingested[0]!.frontmatter.footer).toBeUndefined();
  });

  it('a dump with malformed footers keeps every line and says which footers are odd', () => {
    const text = [
      'First',
      'Body one.',
      '\u00a0',
      'Source National agency',
      'Second',
      'Body two.',
      '\u00a0',
      'SOURCE - Wire',
      'Third',
      'Body three.',
      '\u00a0',
      '©',
      'Fourth',
      'Body four.',
      'Source:',
      '\u00a0',
      'Fifth, after a separator with no footer',
      'Body five.',
    ].join('\n');
    const source = sourceFromText(text, 'dumps/footers.txt');
    const { ingested } = expectAllPlaced([source]);
    expect(ingested.map((a) => a.frontmatter.footer)).toEqual([
      'Source National agency',
      'SOURCE - Wire',
      '©',
      undefined,
      undefined,
    ]);
    expect(warnings([source])).toEqual([
      'dumps/footers.txt:4: warning: malformed footer "Source National agency": expected "Source: …" or "Copyright …"; kept as the footer',
      'dumps/footers.txt:8: warning: malformed footer "SOURCE - Wire": expected "Source: …" or "Copyright …"; kept as the footer',
      'dumps/footers.txt:16: warning: separator line is not followed by a footer; the article ends here without one',
      'dumps/footers.txt:17: info: last article has no footer; it ends at the end of the file',
      'dumps/footers.txt:12: warning: footer names no publisher: "©"',
    ]);
  });
});
