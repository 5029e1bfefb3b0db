/**
 * Splits a listing into pages of the configured size. Pure: the listing pages call it from
 * getStaticPaths, and the unit tests check it on its own.
 */
import { listingPagePath } from '../shared/urls.ts';

export interface ListingPage<T> {
  /** Items on this page. */
  items: T[];
  /** 1-based page number. */
  current: number;
  /** Number of pages. */
  last: number;
  /** Items in the whole listing. */
  total: number;
  /** 1-based position of the first item on this page in the whole listing. */
  start: number;
  /** Site-relative path of this page. */
  path: string;
  /** Site-relative paths of the neighbouring pages. */
  prev?: string;
  next?: string;
  /** Site-relative path of every page, in order (for a page-number list). */
  pages: string[];
}

/** The pages of a listing at `listingPath` (the first page is the listing path itself). */
export function paginate<T>(items: readonly T[], pageSize: number, listingPath: string): ListingPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be ≥ 1, not ${pageSize}`);
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const pages = Array.from({ length: last }, (_, i) => listingPagePath(listingPath, i + 1));
  return pages.map((path, i) => {
    const page: ListingPage<T> = {
      items: items.slice(i * pageSize, (i + 1) * pageSize),
      current: i + 1,
      last,
      total: items.length,
      start: i * pageSize + 1,
      path,
      pages,
    };
    if (i > 0) page.prev = pages[i - 1]!;
    if (i < last - 1) page.next = pages[i + 1]!;
    return page;
  });
}

/** The `page` rest parameter of a listing route for page `n`: undefined for the first page. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}
