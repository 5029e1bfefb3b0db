/**
 * compromise tags an article's texts in one call (taggedWindows in
 * scripts/ingest/entities/extract.ts): each text finds the same people, places and
 * organisations, with the same text and offsets, as when it is tagged alone — texts of which
 * nothing is kept (`But it rained.`), names that open or end a text, after a quote or a bracket.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { taggedWindows } from '../../scripts/ingest/entities/extract.ts';
import { BBC, FIXTURES, SEED } from '../helpers/paths.ts';

function texts(): string[] {
  const seed = readFileSync(SEED, 'utf8').split(/\n\s*\n|\n/);
  const evaluation = readFileSync(path.join(FIXTURES, 'entities/evaluation.yaml'), 'utf8').split('\n');
  return [...seed, ...evaluation]
    .map((t) => t.trim())
    .filter((t) => /\p{Lu}/u.test(t))
    .concat([
      'But it rained.',
      'Steve Gallagher, US chief economist at SG Corporate & Investment Banking, said so.',
      'And then.',
      '“Dushanbe is calm,” said Mr. Rahmon.',
      '(Paris)',
      'Mr.',
      'He met U.S.',
      'Talks in Paris ended',
      'said Dr.',
      'Dushanbe',
    ]);
}

describe('tagging several texts in one call', () => {
  it('finds in each text what tagging it alone finds', () => {
    const windows = texts();
    expect(windows.length).toBeGreaterThan(100);
    const alone = windows.map((one) => taggedWindows([one])[0]);
    const together = taggedWindows(windows);
    expect(together).toEqual(alone);
    expect(together.flatMap((t) => t.people).length).toBeGreaterThan(50);
    expect(together.flatMap((t) => t.places).length).toBeGreaterThan(20);
  });

  const hasBbc = existsSync(BBC);
  if (!hasBbc) console.warn('tagged-windows: BBC corpus absent, its articles are skipped');
  it.skipIf(!hasBbc)('finds in each paragraph of 250 BBC articles what tagging it alone finds', () => {
    const articles = ['business', 'entertainment', 'politics', 'sport', 'tech'].flatMap((section) =>
      readdirSync(path.join(BBC, section))
        .sort()
        .slice(0, 50)
        .map((file) =>
          readFileSync(path.join(BBC, section, file), 'latin1')
            .split(/\n\s*\n/u)
            .map((p) => p.trim())
            .filter((p) => /\p{Lu}/u.test(p)),
        ),
    );
    for (const paragraphs of articles)
      expect(taggedWindows(paragraphs)).toEqual(paragraphs.map((one) => taggedWindows([one])[0]));
  });

  it('gives nothing for no texts', () => {
    expect(taggedWindows([])).toEqual([]);
  });
});
