/**
 * The body serializer writes plain blocks itself and leaves the rest to
 * mdast-util-to-markdown; its output must be exactly what mdast-util-to-markdown writes for
 * the whole body, for any text (hostile or plain).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeBody, serializeBodyWithToMarkdown } from '../../scripts/ingest/serialize-mdx.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import { articleToMdast } from '../../scripts/ingest/to-mdast.ts';

/** Pieces of text: words, every ASCII punctuation mark, spaces of several kinds, other scripts. */
const PIECES = [
  'the',
  'Dushanbe',
  'said',
  '2022',
  '1',
  '1986.',
  'import',
  'export',
  'Import',
  ' ',
  ' ',
  '\u00a0',
  '\t',
  '\u2028',
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split(''),
  '<!--',
  '-->',
  '---',
  '&amp;',
  '&#x69;',
  'http://example.com',
  'a@b.org',
  '«',
  '»',
  '“',
  '”',
  '—',
  'é',
  'Привет',
  'سلام',
  '你好',
  '👩‍👩‍👧',
  '\u0301',
  '\u200b',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((t) => t.trim().length > 0);

/** Mostly plain sentences, the common case the fast path exists for. */
const sentence = fc
  .array(
    fc.constantFrom(
      'The',
      'border',
      'talks',
      'ended',
      'on',
      'Tuesday,',
      'he',
      'said',
      '—',
      '“yes”',
      'in',
      'Bishkek.',
    ),
    {
      minLength: 1,
      maxLength: 10,
    },
  )
  .map((words) => words.join(' '));

const anyText = fc.oneof(text, sentence);

const block: fc.Arbitrary<Block> = fc.oneof(
  anyText.map((t): Block => ({ kind: 'paragraph', text: t, line: 1 })),
  anyText.map((t): Block => ({ kind: 'heading', text: t, line: 1 })),
  fc
    .record({
      ordered: fc.boolean(),
      start: fc.integer({ min: 1, max: 12 }),
      items: fc.array(anyText, { minLength: 1, maxLength: 4 }),
    })
    .map(({ ordered, start, items }): Block => ({
      kind: 'list',
      ordered,
      ...(ordered ? { start } : {}),
      items: items.map((t, i) => ({ text: t, line: i + 1, ...(ordered ? { number: start + i } : {}) })),
    })),
);

describe('serializeBody', () => {
  it('writes exactly what mdast-util-to-markdown writes', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 0, maxLength: 8 }), (blocks) => {
        const tree = articleToMdast(blocks);
        expect(serializeBody(tree)).toBe(serializeBodyWithToMarkdown(tree));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });

  it('writes every single piece as mdast-util-to-markdown does, alone and after a word', () => {
    for (const piece of PIECES) {
      for (const t of [piece, `word ${piece}`, `${piece} word`, `${piece}${piece}`]) {
        if (t.trim() === '') continue;
        for (const kind of ['paragraph', 'heading'] as const) {
          const tree = articleToMdast([{ kind, text: t, line: 1 }]);
          expect(serializeBody(tree), JSON.stringify(t)).toBe(serializeBodyWithToMarkdown(tree));
        }
      }
    }
  });
});
