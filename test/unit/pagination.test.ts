import { describe, expect, it } from 'vitest';
import { pageParam, paginate } from '../../src/lib/pagination.ts';
import { listingPagePath } from '../../src/shared/urls.ts';

describe('paginate', () => {
  it('splits 14 items into pages of 5 with paths, neighbours and positions', () => {
    const items = Array.from({ length: 14 }, (_, i) => i);
    const pages = paginate(items, 5, 'sources/rfe-rl/');
    expect(pages.map((p) => p.items)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11, 12, 13],
    ]);
    expect(pages.map((p) => p.path)).toEqual([
      'sources/rfe-rl/',
      'sources/rfe-rl/page/2/',
      'sources/rfe-rl/page/3/',
    ]);
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [undefined, 'sources/rfe-rl/page/2/'],
      ['sources/rfe-rl/', 'sources/rfe-rl/page/3/'],
      ['sources/rfe-rl/page/2/', undefined],
    ]);
    expect(pages.map((p) => [p.current, p.last, p.start, p.total])).toEqual([
      [1, 3, 1, 14],
      [2, 3, 6, 14],
      [3, 3, 11, 14],
    ]);
  });

  it('gives an empty listing one empty page, and an exact multiple no empty last page', () => {
    expect(paginate([], 5, 'x/')).toHaveLength(1);
    expect(paginate([], 5, 'x/')[0]!.items).toEqual([]);
    expect(paginate([1, 2, 3, 4], 2, 'x/')).toHaveLength(2);
  });

  it('refuses a page size below 1', () => {
    expect(() => paginate([1], 0, 'x/')).toThrow(/page size/);
  });

  it('names the route parameter of each page to match its path', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
    expect(listingPagePath('articles/', 4)).toBe(`articles/${pageParam(4)}/`);
  });
});
