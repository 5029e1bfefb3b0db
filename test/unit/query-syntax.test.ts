import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternatives,
  parseQuery,
  printQuery,
  QUERY_FIELDS,
  usesSyntax,
  type ParsedQuery,
  type TextTerm,
} from '../../src/client/search/query-syntax.ts';

function parsed(input: string): ParsedQuery {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`did not parse: ${result.error.message}`);
  return result.query;
}

function error(input: string) {
  const result = parseQuery(input);
  if (result.ok) throw new Error(`parsed: ${JSON.stringify(result.query)}`);
  return result.error;
}

const word = (text: string): TextTerm => ({ kind: 'word', text });
const phrase = (text: string): TextTerm => ({ kind: 'phrase', text });

describe('parseQuery', () => {
  it('reads phrases, exclusions, OR and fields', () => {
    expect(parsed('"border security" -Kyrgyz')).toEqual({
      groups: [[phrase('border security')]],
      excluded: [word('Kyrgyz')],
      fields: [],
    });
    expect(parsed('a b OR "c d" e -"f g" place:"New  York" lang:de Source:UN')).toEqual({
      groups: [[word('a')], [word('b'), phrase('c d')], [word('e')]],
      excluded: [phrase('f g')],
      fields: [
        { field: 'place', value: 'New York' },
        { field: 'lang', value: 'de' },
        { field: 'source', value: 'UN' },
      ],
    });
    expect(parsed('“curly quotes” or 10:30 Note: - x')).toEqual({
      groups: [
        [phrase('curly quotes')],
        [word('or')],
        [word('10:30')],
        [word('Note:')],
        [word('-')],
        [word('x')],
      ],
      excluded: [],
      fields: [],
    });
  });

  it('names what it cannot read, where, and offers the plain search', () => {
    expect(error('"border security -Kyrgyz')).toEqual({
      message: 'The quote at character 1 is never closed.',
      position: 0,
      fallback: 'border security',
    });
    expect(error('Tajikistan OR').message).toBe('“OR” at character 12 needs a word or phrase on each side.');
    expect(error('OR Tajikistan').position).toBe(0);
    expect(error('a OR OR b').message).toMatch(/OR/);
    expect(error('a OR -b').message).toMatch(/OR/);
    const unknown = error('author:Smith Dushanbe');
    expect(unknown.message).toBe(
      '“author:” is not a field; the fields are source:, section:, lang:, person:, place:, org:.',
    );
    expect(unknown.fallback).toBe('Smith Dushanbe');
    expect(error('place:"New York').position).toBe(6);
    expect(error('-source:UN x').message).toMatch(/cannot be excluded/);
    expect(error('a "" b').message).toMatch(/hold nothing/);
  });

  it('tells plain queries from ones that need the advanced search, and expands OR', () => {
    expect(usesSyntax(parsed('Tajikistan border'))).toBe(false);
    for (const q of ['"a b"', 'a -b', 'a OR b', 'place:x']) expect(usesSyntax(parsed(q))).toBe(true);
    expect(alternatives(parsed('a b OR c d OR e'), 8)).toEqual([
      [word('a'), word('b'), word('d')],
      [word('a'), word('b'), word('e')],
      [word('a'), word('c'), word('d')],
      [word('a'), word('c'), word('e')],
    ]);
    expect(alternatives(parsed('a OR b c OR d e OR f'), 4)).toBeUndefined();
  });
});

const syntaxChars = fc.constantFrom(' ', '"', '“', '”', '-', ':', 'OR', 'source:', 'place:', 'x', 'é', '\t');

describe('parseQuery, properties', () => {
  it('never throws, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.array(syntaxChars).map((a) => a.join('')),
        ),
        (s) => {
          const result = parseQuery(s);
          if (!result.ok) {
            expect(result.error.position).toBeGreaterThanOrEqual(0);
            expect(result.error.position).toBeLessThanOrEqual(s.length);
            expect(parseQuery(result.error.fallback).ok).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  const letters = fc
    .stringMatching(/^[A-Za-z0-9éß.,!?'()]{1,8}$/)
    .filter((w) => w !== 'OR' && !w.startsWith('-'));
  const term = fc.oneof(
    letters.map(word),
    fc.array(letters, { minLength: 1, maxLength: 3 }).map((ws) => phrase(ws.join(' '))),
  );
  const query: fc.Arbitrary<ParsedQuery> = fc.record({
    groups: fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { maxLength: 4 }),
    excluded: fc.array(term, { maxLength: 3 }),
    fields: fc.array(
      fc.record({
        field: fc.constantFrom(...QUERY_FIELDS),
        value: fc.array(letters, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' ')),
      }),
      { maxLength: 3 },
    ),
  });

  it('prints a query that parses back to the same query', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(parsed(printQuery(q))).toEqual(q);
      }),
      { numRuns: 1000 },
    );
  });

  it('prints what it read so that it reads the same again', () => {
    fc.assert(
      fc.property(
        fc.array(syntaxChars).map((a) => a.join('')),
        (s) => {
          const result = parseQuery(s);
          if (result.ok) expect(parsed(printQuery(result.query))).toEqual(result.query);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
