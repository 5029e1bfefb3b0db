import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTypo,
  buildQueries,
  longestWord,
  titleWithTypo,
  typoPositions,
  wordsOnly,
  type BenchArticle,
  seededRandom,
  TYPO_KINDS,
} from '../../bench/search/queries.ts';
import { appendToTable } from '../../bench/search/results.ts';

describe('benchmark typos', () => {
  it.each([
    ['swap', 1, 'Mdarid'],
    ['drop', 0, 'adrid'],
    ['double', 5, 'Madridd'],
  ] as const)('%s at %i', (kind, position, typed) => {
    expect(applyTypo('Madrid', kind, position)).toBe(typed);
  });

  it('always change the word, by one edit of the kind asked for', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z]{4,12}$/),
        fc.constantFrom(...TYPO_KINDS),
        fc.nat(),
        (word, kind, n) => {
          const positions = typoPositions(word, kind);
          fc.pre(positions.length > 0);
          const typed = applyTypo(word, kind, positions[n % positions.length]!);
          expect(typed).not.toBe(word);
          expect(typed.length - word.length).toBe(kind === 'drop' ? -1 : kind === 'double' ? 1 : 0);
        },
      ),
    );
  });

  it('go into the longest word of the title', () => {
    expect(longestWord('McIlroy aiming for Madrid title')).toEqual({ word: 'McIlroy', index: 0 });
    const typo = titleWithTypo('Ink helps drive democracy in Asia', seededRandom(3))!;
    expect(typo.typo.word).toBe('democracy');
    expect(typo.query.replace(typo.typo.typed, typo.typo.word)).toBe('Ink helps drive democracy in Asia');
  });
});

describe('benchmark queries', () => {
  const articles: BenchArticle[] = [
    {
      url: '/a/',
      title: 'Madrid title race',
      paragraphs: ['McIlroy leads in Madrid. He said: “It is a fine course, really.”'],
    },
    { url: '/b/', title: 'Madrid title race!', paragraphs: ['A copy: he said it is a fine course really.'] },
    { url: '/c/', title: 'Another story', paragraphs: ['Nothing to see here at all, said nobody today.'] },
  ];

  it('are the same for the same seed', () => {
    expect(buildQueries(articles, 3, 7)).toEqual(buildQueries(articles, 3, 7));
  });

  it('count every article a reader could have meant, punctuation aside', () => {
    const queries = buildQueries(articles, 3, 1);
    const title = queries.find((q) => q.set === 'title' && q.target === '/a/')!;
    expect(title.relevant).toEqual(['/a/', '/b/']);
    expect(wordsOnly('He said: “It is a fine course, really.”')).toBe(' he said it is a fine course really ');
  });
});

describe('benchmark results table', () => {
  it('keeps the search-quality table above a table that other benchmarks append to', () => {
    const other = '# Benchmark results\n\nIntro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const once = appendToTable(other, ['| row 1 |']);
    const twice = appendToTable(once, ['| row 2 |']);
    const lines = twice.split('\n');
    expect(lines.indexOf('| row 2 |')).toBe(lines.indexOf('| row 1 |') + 1);
    expect(lines.indexOf('| row 1 |')).toBeLessThan(lines.indexOf('| a | b |'));
    expect(twice.endsWith('| 1 | 2 |\n')).toBe(true);
    expect(appendToTable('', ['| r |']).startsWith('# Benchmark results\n\n## Search quality')).toBe(true);
  });
});
