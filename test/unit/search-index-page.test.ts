import { describe, expect, it } from 'vitest';
import { forIndex } from '../../scripts/search-index/sharded-index.ts';

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('the HTML handed to Pagefind', () => {
  const article = '<main><article data-pagefind-body><h1>Title</h1><p>Text</p></article></main>';

  it('leaves out the head of an indexed page and keeps its body exactly', () => {
    const html = page('<title>T</title><style>p{color:red}</style>', article);
    expect(forIndex(html)).toBe(`<!DOCTYPE html><html lang="en"><head></head><body>${article}</body></html>`);
  });

  it('keeps a head that holds something for Pagefind', () => {
    const html = page('<meta data-pagefind-meta="image:/a.png">', article);
    expect(forIndex(html)).toBe(html);
  });

  it('gives nothing for a page without data-pagefind-body (not indexed)', () => {
    expect(forIndex(page('<title>T</title>', '<main><p>data-pagefind-body in text</p></main>'))).toBe('');
  });
});
