import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardVocabulary, VocabularyCounter } from '../../scripts/search-index/vocabulary.ts';
import { lookupShardKeys, type VocabularyEntry } from '../../src/shared/search-vocabulary.ts';
import { normalizeWord } from '../../src/shared/search-words.ts';
import { SpellingDictionary } from '../../src/client/search/spelling.ts';
import { oneEdit, wordArbitrary } from '../helpers/search-words.ts';

function dictionary(entries: VocabularyEntry[]): SpellingDictionary {
  const d = new SpellingDictionary();
  d.add(entries);
  return d;
}

const ARCHIVE: VocabularyEntry[] = [
  { word: 'Madrid', articles: 40 },
  { word: 'McIlroy', articles: 3 },
  { word: 'title', articles: 120 },
  { word: 'tilt', articles: 2 },
  { word: 'trouble', articles: 90 },
  { word: 'double', articles: 60 },
  { word: 'rouble', articles: 4 },
  { word: 'Dushanbe', articles: 7 },
];

describe('SpellingDictionary', () => {
  it.each([
    ['madird', 'Madrid'], // two letters swapped
    ['madrd', 'Madrid'], // one dropped
    ['maddrid', 'Madrid'], // one doubled
    ['mcirloy', 'McIlroy'],
    ['ushanbe', 'Dushanbe'], // the first letter dropped
    ['tilte', 'title'], // a swap is one edit, so `title` beats the more distant `tilt`
  ])('corrects %s to %s', (typed, word) => {
    expect(dictionary(ARCHIVE).suggest(typed)[0]?.word).toBe(word);
  });

  it('orders suggestions by edits, then by the articles a word is in', () => {
    expect(
      dictionary(ARCHIVE)
        .suggest('souble')
        .map((s) => s.word),
    ).toEqual(['double', 'rouble']);
    expect(
      dictionary(ARCHIVE)
        .suggest('rouble')
        .map((s) => s.word),
    ).toEqual(['trouble', 'double']);
  });

  it('never suggests the word itself, nor words two edits away', () => {
    const d = dictionary(ARCHIVE);
    expect(d.has('madrid')).toBe(true);
    expect(d.suggest('madrid')).toEqual([]);
    expect(d.suggest('mdarid')).toEqual([{ word: 'Madrid', term: 'madrid', distance: 1, articles: 40 }]);
    expect(d.suggest('mdraid')).toEqual([]);
  });

  it('finds any word one edit away using only the shards the lookup loads', () => {
    fc.assert(
      fc.property(fc.uniqueArray(wordArbitrary, { minLength: 1, maxLength: 40 }), fc.nat(), (words, pick) => {
        const counter = new VocabularyCounter();
        counter.addArticle(words.join(' '));
        const shards = shardVocabulary(counter.entries());
        const word = words[pick % words.length]!;
        return fc.assert(
          fc.property(oneEdit(word), (typed) => {
            const term = normalizeWord(typed);
            fc.pre(term !== normalizeWord(word) && !words.some((w) => normalizeWord(w) === term));
            const loaded = dictionary(lookupShardKeys(term).flatMap((k) => shards.get(k) ?? []));
            expect(loaded.suggest(term, 1000).map((s) => s.term)).toContain(normalizeWord(word));
          }),
          { numRuns: 20 },
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('VocabularyCounter', () => {
  it('counts the articles a word is in, and keeps the form it is most often written in', () => {
    const counter = new VocabularyCounter();
    counter.addArticle('McIlroy wins. McIlroy and mcilroy, “McIlroy”');
    counter.addArticle('The title: McIlroy’s title');
    const entries = counter.entries();
    expect(entries.get('mcilroy')).toEqual({ word: 'McIlroy', articles: 1 });
    expect(entries.get('mcilroys')).toEqual({ word: 'McIlroy’s', articles: 1 });
    expect(entries.get('title')).toEqual({ word: 'title', articles: 1 });
    expect(entries.get('the')).toEqual({ word: 'The', articles: 1 });
    expect(entries.has('and')).toBe(true);
  });

  it('shards deterministically, whatever order the articles come in', () => {
    fc.assert(
      fc.property(fc.array(fc.array(wordArbitrary, { maxLength: 10 }), { maxLength: 10 }), (articles) => {
        const shard = (list: string[][]) => {
          const counter = new VocabularyCounter();
          for (const a of list) counter.addArticle(a.join(' '));
          return [...shardVocabulary(counter.entries())];
        };
        expect(shard([...articles].reverse())).toEqual(shard(articles));
      }),
    );
  });

  it('gives the same vocabulary from counts made per group of articles, merged, as from all at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.array(wordArbitrary, { maxLength: 8 }), { maxLength: 6 }), { maxLength: 5 }),
        (groups) => {
          const all = new VocabularyCounter();
          for (const group of groups) for (const a of group) all.addArticle(a.join(' '));
          const merged = new VocabularyCounter();
          for (const group of groups) {
            const part = new VocabularyCounter();
            for (const a of group) part.addArticle(a.join(' '));
            // Through JSON, as the counts travel between the build's threads and its cache.
            merged.addCounts(JSON.parse(JSON.stringify(part.counts())));
          }
          expect([...shardVocabulary(merged.entries())]).toEqual([...shardVocabulary(all.entries())]);
        },
      ),
    );
  });

  it('refuses counts in another format', () => {
    expect(() => new VocabularyCounter().addCounts({ format: 99, words: [] })).toThrow(/format 99/);
  });
});
