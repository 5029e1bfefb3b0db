import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rtfContainer } from '../../../scripts/ingest/formats/containers/rtf.ts';
import { rtfTokens } from '../../../scripts/ingest/formats/containers/rtf-tokens.ts';
import { EXPORT_FIXTURES } from './export-checks.ts';

const bytesOf = (rtf: string | number[]): Uint8Array =>
  typeof rtf === 'string' ? new TextEncoder().encode(rtf) : Uint8Array.from(rtf);
const decode = (rtf: string | number[]) => rtfContainer.decode(bytesOf(rtf), 'doc.rtf');
const texts = (rtf: string): string[] => decode(rtf).lines.map((l) => l.text);

describe('RTF tokens', () => {
  it('reads groups, control words with parameters, symbols, hex bytes and text', () => {
    const tokens = [...rtfTokens(bytesOf("{\\rtf1\\f-2 Hi\\'e9\\~x\\\n}"))];
    expect(tokens).toEqual([
      { kind: 'open' },
      { kind: 'word', word: 'rtf', param: 1 },
      { kind: 'word', word: 'f', param: -2 },
      { kind: 'text', bytes: bytesOf('Hi') },
      { kind: 'hex', byte: 0xe9 },
      { kind: 'symbol', symbol: '~' },
      { kind: 'text', bytes: bytesOf('x') },
      { kind: 'symbol', symbol: '\n' },
      { kind: 'close' },
    ]);
  });

  it('skips \\bin data and keeps a malformed escape as text', () => {
    const tokens = [...rtfTokens(bytesOf("\\bin3 {}\\x\\'zz"))];
    expect(tokens[0]).toEqual({ kind: 'bin', bytes: bytesOf('{}\\') });
    expect(tokens.at(-1)).toEqual({ kind: 'text', bytes: bytesOf('zz') });
  });
});

describe('RTF container', () => {
  it('sniffs {\\rtf', () => {
    expect(rtfContainer.sniff(bytesOf('{\\rtf1\\ansi x}'))).toBe(true);
    expect(rtfContainer.sniff(bytesOf('\ufeff  {\\rtf1 x}'))).toBe(true);
    expect(rtfContainer.sniff(bytesOf('<html>{\\rtf1}</html>'))).toBe(false);
    expect(rtfContainer.sniff(bytesOf('   HD\n Headline\n'))).toBe(false);
  });

  it('ends lines at \\par, \\line and a backslash before a line end', () => {
    expect(texts('{\\rtf1 One\\par Two\\line Three\\\nFour\\\r\nFive}')).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
  });

  it("decodes \\'hh in the document's code page", () => {
    expect(texts("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\'80 \\'a9}")).toEqual(['café € ©']);
    expect(texts("{\\rtf1\\ansi\\ansicpg1251 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0}")).toEqual(['Москва']);
  });

  it("decodes double-byte code pages by the font's \\fcharset", () => {
    // 東京 in Shift_JIS, in a font with \fcharset128.
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset128 MS Gothic;}}\\f1 \\'93\\'8c\\'8b\\'9e\\f0  ok}";
    expect(texts(rtf)).toEqual(['東京 ok']);
  });

  it('decodes \\uN (negative N too) and skips its \\ucN fallback characters', () => {
    expect(texts('{\\rtf1 \\u-10899?\\u-21140?}')).toEqual(['항구']);
    expect(texts("{\\rtf1\\uc1 \\u8364\\'80 x}")).toEqual(['€ x']);
    expect(texts('{\\rtf1\\uc2 \\u8364??y\\uc0 \\u8364 z}')).toEqual(['€y€z']);
    // An astral character as two UTF-16 units.
    expect(texts('{\\rtf1 \\u-10179?\\u-8704?}')).toEqual(['😀']);
  });

  it('gives characters for \\~, \\emdash, quotes and escaped braces', () => {
    expect(texts('{\\rtf1 a\\~b\\emdash c\\lquote d\\rquote  \\{e\\}\\\\ f\\-g}')).toEqual([
      'a\u00a0b—c‘d’ {e}\\ fg',
    ]);
  });

  it('skips font and colour tables, \\info, pictures, \\* destinations and field instructions', () => {
    const rtf =
      '{\\rtf1{\\fonttbl\\f0\\fswiss Helvetica;}{\\colortbl;\\red255;}{\\info{\\title T}{\\author A}}' +
      '{\\*\\expandedcolortbl;;}{\\pict\\pngblip 89504e47}{\\stylesheet{\\s0 Normal;}}' +
      'See {\\field{\\*\\fldinst{HYPERLINK "http://example.invalid/"}}{\\fldrslt the site}}.\\par}';
    expect(texts(rtf)).toEqual(['See the site.']);
  });

  it('makes each table cell a line, hinted as a cell, and hints the line after a page break', () => {
    const rtf =
      '{\\rtf1\\trowd\\pard\\intbl  HD\\cell\\pard\\intbl  Headline\\cell\\row' +
      '\\pard after\\page\\pard next\\par}';
    expect(decode(rtf).lines).toEqual([
      { line: 1, text: ' HD', hint: 'cell' },
      { line: 2, text: ' Headline', hint: 'cell' },
      { line: 3, text: 'after' },
      { line: 4, text: 'next', hint: 'page-start' },
    ]);
  });

  it('leaves out lines without text and removes control characters', () => {
    expect(texts('{\\rtf1 \\par   \\par a\u0007b\\par\\~\\par}')).toEqual(['ab']);
  });

  it('reads a file whose braces do not balance, with a warning', () => {
    const { lines, diagnostics } = decode('{\\rtf1 {\\b Bold\\par Rest');
    expect(lines.map((l) => l.text)).toEqual(['Bold', 'Rest']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unreadable-file', severity: 'warning', file: 'doc.rtf' }),
    ]);
  });

  it('reports an unsupported code page and a file without text', () => {
    expect(decode("{\\rtf1\\ansi\\ansicpg437 \\'41}").diagnostics).toEqual([
      expect.objectContaining({ code: 'charset', message: expect.stringContaining('437') }),
    ]);
    expect(decode('{\\rtf1{\\info{\\title x}}}').diagnostics).toEqual([
      expect.objectContaining({ code: 'unreadable-file', message: 'the RTF holds no text' }),
    ]);
  });

  it("reads Factiva's RTF table layout into the same lines as its text export", () => {
    const rtf = rtfContainer.decode(
      readFileSync(path.join(EXPORT_FIXTURES, 'factiva-text/labelled.rtf')),
      'x.rtf',
    );
    const text = readFileSync(path.join(EXPORT_FIXTURES, 'factiva-text/labelled.txt'), 'utf8');
    const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
    expect(rtf.diagnostics).toEqual([]);
    expect(rtf.lines.map((l) => norm(l.text))).toEqual(
      text
        .split('\n')
        .map(norm)
        .filter((t) => t !== ''),
    );
  });
});
