/** Page references beside a section (formats/common/page.ts). */
import { describe, expect, it } from 'vitest';
import { pageReference, pageWithin } from '../../../scripts/ingest/formats/common/page.ts';

describe('page references', () => {
  it.each([
    ['Pg. 1B', '1B'],
    ['Pg5', '5'],
    ['S. 12', '12'],
    ['Seite 4', '4'],
    ['Blz. 3', '3'],
    ['page A1', 'A1'],
    ['pag. 2', '2'],
    ['Pg. B1-B3', 'B1-B3'],
  ])('%s → %s', (text, page) => {
    expect(pageReference(text)).toBe(page);
  });

  it('finds one within a section, and no page without a number', () => {
    expect(pageWithin('LOCAL; Pg. 4')).toBe('4');
    expect(pageWithin('NEWS; Pg. 3A; Version:2')).toBe('3A');
    expect(pageReference('S. Korea')).toBeUndefined();
    expect(pageWithin('Chap. 3')).toBeUndefined();
    expect(pageWithin('WORLD; S. Korea')).toBeUndefined();
  });
});
