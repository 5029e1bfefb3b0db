import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/shared/search-words.ts';
import type { PagefindSearchResult } from '../../src/client/search/pagefind.ts';
import {
  correctionAttempts,
  repairDoubtful,
  repairNoResults,
  type Searcher,
} from '../../src/client/search/query-repair.ts';
import {
  displayQuery,
  doubtfulWords,
  pagefindQuery,
  phraseQuery,
  plainlyHolds,
  queryWords,
  sameWords,
  textTerms,
} from '../../src/client/search/query-text.ts';
import { SpellingDictionary } from '../../src/client/search/spelling.ts';

/**
 * A stand-in for Pagefind over a few titles: a word matches the articles with a word that
 * starts with it (Pagefind's prefix matching); all words must match. The vocabulary is every
 * word of every title.
 */
function fakeSearcher(titles: string[]): Searcher & { searches: string[] } {
  const articles = titles.map((title, i) => ({ id: String(i), title, terms: textTerms(title) }));
  const dictionary = new SpellingDictionary();
  const counts = new Map<string, { word: string; articles: number }>();
  for (const a of articles) {
    for (const token of a.title.split(' ')) {
      const term = normalizeWord(token);
      if (term.length < 3) continue;
      const seen = counts.get(term) ?? { word: token, articles: 0 };
      seen.articles++;
      counts.set(term, seen);
    }
  }
  dictionary.add(counts.values());
  const result = (a: (typeof articles)[number]): PagefindSearchResult => ({
    id: a.id,
    score: 1,
    data: async () => ({
      url: `/a/${a.id}/`,
      content: a.title,
      excerpt: '',
      meta: { title: a.title },
      filters: {},
      sub_results: [],
    }),
  });
  const searches: string[] = [];
  return {
    searches,
    match: async (words) => {
      searches.push(pagefindQuery(words));
      const hits = articles.filter((a) => words.every((w) => [...a.terms].some((t) => t.startsWith(w.term))));
      return { results: hits.map(result), filters: {}, phrase: false };
    },
    knows: async (word) => articles.some((a) => a.terms.has(word.term)),
    suggest: async (words) => ({
      byWord: new Map(
        words.flatMap((w) => {
          const found = dictionary.suggest(w.term);
          return found.length > 0 ? [[w, found] as const] : [];
        }),
      ),
      vocabularyBytes: 100,
    }),
  };
}

const TITLES = [
  'McIlroy aiming for Madrid title',
  'FA probes crowd trouble',
  'Rouble falls against the dollar',
  'Dushanbe hosts counter-terrorism conference',
  'Voronkov meets Tajik minister',
  'Madrid bombings anniversary marked',
];

describe('query words', () => {
  it('keep what was typed, drop tokens without a letter or digit, and strip symbols for Pagefind', () => {
    const words = queryWords('  “McIlroy’s”  –  $100m (£53.2m) deal ');
    expect(words.map((w) => w.text)).toEqual(['“McIlroy’s”', '$100m', '(£53.2m)', 'deal']);
    expect(pagefindQuery(words)).toBe('“McIlroy’s” 100m (53.2m) deal');
    expect(words.map((w) => w.term)).toEqual(['mcilroys', '', '', 'deal']);
    expect(displayQuery(words)).toBe('“McIlroy’s” $100m (£53.2m) deal');
  });

  it('make a phrase without inner quote marks', () => {
    expect(phraseQuery(queryWords('dubbed the "McLibel Two", were'))).toBe('"dubbed the McLibel Two, were"');
  });
});

describe('sameWords', () => {
  it('compares words, not case, punctuation or symbols', () => {
    expect(sameWords('Nasdaq planning $100m share sale', 'nasdaq planning 100m share-sale')).toBe(false);
    expect(sameWords('Nasdaq planning $100m share sale', 'NASDAQ planning 100m share sale!')).toBe(true);
    expect(sameWords("'Standoff' on Deutsche's LSE bid", 'standoff on deutsches lse bid')).toBe(true);
    expect(sameWords('He said that its', 'He said that its reputation')).toBe(false);
  });
});

describe('doubtful words', () => {
  const held = textTerms('Standoff over planning: the German bidder is in talks');
  it('are those the top result does not plainly hold', () => {
    expect(plainlyHolds(held, 'plan')).toBe(true); // Pagefind matches the start of a word
    expect(plainlyHolds(held, 'planningg')).toBe(true); // one letter more than a word it holds
    expect(plainlyHolds(held, 'standooff')).toBe(false);
    expect(plainlyHolds(held, 'germ')).toBe(true);
    expect(plainlyHolds(held, 'germanys')).toBe(false);
  });

  it('ignore short words and words with digits', () => {
    const words = queryWords('Standooff on LSE bid 2004 xy');
    expect(doubtfulWords(words, 'German bidder in talks').map((w) => w.text)).toEqual(['Standooff', 'LSE']);
  });
});

describe('correction attempts', () => {
  const words = queryWords('Madird xqzzy title');
  const [madird, xqzzy] = words as [(typeof words)[0], (typeof words)[0]];
  const suggestions = new Map([
    [
      madird,
      [
        { word: 'Madrid', term: 'madrid', distance: 1, articles: 9 },
        { word: 'madir', term: 'madir', distance: 1, articles: 1 },
      ],
    ],
  ]);

  it('replace every unknown word, leaving out the ones without a suggestion', () => {
    expect(correctionAttempts(words, [madird, xqzzy], suggestions, 'every').map(displayQuery)).toEqual([
      'Madrid title',
      'madir title',
    ]);
  });

  it('or keep them as typed', () => {
    expect(
      correctionAttempts(words, [madird, xqzzy], suggestions, 'every-or-keep').map(displayQuery),
    ).toEqual(['Madrid xqzzy title', 'madir xqzzy title']);
  });

  it('are none without suggestions', () => {
    expect(correctionAttempts(words, [xqzzy], suggestions, 'every')).toEqual([]);
  });
});

describe('repairNoResults', () => {
  it('corrects a word the index does not know and says so', async () => {
    const searcher = fakeSearcher(TITLES);
    const repair = await repairNoResults(searcher, queryWords('McIrloy aiming for Madrid title'));
    expect(repair.strategy).toBe('corrected');
    expect(repair.corrected).toEqual({
      from: 'McIrloy aiming for Madrid title',
      to: 'McIlroy aiming for Madrid title',
    });
    expect(repair.matches.results.map((r) => r.id)).toEqual(['0']);
    expect(repair.droppedTerms).toBeUndefined();
  });

  it('writes the correction in lowercase when the reader did', async () => {
    const repair = await repairNoResults(fakeSearcher(TITLES), queryWords('mcirloy madrid'));
    expect(repair.corrected?.to).toBe('mcilroy madrid');
  });

  it('corrects one word and leaves out another that cannot be corrected', async () => {
    const repair = await repairNoResults(fakeSearcher(TITLES), queryWords('Dushanbe xqzzyv conferense'));
    expect(repair.strategy).toBe('corrected');
    expect(repair.corrected?.to).toBe('Dushanbe conference');
    expect(repair.droppedTerms).toEqual(['xqzzyv']);
    expect(repair.matches.results.map((r) => r.id)).toEqual(['3']);
  });

  it('drops words that match nothing and have no correction', async () => {
    const repair = await repairNoResults(fakeSearcher(TITLES), queryWords('Voronkov xqzzyv'));
    expect(repair.strategy).toBe('dropped');
    expect(repair.droppedTerms).toEqual(['xqzzyv']);
    expect(repair.words.map((w) => w.text)).toEqual(['Voronkov']);
    expect(repair.matches.results.map((r) => r.id)).toEqual(['4']);
  });

  it('corrects a real word typed for another one, one word at a time', async () => {
    const repair = await repairNoResults(fakeSearcher(TITLES), queryWords('FA probes crowd rouble'));
    expect(repair.strategy).toBe('corrected');
    expect(repair.corrected?.to).toBe('FA probes crowd trouble');
    expect(repair.matches.results.map((r) => r.id)).toEqual(['1']);
  });

  it('offers the closest titles when no single word is to blame', async () => {
    const repair = await repairNoResults(
      fakeSearcher(TITLES),
      queryWords('Voronkov Dushanbe Madrid bombings'),
    );
    expect(repair.strategy).toBe('closest');
    expect(repair.matches.results).toEqual([]);
    expect(repair.suggestions?.[0]).toEqual({ title: 'Madrid bombings anniversary marked', url: '/a/5/' });
    expect(repair.suggestions).toHaveLength(4);
  });

  it('ends in nothing only when no word matches anything', async () => {
    const repair = await repairNoResults(fakeSearcher(TITLES), queryWords('xqzzyv'));
    expect(repair.strategy).toBe('none');
    expect(repair.droppedTerms).toEqual(['xqzzyv']);
    expect(repair.suggestions).toBeUndefined();
  });
});

describe('repairDoubtful', () => {
  it('corrects a doubtful word the index does not know', async () => {
    const words = queryWords('Voronkov meets Tajik ministr');
    const repair = await repairDoubtful(fakeSearcher(TITLES), words, [words[3]!]);
    expect(repair?.corrected?.to).toBe('Voronkov meets Tajik minister');
  });

  it('leaves a doubtful word the index knows alone, without loading the vocabulary', async () => {
    const searcher = fakeSearcher(TITLES);
    let suggested = false;
    const watched: Searcher = { ...searcher, suggest: (w) => ((suggested = true), searcher.suggest(w)) };
    const words = queryWords('Rouble dollar');
    expect(await repairDoubtful(watched, words, [words[0]!])).toBeUndefined();
    expect(suggested).toBe(false);
  });
});
