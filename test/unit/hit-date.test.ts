import { describe, expect, it } from 'vitest';
import { formatHitDate } from '../../src/client/search/render-hit.ts';

describe('a result’s date', () => {
  it('is shown to its precision, never as the first day of its month', () => {
    expect(formatHitDate('2022-10-17', 'en')).toBe('October 17, 2022');
    expect(formatHitDate('2022-10', 'en')).toBe('October 2022');
    expect(formatHitDate('2022', 'en')).toBe('2022');
    expect(formatHitDate('soon', 'en')).toBe('soon');
  });
});
