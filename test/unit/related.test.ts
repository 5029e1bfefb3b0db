import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relateArticles, type RelationInput } from '../../scripts/ingest/related/index.ts';
import { lshCandidates } from '../../scripts/ingest/related/lsh.ts';
import { estimatedJaccard, minhashSignature } from '../../scripts/ingest/related/minhash.ts';
import { sameEventGroups } from '../../scripts/ingest/related/same-event.ts';
import { eventShingles, jaccard } from '../../scripts/ingest/related/shingles.ts';
import { contentTerms, termHash } from '../../scripts/ingest/related/terms.ts';
import { cosine, termVectors } from '../../scripts/ingest/related/term-vectors.ts';

const numRuns = Number(process.env.FC_RUNS ?? 300);

/** Two reports of one (invented) event in other words, and unrelated stories. */
const FLOOD_A = [
  'Flooding along the Varnek river forced the evacuation of 3,400 residents of Oltrava on 4 March 2021.',
  'Mayor Ilse Brandmark said the Varnek dam at Pellworth held, but the river rose two metres overnight.',
  'The Oltrava regional emergency service opened shelters in the Pellworth sports hall.',
];
const FLOOD_B = [
  'About 3,400 people left their homes in Oltrava as the Varnek river burst its banks on 4 March 2021.',
  'The Varnek dam at Pellworth held, Mayor Ilse Brandmark told reporters, though water rose two metres.',
  'Shelters were opened by the Oltrava regional emergency service in Pellworth.',
];
const ELECTION = [
  'Voters in Marsden county chose a new council on Sunday, with turnout of 61 percent.',
  'The Green Alliance won nine seats, its best result since the county was formed.',
];
const MARKET = [
  'Shares in Calloway Foods fell sharply after the grocer warned that profits would halve.',
  'Analysts at Brightwater Capital said the warning reflected rising wheat prices.',
];

const article = (id: string, title: string, texts: string[], date?: string): RelationInput => ({
  id,
  title,
  texts,
  ...(date ? { date } : {}),
});

describe('content words and event shingles', () => {
  it('drop function words and diacritics, keep names and numbers in order', () => {
    const words = ['secretary', 'general', 'antonio', 'guterres', '18', 'october'];
    expect(contentTerms('The Secretary-General, António Guterres, said on 18 October that …')).toEqual(
      Uint32Array.from(words.map(termHash)),
    );
    expect(contentTerms('ANTONIO guterres')).toEqual(contentTerms('António Guterres'));
    expect(contentTerms('東京')).toHaveLength(2);
    expect(contentTerms(['Antonio', 'Guterres'])).toEqual(contentTerms('Antonio\nGuterres'));
  });

  it('fold each word as a whole: letter by letter where they are Latin, as the word otherwise', () => {
    // Latin letters with and without diacritics, combining marks, Greek and Cyrillic (folded
    // whole), a Turkish dotted I (two code units when lowercased), spaces and punctuation.
    const chars = fc.constantFrom(
      ...'abcxyzAÉZ ,.-'.split(''),
      ...'àáâãäåçèéêëìíîïñòóöøùúüýÿāăąćčďēėęěğīıłńňōőœřśşšťūůűźżžǆǅ'.split(''),
      '\u0301',
      '\u0308',
      '\u0327',
      ...'άέήίόύώΑΣςιϊΐабвгдеёжзийЙ'.split(''),
      'İ',
      'ß',
    );
    const wholeWords = (text: string): string =>
      text.toLowerCase().replace(/[\p{L}\p{M}\p{N}]+/gu, (w) =>
        w
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .normalize('NFKC'),
      );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(contentTerms(text)).toEqual(contentTerms(wholeWords(text)));
      }),
      { numRuns },
    );
  });

  it('are pairs of neighbouring content words: the same names in other sentences share them', () => {
    const a = eventShingles(contentTerms(FLOOD_A.join(' ')));
    const b = eventShingles(contentTerms(FLOOD_B.join(' ')));
    const c = eventShingles(contentTerms(ELECTION.join(' ')));
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(a.length);
    expect(jaccard(a, b)).toBeGreaterThan(0.15);
    expect(jaccard(a, c)).toBe(0);
    expect(jaccard(a, a)).toBe(1);
    expect(eventShingles(contentTerms('alone'))).toHaveLength(1);
    expect(eventShingles(new Uint32Array())).toHaveLength(0);
  });
});

describe('MinHash and LSH candidates', () => {
  it('signatures are deterministic and estimate the Jaccard similarity', () => {
    const words = (n: number, from = 0): Uint32Array =>
      Uint32Array.from({ length: n }, (_, i) => termHash(`w${i + from}`));
    const a = eventShingles(words(400));
    const b = eventShingles(words(400, 200)); // 199 of 599 pairs shared: J ≈ 0.33
    expect(minhashSignature(a)).toEqual(minhashSignature(a));
    expect(estimatedJaccard(minhashSignature(a), minhashSignature(b))).toBeCloseTo(jaccard(a, b), 0);
    expect(estimatedJaccard(minhashSignature(a), minhashSignature(eventShingles(words(400, 1000))))).toBe(0);
  });

  it('pairs only signatures that share a band, each pair once, and skips crowded buckets', () => {
    const s = (...values: number[]): Uint32Array => Uint32Array.from(values);
    const signatures = [s(1, 2, 3), s(1, 9, 9), s(7, 2, 3), s(8, 8, 8)];
    expect(lshCandidates(signatures)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(lshCandidates(signatures, { rows: 3 })).toEqual([]);
    expect(lshCandidates([s(5), s(5), s(5)], { maxBucket: 2 })).toEqual([]);
  });
});

describe('same-event groups', () => {
  it('group two reports of one event and leave unrelated stories alone', () => {
    const { relations, groups } = relateArticles([
      article('aaaaaaaaaa', 'Varnek river floods Oltrava', FLOOD_A),
      article('bbbbbbbbbb', 'Election in Marsden', ELECTION),
      article('cccccccccc', 'Thousands leave Oltrava as Varnek bursts its banks', FLOOD_B),
      article('dddddddddd', 'Calloway Foods warns on profits', MARKET),
    ]);
    expect(groups).toEqual([['aaaaaaaaaa', 'cccccccccc']]);
    expect(relations[0]!.sameEvent).toEqual(['cccccccccc']);
    expect(relations[2]!.sameEvent).toEqual(['aaaaaaaaaa']);
    expect(relations[1]!.sameEvent).toBeUndefined();
  });

  it('keep reports dated more than three days apart in separate events', () => {
    const { groups } = relateArticles([
      article('aaaaaaaaaa', 'Varnek river floods Oltrava', FLOOD_A, '2021-03-04'),
      article('cccccccccc', 'Thousands leave Oltrava', FLOOD_B, '2021-03-09'),
    ]);
    expect(groups).toEqual([]);
    expect(
      relateArticles([
        article('aaaaaaaaaa', 'Varnek river floods Oltrava', FLOOD_A, '2021-03-04'),
        article('cccccccccc', 'Thousands leave Oltrava', FLOOD_B, '2021-03-05'),
      ]).groups,
    ).toHaveLength(1);
  });

  it('do not depend on the input order', () => {
    const inputs = [
      article('aaaaaaaaaa', 'Varnek river floods Oltrava', FLOOD_A),
      article('bbbbbbbbbb', 'Election in Marsden', ELECTION),
      article('cccccccccc', 'Thousands leave Oltrava', FLOOD_B),
      article('eeeeeeeeee', 'Oltrava counts the cost', [...FLOOD_A.slice(1), ...FLOOD_B.slice(0, 1)]),
    ];
    const byId = (list: RelationInput[]) => {
      const { relations } = relateArticles(list);
      return Object.fromEntries(list.map((a, i) => [a.id, relations[i]]));
    };
    expect(byId([...inputs].reverse())).toEqual(byId(inputs));
  });

  it('are an equivalence: symmetric and transitive, never the article itself (property)', () => {
    // Articles made of a few shared "event" sentences and noise: many overlapping pairs.
    const sentence = fc.constantFrom(
      ...FLOOD_A,
      ...FLOOD_B,
      ...ELECTION,
      ...MARKET,
      'The Pellworth sports hall was opened to Marsden voters after the Varnek flood.',
      'Calloway Foods said the Oltrava store had closed after the flooding.',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 12 }),
        (bodies) => {
          const ids = bodies.map((_, i) => `article-${String(i).padStart(2, '0')}`);
          const items = bodies.map((texts, i) => {
            const shingles = eventShingles(contentTerms(texts.join(' ')));
            return { key: ids[i]!, shingles, signature: minhashSignature(shingles) };
          });
          const { members, groups } = sameEventGroups(items, { minShared: 1 });
          const same = (i: number, j: number): boolean => members[i]!.includes(j);
          for (let i = 0; i < items.length; i++) {
            expect(same(i, i)).toBe(false);
            for (const j of members[i]!) {
              expect(same(j, i)).toBe(true);
              for (const k of members[j]!) if (k !== i) expect(same(i, k)).toBe(true);
            }
          }
          expect(groups.flat().sort((a, b) => a - b)).toEqual(
            members.flatMap((m, i) => (m.length > 0 ? [i] : [])),
          );
        },
      ),
      { numRuns },
    );
  });
});

describe('related articles', () => {
  it('are the closest by content, best first, never the article itself or its event', () => {
    const inputs = [
      article('aaaaaaaaaa', 'Varnek river floods Oltrava', FLOOD_A),
      article('cccccccccc', 'Thousands leave Oltrava', FLOOD_B),
      article('ffffffffff', 'Oltrava rebuilds its sports hall', [
        'The Pellworth sports hall in Oltrava, a flood shelter last year, reopened.',
        'Mayor Ilse Brandmark thanked the emergency service.',
      ]),
      article('bbbbbbbbbb', 'Election in Marsden', ELECTION),
      article('dddddddddd', 'Calloway Foods warns on profits', MARKET),
      article('gggggggggg', 'Marsden council sworn in', [
        'The new Marsden county council met for the first time, with nine Green Alliance members.',
      ]),
    ];
    const { relations } = relateArticles(inputs);
    expect(relations[0]).toEqual({ sameEvent: ['cccccccccc'], related: ['ffffffffff'] });
    expect(relations[3]!.related).toEqual(['gggggggggg']);
    for (const [i, r] of relations.entries()) {
      expect(r.related ?? []).not.toContain(inputs[i]!.id);
      for (const id of r.sameEvent ?? []) expect(r.related ?? []).not.toContain(id);
      expect((r.related ?? []).length).toBeLessThanOrEqual(5);
    }
  });

  it('term vectors have length 1 and cosine 1 with themselves', () => {
    const vectors = termVectors([
      contentTerms(FLOOD_A.join(' ')),
      contentTerms(FLOOD_B.join(' ')),
      contentTerms('x'),
    ]);
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 10);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(0);
    expect(vectors[2]!.terms).toHaveLength(0);
  });
});
