import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlContainer } from '../../../scripts/ingest/formats/containers/html.ts';
import {
  declaredCharset,
  firstInvalidUtf8,
} from '../../../scripts/ingest/formats/containers/html-charset.ts';
import { EXPORT_FIXTURES } from './export-checks.ts';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (html: string | Uint8Array) =>
  htmlContainer.decode(typeof html === 'string' ? enc(html) : html, 'page.html');
const texts = (html: string): string[] => decode(html).lines.map((l) => l.text);

describe('HTML container: sniffing', () => {
  it('knows HTML by its first markup, after a BOM and white space', () => {
    expect(htmlContainer.sniff(enc('<!DOCTYPE html><html></html>'))).toBe(true);
    expect(htmlContainer.sniff(enc('\ufeff\n  <html><head></head></html>'))).toBe(true);
    expect(htmlContainer.sniff(enc('<META charset="utf-8"><p>x</p>'))).toBe(true);
    expect(htmlContainer.sniff(enc('<!-- saved page -->\n<html>'))).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<html>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(htmlContainer.sniff(utf16)).toBe(true);
  });

  it('does not take text or other markup for HTML', () => {
    expect(htmlContainer.sniff(enc('A headline\n\nSome text about <html> tags.\n'))).toBe(false);
    expect(htmlContainer.sniff(enc('{\\rtf1\\ansi hello}'))).toBe(false);
    expect(htmlContainer.sniff(enc('<?xml version="1.0"?><w:document/>'))).toBe(false);
    expect(htmlContainer.sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
  });
});

describe('HTML container: lines', () => {
  it('gives one line per block, text inside a block before and after its child blocks included', () => {
    expect(
      texts(
        '<html><body><div>Before<p>Inner</p>After</div><h2>Head</h2><ul><li>One</li><li>Two</li></ul></body></html>',
      ),
    ).toEqual(['Before', 'Inner', 'After', 'Head', 'One', 'Two']);
  });

  it('keeps inline elements in their line and collapses ASCII white space, not no-break spaces', () => {
    expect(texts('<p>  A <b>bold</b>\n\tword &amp; <span class="x">more</span>&nbsp;text </p>')).toEqual([
      'A bold word & more\u00a0text',
    ]);
  });

  it('ends a line at <br> and at each line of a <pre>', () => {
    expect(texts('<p>First<br>Second</p><pre>one\n  two\n</pre>')).toEqual([
      'First',
      'Second',
      'one',
      '  two',
    ]);
  });

  it('skips head, script, style, noscript and template, and lines without text', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var a = "<p>x</p>";</script>' +
      '<noscript><p>enable</p></noscript><template><p>t</p></template><p>&nbsp;</p><p>Text</p></body></html>';
    expect(texts(html)).toEqual(['Text']);
  });

  it('numbers the lines 1, 2, 3 and removes control characters', () => {
    const { lines } = decode('<p>a\u0007b</p><p>c</p>');
    expect(lines).toEqual([
      { line: 1, text: 'ab' },
      { line: 2, text: 'c' },
    ]);
  });

  it("hints the block's classes, a classed inline element's when it holds all the text, and start: markers", () => {
    const html =
      '<body><div id="wrap"><div class="article enArticle"><div>Section</div>' +
      '<div id="hd"><span class="enHeadline counted">Head <b>line</b></span> </div>' +
      '<p class="articleParagraph">Text with <span class="companylink">Acme</span> in it.</p></div></div></body>';
    expect(decode(html).lines).toEqual([
      { line: 1, text: 'Section', hint: 'start:article start:enArticle' },
      { line: 2, text: 'Head line', hint: 'enHeadline counted' },
      { line: 3, text: 'Text with Acme in it.', hint: 'articleParagraph' },
    ]);
  });

  it('reads a Factiva page into its blocks', () => {
    const bytes = readFileSync(path.join(EXPORT_FIXTURES, 'factiva-html/english-ui.html'));
    const { lines, diagnostics } = htmlContainer.decode(bytes, 'english-ui.html');
    expect(diagnostics).toEqual([]);
    expect(lines.slice(0, 4).map((l) => [l.text, l.hint])).toEqual([
      ['Factiva', 'start:fcpNavContainer start:factivalogo'],
      ['Dow Jones', 'djrlogo'],
      ['City; A', 'start:carryOverOpen start:article start:enArticle'],
      ['Harbour Ferry Returns After Winter Repairs', 'enHeadline'],
    ]);
    expect(lines.map((l) => l.text)).toContain('"We kept\u00a0the old benches," the captain said.');
    expect(lines.map((l) => l.text)).not.toContain('not an article');
  });
});

describe('HTML container: charsets', () => {
  it('finds the declared charset in either meta form', () => {
    expect(declaredCharset(enc('<meta charset="windows-1252">'))).toBe('windows-1252');
    expect(
      declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe('ISO-8859-1');
    expect(declaredCharset(enc('<p>none</p>'))).toBeUndefined();
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(enc('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xf6, 0x72]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1); // cut short
  });

  it('decodes a page that declares UTF-8 but is ISO-8859-1, with a warning at the bad byte’s line', () => {
    const bytes = readFileSync(path.join(EXPORT_FIXTURES, 'factiva-html/latin1-declared-utf8.html'));
    const { lines, diagnostics } = htmlContainer.decode(bytes, 'latin1.html');
    const wc = lines.find((l) => l.text.endsWith('Wörter'));
    expect(wc?.text).toBe('1.285 Wörter');
    expect(lines.find((l) => l.hint?.includes('deHeadline'))?.text).toBe('1) Neue Fähre über den Mühlensee');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'charset',
        file: 'latin1.html',
        line: lines.find((l) => l.hint?.includes('deHeadline'))!.line,
        message: expect.stringMatching(
          /declares UTF-8 but byte 0xE4 is not UTF-8; decoded as windows-1252.*line 10 of the HTML/,
        ),
      },
    ]);
  });

  it('decodes a declared legacy charset as declared', () => {
    const bytes = new Uint8Array([...enc('<meta charset="windows-1252"><p>caf'), 0xe9, 0x80, ...enc('</p>')]);
    const { lines, diagnostics } = decode(bytes);
    expect(lines.map((l) => l.text)).toEqual(['café€']);
    expect(diagnostics).toEqual([]);
  });

  it('believes UTF-8 bytes over a legacy declaration, with a warning', () => {
    const { lines, diagnostics } = decode('<meta charset="iso-8859-1"><p>Fähre</p>');
    expect(lines.map((l) => l.text)).toEqual(['Fähre']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'charset', severity: 'warning' })]);
  });

  it('detects the charset of a page that declares none, as information', () => {
    const bytes = new Uint8Array([
      ...enc('<html><p>Die F'),
      0xe4,
      ...enc('hre f'),
      0xe4,
      ...enc('hrt wieder.</p></html>'),
    ]);
    const { lines, diagnostics } = decode(bytes);
    expect(lines.map((l) => l.text)).toEqual(['Die Fähre fährt wieder.']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'charset', severity: 'info', line: 1 })]);
  });

  it('follows a byte-order mark', () => {
    const text = '<html><p>Fähre</p></html>';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decode(utf16).lines.map((l) => l.text)).toEqual(['Fähre']);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)])).lines.map((l) => l.text)).toEqual([
      'Fähre',
    ]);
  });

  it('reports a page without text', () => {
    expect(decode('<html><head><title>x</title></head><body></body></html>').diagnostics).toEqual([
      expect.objectContaining({ code: 'unreadable-file', file: 'page.html' }),
    ]);
  });
});
