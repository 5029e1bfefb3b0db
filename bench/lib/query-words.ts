/**
 * Picks the search benchmark's query words from the corpus itself: rare words (in exactly
 * one article) and common words (in the most articles), counted per article with the
 * ingest's own reader and splitter, so the choice works for any input.
 */
import { createHash } from 'node:crypto';
import { listInputFiles, readSource } from '../../scripts/ingest/read.ts';
import { splitArticles } from '../../scripts/ingest/split.ts';

/** Function words a reader would not search for on their own. */
const FUNCTION_WORDS = new Set(
  (
    'that with from this have were which their there they been would will about after also into more other ' +
    'some than them then these when what where while could should being over only such most many those ' +
    'very your ours because before between both each under does just upon here'
  ).split(' '),
);

export interface QueryWords {
  articles: number;
  /** Words found in exactly one article, in a stable pseudo-random order. */
  rare: string[];
  /** Words found in the most articles, most first, with the share of articles holding them. */
  common: { word: string; share: number }[];
}

function stableOrder(word: string): string {
  return createHash('sha256').update(word).digest('hex');
}

/** Counts in how many articles each word occurs and picks `count` rare and common words. */
export function pickQueryWords(inputs: readonly string[], count = 6): QueryWords {
  const documentFrequency = new Map<string, number>();
  let articles = 0;
  for (const input of inputs) {
    for (const file of listInputFiles(input).files) {
      for (const article of splitArticles(readSource(file)).articles) {
        articles++;
        // Whole words as the index sees them: "Sho‘tzhiiy" is one word, not "sho" and "tzhiiy".
        const words = new Set<string>();
        for (const line of [article.title, ...article.body]) {
          for (const token of line.text.toLowerCase().split(/\s+/)) {
            const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
            if (word) words.add(word);
          }
        }
        for (const w of words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
      }
    }
  }
  const plain = /^[a-z]+$/;
  const rare = [...documentFrequency]
    .filter(([w, n]) => n === 1 && w.length >= 6 && w.length <= 12 && plain.test(w))
    .map(([w]) => w)
    .sort((a, b) => (stableOrder(a) < stableOrder(b) ? -1 : 1))
    .slice(0, count);
  const common = [...documentFrequency]
    .filter(([w]) => w.length >= 4 && plain.test(w) && !FUNCTION_WORDS.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([word, n]) => ({ word, share: n / Math.max(1, articles) }));
  return { articles, rare, common };
}
