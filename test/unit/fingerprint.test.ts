import { describe, expect, it } from 'vitest';
import {
  articleSignature,
  bandKeys,
  decodeSignature,
  encodeSignature,
  normalisedWords,
  signatureSimilarity,
  titleSimilarity,
} from '../../scripts/ingest/fingerprint.ts';

const BODY = [
  'The International High-Level Conference on border security has been commenced in Dushanbe, Tajikistan on 18 October 2022.',
  'The President of the Republic of Tajikistan stressed that the Government pays special attention to the continuous strengthening of the state border protection.',
  'The Secretary-General of the United Nations said in a video message that transnational threats such as terrorism demand coordinated solutions and multilateral cooperation.',
];

describe('article signatures', () => {
  it('are deterministic and survive a round trip through text', () => {
    const a = articleSignature('Title', BODY);
    expect(articleSignature('Title', BODY)).toEqual(a);
    const text = encodeSignature(a);
    expect(text).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(decodeSignature(text)).toEqual(a);
    expect(decodeSignature('not a signature!')).toBeUndefined();
    expect(decodeSignature('AAAA')).toBeUndefined();
  });

  it('score a corrected title or a fixed typo near 1, an added paragraph lower, another article near 0', () => {
    const original = articleSignature('Dushanbe Host the Conference', BODY);
    const retitled = articleSignature('Dushanbe Hosts the Conference', BODY);
    const typo = articleSignature('Dushanbe Host the Conference', [
      BODY[0]!.replace('has been commenced', 'has been commnced'),
      ...BODY.slice(1),
    ]);
    const added = articleSignature('Dushanbe Host the Conference', [
      ...BODY,
      'Delegations from forty countries attended the two-day meeting, which closed with a joint declaration on information exchange.',
    ]);
    const other = articleSignature('Dushanbe Host the Conference', [
      'Tajik authorities have handed down long prison terms to three journalists and a blogger in what rights groups call a renewed crackdown.',
    ]);
    expect(signatureSimilarity(original, original)).toBe(1);
    expect(signatureSimilarity(original, retitled)).toBeGreaterThan(0.8);
    expect(signatureSimilarity(original, typo)).toBeGreaterThan(0.8);
    expect(signatureSimilarity(original, added)).toBeGreaterThan(0.5);
    expect(signatureSimilarity(original, added)).toBeLessThan(signatureSimilarity(original, typo));
    expect(signatureSimilarity(original, other)).toBeLessThan(0.2);
  });

  it('shingle text without spaces (Chinese) and text with no words at all', () => {
    const zh = articleSignature('标题', ['塔吉克斯坦总统在杜尚别会见了联合国反恐办公室副秘书长。']);
    const zhFixed = articleSignature('标题', ['塔吉克斯坦总统在杜尚别会见了联合国反恐办公室的副秘书长。']);
    expect(signatureSimilarity(zh, zhFixed)).toBeGreaterThan(0.6);
    expect(normalisedWords('Ünïcode ＦＵＬＬ width')).toEqual(['ünïcode', 'full', 'width']);
    const symbols = articleSignature('🎉', ['★ ☆']);
    expect(signatureSimilarity(symbols, articleSignature('🎉', ['★ ☆']))).toBe(1);
  });

  it('share a band key when they are similar', () => {
    const a = articleSignature('Title', BODY);
    const b = articleSignature('Title!', BODY);
    expect(bandKeys(a)).toHaveLength(21);
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('title similarity', () => {
  it('is high for a one-letter fix and low for another title', () => {
    expect(
      titleSimilarity(
        'Dushanbe Host the High-Level International Conference',
        'Dushanbe Hosts the High-Level International Conference',
      ),
    ).toBeGreaterThan(0.95);
    expect(titleSimilarity('Same', 'same')).toBe(1);
    expect(titleSimilarity('Economy grows', 'Football results')).toBeLessThan(0.5);
  });
});
