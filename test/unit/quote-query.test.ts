import { describe, expect, it } from 'vitest';
import { quoteQuery } from '../../src/client/search/quote-query.ts';

describe('quoteQuery', () => {
  it('puts a query in curly quotes, a quoted phrase only once', () => {
    expect(quoteQuery('Voronkov')).toBe('“Voronkov”');
    expect(quoteQuery('"border security"')).toBe('“border security”');
    expect(quoteQuery(' "border security" ')).toBe('“border security”');
    // Quotes inside a longer query are the query's own.
    expect(quoteQuery('"border security" -Kyrgyz')).toBe('“"border security" -Kyrgyz”');
    expect(quoteQuery('"a" "b"')).toBe('“"a" "b"”');
  });
});
