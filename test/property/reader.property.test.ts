/**
 * Properties of the small pure pieces the reader's pages rely on: pagination loses and
 * repeats nothing, a search survives the trip through its URL, and JSON-LD text can never
 * close its script element.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/lib/json-ld.ts';
import { paginate } from '../../src/lib/pagination.ts';
import {
  HIGHLIGHT_PARAM,
  parseSearchParams,
  toSearchParams,
  withHighlight,
  type SearchState,
} from '../../src/client/search/search-state.ts';

const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');

describe('pagination', () => {
  it('puts every item on exactly one page, in order, none over the page size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (items, size) => {
          const pages = paginate(items, size, 'l/');
          expect(pages.flatMap((p) => p.items)).toEqual(items);
          expect(pages.every((p) => p.items.length <= size)).toBe(true);
          expect(pages.slice(0, -1).every((p) => p.items.length === size)).toBe(true);
          expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
        },
      ),
    );
  });
});

describe('search state in the URL', () => {
  const state: fc.Arbitrary<SearchState> = fc.record(
    {
      query: word,
      filters: fc.record({
        source: fc.uniqueArray(word, { maxLength: 3 }),
        section: fc.uniqueArray(word, { maxLength: 3 }),
        language: fc.uniqueArray(word, { maxLength: 2 }),
        year: fc.uniqueArray(fc.integer({ min: 1900, max: 2100 }).map(String), { maxLength: 3 }),
        person: fc.uniqueArray(word, { maxLength: 2 }),
        place: fc.uniqueArray(word, { maxLength: 2 }),
        org: fc.uniqueArray(word, { maxLength: 2 }),
      }),
      sort: fc.constantFrom('relevance' as const, 'newest' as const, 'oldest' as const),
      exact: fc.boolean(),
      from: fc.constantFrom('2022', '2022-10', '2022-10-17'),
      to: fc.constantFrom('2023', '2022-12', '2024-02-29'),
    },
    { requiredKeys: ['query', 'filters', 'sort', 'exact'] },
  );

  it('comes back unchanged from its query string', () => {
    fc.assert(
      fc.property(state, (s) => {
        const text = toSearchParams(s).toString();
        expect(parseSearchParams(new URLSearchParams(text))).toEqual(s);
      }),
    );
  });

  it('adds highlight terms before the fragment and keeps the path and fragment', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), fc.boolean(), (terms, withHash) => {
        const url = `/articles/x/${withHash ? '#para-1' : ''}`;
        const out = new URL(withHighlight(url, terms), 'http://h');
        expect(out.pathname).toBe('/articles/x/');
        expect(out.hash).toBe(withHash ? '#para-1' : '');
        const expected = [...new Set(terms.map((t) => t.trim().toLowerCase()))].filter(Boolean);
        expect(out.searchParams.getAll(HIGHLIGHT_PARAM)).toEqual(expected);
      }),
    );
  });
});

describe('JSON-LD serialisation', () => {
  it('never holds "<", ">" or "&", and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), (value) => {
        const text = scriptSafeJson(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(value);
      }),
    );
  });

  it('keeps a hostile title whole', () => {
    const title = '</script><script>alert(1)</script> & <!-- x -->';
    expect(JSON.parse(scriptSafeJson({ headline: title }))).toEqual({ headline: title });
  });
});
