/**
 * rehype-link-urls's quick test never rules out a text in which linkify-it finds a link the
 * plugin would make (http, https or mailto).
 */
import fc from 'fast-check';
import { LinkifyIt } from 'linkify-it';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_LINK } from '../../src/plugins/rehype-link-urls.ts';

const linkify = new LinkifyIt().set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
const PIECES = [
  'example',
  'com',
  'org',
  'www',
  '.',
  '@',
  ':',
  '/',
  '//',
  'http',
  'https',
  'mailto',
  ' ',
  'é',
  'рф',
  'xn--p1ai',
  '1',
  '-',
  '_',
  '。',
  '．',
  '(',
  ')',
  'a',
  'B',
];

/** Texts built around something shaped like a link, so that many of them hold one. */
const label = fc.constantFrom('example', 'www', 'a-b', 'xn--p1ai', 'рф', 'mail', 'x1', 'é', 'Tajik');
const tld = fc.constantFrom('com', 'org', 'ru', 'рф', 'xn--p1ai', 'io', 'uk', '1', 'c', 'tj');
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld, fc.constantFrom('.', '.', '。', '．'))
  .map(([labels, top, dot]) => [...labels, top].join(dot));
const linkish = fc
  .tuple(
    fc.constantFrom('', ' ', '(', '«', '“', 'see '),
    fc.constantFrom('', 'http://', 'https://', 'mailto:', '//', 'user@', 'ftp://', 'HTTP://'),
    host,
    fc.constantFrom('', '/', '/path?q=1', ':8080', '.', ','),
    fc.constantFrom('', ' ', ')', '»', '”', '. Next'),
  )
  .map((parts) => parts.join(''));
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  linkish,
);

describe('MAY_HOLD_LINK', () => {
  it('is true for every text in which linkify-it finds a link the plugin makes', () => {
    let withLinks = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const links = (linkify.match(text) ?? []).filter((m) => /^(?:https?:|mailto:)/i.test(m.url));
        if (links.length > 0) {
          withLinks++;
          expect(MAY_HOLD_LINK.test(text), text).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
    // The texts did exercise the claim.
    expect(withLinks).toBeGreaterThan(500);
  });

  it('rules out plain prose', () => {
    expect(MAY_HOLD_LINK.test('The border talks ended on Tuesday, he said. “Yes.”')).toBe(false);
  });
});
