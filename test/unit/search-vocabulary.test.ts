import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShard,
  encodeShard,
  lookupShardKeys,
  MAX_WORD_LENGTH,
  MIN_WORD_LENGTH,
  surfaceForm,
  wordShardKeys,
} from '../../src/shared/search-vocabulary.ts';
import { VocabularyCounter } from '../../scripts/search-index/vocabulary.ts';
import { normalizeWord } from '../../src/shared/search-words.ts';
import { oneEdit, wordArbitrary } from '../helpers/search-words.ts';

describe('normalizeWord', () => {
  it.each([
    ['Madrid', 'madrid'],
    ["McIlroy's", 'mcilroys'],
    ['McIlroy’s', 'mcilroys'],
    ['peer-to-peer', 'peertopeer'],
    ['Café', 'cafe'],
    ['Привет', 'привет'],
    ['“Dushanbe,”', 'dushanbe'],
    ['£1.5bn', ''],
    ['100m', ''],
    ['C++', ''],
    // As Pagefind matches them: umlauts folded, kana keep their dakuten, Korean decomposed.
    ['Verhandlungen', 'verhandlungen'],
    ['Bürgerinnen', 'burgerinnen'],
    ['がっこう', 'がっこう'],
    ['パン', 'パン'],
    ['자전거', '자전거'.normalize('NFD')],
  ])('%s → %s', (word, normalized) => {
    expect(normalizeWord(word)).toBe(normalized);
  });
});

describe('surfaceForm', () => {
  it('keeps the word as written, without the punctuation around it', () => {
    expect(surfaceForm('“Madrid,”')).toBe('Madrid');
    expect(surfaceForm("(McIlroy's)")).toBe("McIlroy's");
    expect(surfaceForm('peer-to-peer.')).toBe('peer-to-peer');
  });

  it('leaves out short words, long ones, numbers and symbols', () => {
    expect(surfaceForm('of')).toBe('');
    expect(surfaceForm('x'.repeat(MAX_WORD_LENGTH + 1))).toBe('');
    expect(surfaceForm('2022')).toBe('');
    expect(surfaceForm('£1.5bn')).toBe('');
    expect(surfaceForm('—')).toBe('');
  });
});

describe('shards', () => {
  it('store a word by its first and its second letter', () => {
    expect(wordShardKeys('madrid').sort()).toEqual(['a-6', 'm-6']);
    expect(wordShardKeys('llama')).toEqual(['l-5']);
    expect(wordShardKeys('привет')).toEqual(['u43f-6', 'u440-6']);
  });

  it('look a word up in at most five shards', () => {
    expect(lookupShardKeys('madird').sort()).toEqual(['a-5', 'a-6', 'm-5', 'm-6', 'm-7']);
  });

  it('hold every word one edit away from the word looked up, wherever the edit is', () => {
    fc.assert(
      fc.property(
        wordArbitrary.chain((word) => oneEdit(word).map((typed) => ({ word, typed }))),
        ({ word, typed }) => {
          fc.pre(typed.length >= MIN_WORD_LENGTH - 1);
          const stored = new Set(wordShardKeys(word));
          expect(lookupShardKeys(typed).some((k) => stored.has(k))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('encode and decode entries unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            word: fc.stringMatching(/^[A-Za-zé'-]{3,12}$/),
            articles: fc.integer({ min: 1, max: 100_000 }),
          }),
        ),
        (entries) => {
          expect(decodeShard(encodeShard(entries))).toEqual(entries);
        },
      ),
    );
  });
});

describe('the vocabulary of article texts', () => {
  it('counts words in any language, splitting where Pagefind segmented a sentence', () => {
    const counter = new VocabularyCounter();
    // A Pagefind fragment of a Chinese page: zero-width spaces between the words it found.
    counter.addArticle('北京市\u200B政府\u200B今天\u200B宣布\u200B改革计划\u200B。');
    counter.addArticle('Die Verhandlung dauerte lange. 자전거를 빌리기 어렵다.');
    counter.addArticle('Eine Verhandlung über 자전거를 nach 学校に\u200Bがっこう。');
    const entries = counter.entries();
    expect(entries.get(normalizeWord('北京市'))).toEqual({ word: '北京市', articles: 1 });
    expect(entries.get(normalizeWord('改革计划'))).toEqual({ word: '改革计划', articles: 1 });
    expect(entries.get('verhandlung')).toEqual({ word: 'Verhandlung', articles: 2 });
    expect(entries.get(normalizeWord('자전거를'))).toEqual({ word: '자전거를', articles: 2 });
    expect(entries.get(normalizeWord('がっこう'))).toEqual({ word: 'がっこう', articles: 1 });
  });
});
