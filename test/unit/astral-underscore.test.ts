/**
 * An underscore next to a character beyond the Basic Multilingual Plane (an emoji, a math
 * symbol) is text: it comes out of ingest → MDX → page exactly as written. Found by
 * test/property/hostile-text.test.ts (FC_RUNS=20000, seed -143382498).
 *
 * mdast-util-to-markdown leaves intraword underscores unescaped, and judges "intraword" by
 * one UTF-16 code unit, so half of 👧's surrogate pair counts as a letter and `👧__b__👍`
 * is written as it is; the site's parser (Sätteri) reads code points as CommonMark 0.31
 * says, takes 👧 and 👍 for punctuation, and shows "b" bold (micromark/micromark#189).
 */
import { describe, expect, it } from 'vitest';
import { checkFidelity, formatFidelityProblem } from '../../scripts/checks/fidelity.ts';
import { ingestAndRender } from '../helpers/article-page.ts';
import { sourceFromText } from '../helpers/ingest.ts';

/** Underscores that must stay text, each beside an astral character; the last ones control. */
const LINES = [
  '👩‍👩‍👧__b__👍🏽Привет', // the property test's counterexample
  '👧_b_👍',
  '𝜵_a_𝜵 and 𝜵__a__𝜵', // U+1D735, a mathematical symbol
  'a_👍_a and 👍__',
  'snake_case and !_b_! stay as they are',
];

describe('underscores next to astral characters', () => {
  it.each(LINES)('come out as written: %s', (line) => {
    const text = ['A title', '', line, '\u00a0', 'Source: Wire', ''].join('\n');
    const { inputs, articles } = ingestAndRender([sourceFromText(text, 'dumps/astral.txt')]);
    const report = checkFidelity(inputs, articles);
    expect(report.problems.map(formatFidelityProblem)).toEqual([]);
    expect(report.linesLost).toBe(0);
  });
});
