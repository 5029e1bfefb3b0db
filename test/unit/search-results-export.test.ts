import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/client/search/engine.ts';
import {
  csvCell,
  excerptText,
  exportFileName,
  exportRows,
  guardCell,
  toCsv,
  toJson,
} from '../../src/client/search/export-results.ts';
import { holdsTerm, keepsResult, textWords } from '../../src/client/search/result-checks.ts';

describe('checks of a result’s full text', () => {
  const text = 'Border security along the Tajik-Kyrgyz border. Kyrgyzstan’s envoy met the Café owner.';

  it('finds excluded words only as whole words, without case or diacritics', () => {
    const words = textWords(text);
    expect(holdsTerm(words, { kind: 'word', text: 'Kyrgyz' })).toBe(true); // in Tajik-Kyrgyz
    expect(holdsTerm(words, { kind: 'word', text: 'kyrgyzstan' })).toBe(true);
    expect(holdsTerm(words, { kind: 'word', text: 'Kyrg' })).toBe(false); // a prefix is no word
    expect(holdsTerm(words, { kind: 'word', text: 'cafe' })).toBe(true);
    expect(holdsTerm(textWords('The Kyrgyzstan delegation'), { kind: 'word', text: 'Kyrgyz' })).toBe(false);
  });

  it('finds phrases as words in a row', () => {
    const words = textWords(text);
    expect(holdsTerm(words, { kind: 'phrase', text: 'border security' })).toBe(true);
    expect(holdsTerm(words, { kind: 'phrase', text: 'security border' })).toBe(false);
    expect(holdsTerm(words, { kind: 'phrase', text: 'Kyrgyz border' })).toBe(true);
  });

  it('keeps a result that holds its phrases and no excluded term', () => {
    const phrase = [{ kind: 'phrase' as const, text: 'border security' }];
    expect(keepsResult(text, phrase, [])).toBe(true);
    expect(keepsResult(text, phrase, [{ kind: 'word', text: 'Kyrgyz' }])).toBe(false);
    expect(keepsResult(text, phrase, [{ kind: 'phrase', text: 'Kyrgyz envoy' }])).toBe(true);
    expect(keepsResult('Security at the border', phrase, [])).toBe(false);
  });
});

describe('results export', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx']) expect(guardCell(bad)).toBe(`'${bad}`);
    expect(guardCell('Plain – text')).toBe('Plain – text');
    expect(csvCell('He said "no", then left\r\nnext')).toBe('"He said ""no"", then left\r\nnext"');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
  });

  const hits: SearchHit[] = [
    {
      url: '/archive/articles/a-title/',
      title: 'A "quoted", title',
      excerptHtml: 'the <mark>border</mark> &amp; security &lt;b&gt; &#8212; done',
      source: '=HYPERLINK("x")',
      date: '2022-10',
      id: 'abcdefghij',
      subResults: [],
    },
    { url: '/archive/articles/b/', title: 'Ünïcode', excerptHtml: '', subResults: [] },
  ];

  it('writes RFC 4180 CSV in UTF-8 with the permanent short links', () => {
    const rows = exportRows(hits, 'https://example.org/archive/');
    expect(rows[0]).toEqual({
      title: 'A "quoted", title',
      date: '2022-10',
      source: '=HYPERLINK("x")',
      url: 'https://example.org/archive/a/abcdefghij/',
      snippet: 'the border & security <b> — done',
    });
    expect(rows[1]!.url).toBe('https://example.org/archive/articles/b/');
    const csv = toCsv(rows);
    expect(csv.startsWith('\ufeff"title","date","source","url","snippet"\r\n')).toBe(true);
    expect(csv).toContain(
      `"A ""quoted"", title","2022-10","'=HYPERLINK(""x"")","https://example.org/archive/a/abcdefghij/"`,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    const json = JSON.parse(toJson(rows, { query: 'q', url: 'u' })) as { total: number; results: unknown[] };
    expect(json.total).toBe(2);
    expect(json.results[0]).toEqual(rows[0]);
  });

  it('names the file after the query', () => {
    expect(exportFileName('"border security" -Kyrgyz', 'csv')).toBe('search-border-security-kyrgyz.csv');
    expect(exportFileName('', 'json')).toBe('search.json');
    expect(excerptText('a&nbsp;b')).toBe('a b');
  });
});
