/**
 * Term lists as the exports state them (formats/common/terms.ts): `;`-separated names with
 * their relevance, and Factiva's `code : Name | …` classification lines.
 */
import { describe, expect, it } from 'vitest';
import { parseCodeTerms, parseTerms } from '../../../scripts/ingest/formats/common/terms.ts';

describe('term lists', () => {
  it('reads names with their relevance, and without', () => {
    expect(parseTerms('Stock Indexes (96%); Annual Financial Results (84%)')).toEqual([
      { name: 'Stock Indexes', relevance: 96 },
      { name: 'Annual Financial Results', relevance: 84 },
    ]);
    expect(parseTerms('TRADE (90%); TARIFFS (71%); NO RELEVANCE')).toEqual([
      { name: 'TRADE', relevance: 90 },
      { name: 'TARIFFS', relevance: 71 },
      { name: 'NO RELEVANCE' },
    ]);
    expect(parseTerms('COVID-19 vaccines; Schools; ')).toEqual([
      { name: 'COVID-19 vaccines' },
      { name: 'Schools' },
    ]);
  });

  it('keeps a percentage that is no relevance, and no term without a name', () => {
    expect(parseTerms('RATES (120%); (90%);\u00a0 ;  WAGES  &  SALARIES ')).toEqual([
      { name: 'RATES (120%)' },
      { name: '(90%)' },
      { name: 'WAGES & SALARIES' },
    ]);
  });

  it("reads Factiva's classification lists as terms, without its codes", () => {
    expect(parseCodeTerms('rivr : Riverside | lam :  | eurz : Europe')).toEqual([
      { name: 'Riverside' },
      { name: 'Europe' },
    ]);
  });
});
