/**
 * Known-item queries for the search benchmark, drawn with a fixed seed from the articles of
 * a built site: each sampled article gives its exact title, one sentence of its body, and
 * its title with one typo in its longest word. Pure functions (the randomness is a seeded
 * generator passed in), so a seed always gives the same queries.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface BenchArticle {
  /** Site-relative URL, as search results give it (`/articles/<slug>/`). */
  url: string;
  title: string;
  /** Body paragraphs (and list items), as shown on the page. */
  paragraphs: string[];
}

export type QuerySet = 'title' | 'sentence' | 'typo';
export const QUERY_SETS: readonly QuerySet[] = ['title', 'sentence', 'typo'];

export type TypoKind = 'swap' | 'drop' | 'double';
export const TYPO_KINDS: readonly TypoKind[] = ['swap', 'drop', 'double'];

export interface Typo {
  kind: TypoKind;
  /** The word as the title writes it, and as the query misspells it. */
  word: string;
  typed: string;
}

export interface BenchQuery {
  set: QuerySet;
  query: string;
  /** The sampled article. */
  target: string;
  /**
   * Every article a reader could have meant: those with the same title (title and typo
   * sets) or holding the same sentence (sentence set), word for word, punctuation aside.
   * Archives repeat articles.
   */
  relevant: string[];
  typo?: Typo;
}

export interface Random {
  /** An integer from `from` to `to`, both included. */
  int(from: number, to: number): number;
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  return { int: (from, to) => uniformInt(rng, from, to) };
}

/** `count` different articles, drawn uniformly (all of them, shuffled, when there are fewer). */
export function sampleArticles<T>(articles: readonly T[], count: number, random: Random): T[] {
  const pool = [...articles];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Sentences shorter than this many words are not used as "pasted sentence" queries. */
export const MIN_SENTENCE_WORDS = 6;

/** The sentences of a text (Unicode sentence boundaries), trimmed. */
export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One sentence of the article's body with at least MIN_SENTENCE_WORDS words, if it has one. */
export function pickSentence(article: BenchArticle, random: Random): string | undefined {
  const candidates = article.paragraphs.flatMap(sentences).filter((s) => wordCount(s) >= MIN_SENTENCE_WORDS);
  return candidates.length === 0 ? undefined : candidates[random.int(0, candidates.length - 1)];
}

/** The word with one typo of `kind` at `position` (a swap exchanges `position` and the next letter). */
export function applyTypo(word: string, kind: TypoKind, position: number): string {
  const chars = [...word];
  if (kind === 'swap') [chars[position], chars[position + 1]] = [chars[position + 1]!, chars[position]!];
  else if (kind === 'drop') chars.splice(position, 1);
  else chars.splice(position, 0, chars[position]!);
  return chars.join('');
}

/** Positions where a typo of `kind` changes the word. */
export function typoPositions(word: string, kind: TypoKind): number[] {
  const chars = [...word];
  const positions: number[] = [];
  const last = kind === 'swap' ? chars.length - 2 : chars.length - 1;
  for (let i = 0; i <= last; i++) {
    if (kind === 'swap' && chars[i] === chars[i + 1]) continue;
    positions.push(i);
  }
  return positions;
}

/** The longest run of letters in the title (the first of equally long ones), with its offset. */
export function longestWord(title: string): { word: string; index: number } | undefined {
  let best: { word: string; index: number } | undefined;
  for (const match of title.matchAll(/\p{L}+/gu)) {
    if (!best || [...match[0]].length > [...best.word].length) best = { word: match[0], index: match.index };
  }
  return best;
}

/** Words shorter than this are not given typos (a typo there leaves too little to go on). */
export const MIN_TYPO_WORD_LENGTH = 4;

/** The title with one typo (a random kind at a random place) in its longest word. */
export function titleWithTypo(title: string, random: Random): { query: string; typo: Typo } | undefined {
  const longest = longestWord(title);
  if (!longest || [...longest.word].length < MIN_TYPO_WORD_LENGTH) return undefined;
  const kind = TYPO_KINDS[random.int(0, TYPO_KINDS.length - 1)]!;
  const positions = typoPositions(longest.word, kind);
  if (positions.length === 0) return undefined;
  const typed = applyTypo(longest.word, kind, positions[random.int(0, positions.length - 1)]!);
  const query = title.slice(0, longest.index) + typed + title.slice(longest.index + longest.word.length);
  return { query, typo: { kind, word: longest.word, typed } };
}

/**
 * Text as a reader's query sees it: lowercase words (letters and digits) with single spaces,
 * punctuation and symbols gone — the search cannot tell texts apart that differ only there.
 */
export function wordsOnly(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The three queries for each of `count` sampled articles, with their relevant articles. */
export function buildQueries(articles: readonly BenchArticle[], count: number, seed: number): BenchQuery[] {
  const random = seededRandom(seed);
  const sample = sampleArticles(articles, count, random);
  const texts = new Map(articles.map((a) => [a.url, a.paragraphs.map(wordsOnly).join('\n')]));
  const titles = new Map(articles.map((a) => [a.url, wordsOnly(a.title)]));
  const queries: BenchQuery[] = [];
  for (const article of sample) {
    const title = titles.get(article.url)!;
    const titleMates = articles.filter((a) => titles.get(a.url) === title).map((a) => a.url);
    queries.push({ set: 'title', query: article.title, target: article.url, relevant: titleMates });
    const sentence = pickSentence(article, random);
    if (sentence !== undefined) {
      const words = wordsOnly(sentence);
      const holders = articles.filter((a) => texts.get(a.url)!.includes(words)).map((a) => a.url);
      queries.push({ set: 'sentence', query: sentence, target: article.url, relevant: holders });
    }
    const typo = titleWithTypo(article.title, random);
    if (typo) {
      queries.push({
        set: 'typo',
        query: typo.query,
        target: article.url,
        relevant: titleMates,
        typo: typo.typo,
      });
    }
  }
  return queries;
}
