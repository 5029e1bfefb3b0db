/**
 * What the search does when a query as typed finds nothing, or finds articles that lack one
 * of its words: which words to doubt, which corrections to try in what order, when to drop
 * a word and when to fall back to the closest titles.
 *
 * The strategies run against a `Searcher` that the engine provides (engine.ts stays the only
 * code that calls Pagefind), so they can be tested with a fake one. The engine loads this
 * module only when a query needs it.
 */
import type { PagefindSearchResult } from './pagefind.ts';
import { correctedText, displayQuery, MIN_CORRECTED_LENGTH, type QueryWord } from './query-text.ts';
import type { SpellingSuggestion } from './spelling.ts';

export interface Matches {
  results: PagefindSearchResult[];
  filters: Record<string, Record<string, number>>;
  /** Whether some results hold the whole query as a phrase (they come first). */
  phrase: boolean;
}

export interface Suggestions {
  /** Spelling suggestions per word, best first (words without any are absent). */
  byWord: Map<QueryWord, SpellingSuggestion[]>;
  /** Compressed bytes of vocabulary that finding them needed. */
  vocabularyBytes: number;
}

export interface Searcher {
  /** The articles matching all these words, in rank order. */
  match(words: readonly QueryWord[]): Promise<Matches>;
  /** Whether the index holds the word itself (not merely a word it starts with). */
  knows(word: QueryWord): Promise<boolean>;
  /** Spelling suggestions for these words from the archive's vocabulary. */
  suggest(words: readonly QueryWord[]): Promise<Suggestions>;
}

export type RepairStrategy = 'corrected' | 'dropped' | 'closest' | 'none';

export interface Repair {
  strategy: RepairStrategy;
  matches: Matches;
  /** The words that produced `matches`. */
  words: QueryWord[];
  corrected?: { from: string; to: string };
  droppedTerms?: string[];
  suggestions?: { title: string; url: string }[];
}

/** Spelling suggestions tried per word. */
export const SUGGESTIONS_PER_WORD = 5;
/** Most corrected queries tried for one query. */
export const MAX_CORRECTION_ATTEMPTS = 8;
/** Closest titles offered when nothing else worked. */
export const CLOSEST_TITLES = 5;

const NO_MATCHES: Matches = { results: [], filters: {}, phrase: false };

/** A word replaced by a suggestion, written the way the reader wrote the original. */
function replaced(word: QueryWord, suggestion: SpellingSuggestion): QueryWord {
  const text = correctedText(word.text, suggestion.word);
  return { text, query: text, term: suggestion.term };
}

/**
 * How suspects are corrected: `every` word (words the index does not know: each one needs a
 * correction, left out when it has none), or `one` word at a time (known words standing in
 * the way: only one of them is likely wrong), or `every-or-keep` (as `every`, but a word
 * without a correction is kept as typed).
 */
export type CorrectionMode = 'every' | 'one' | 'every-or-keep';

/**
 * Corrected queries to try, in order. `every`: all suspects replaced by their best
 * suggestions, then each further suggestion for one suspect at a time. `one`: one suspect
 * replaced at a time, suspects in the order given, each with its suggestions best first.
 */
export function correctionAttempts(
  words: readonly QueryWord[],
  suspects: readonly QueryWord[],
  suggestions: ReadonlyMap<QueryWord, readonly SpellingSuggestion[]>,
  mode: CorrectionMode,
): QueryWord[][] {
  const suspected = new Set(suspects);
  const build = (choice: ReadonlyMap<QueryWord, SpellingSuggestion>): QueryWord[] =>
    words.flatMap((w) => {
      if (!suspected.has(w)) return [w];
      const chosen = choice.get(w);
      if (chosen) return [replaced(w, chosen)];
      return mode === 'every' ? [] : [w];
    });
  const usable = suspects.flatMap((w) => {
    const list = suggestions.get(w)?.slice(0, SUGGESTIONS_PER_WORD) ?? [];
    return list.length > 0 ? [[w, list] as const] : [];
  });
  if (usable.length === 0) return [];
  const attempts: QueryWord[][] = [];
  if (mode === 'one') {
    for (const [word, list] of usable) for (const s of list) attempts.push(build(new Map([[word, s]])));
  } else {
    const best = new Map(usable.map(([w, list]) => [w, list[0]!]));
    attempts.push(build(best));
    for (const [word, list] of usable) {
      for (const other of list.slice(1)) attempts.push(build(new Map(best).set(word, other)));
    }
  }
  return attempts.filter((a) => a.length > 0).slice(0, MAX_CORRECTION_ATTEMPTS);
}

/** The first corrected query that finds something. */
async function firstCorrectionThatMatches(
  searcher: Searcher,
  words: readonly QueryWord[],
  suspects: readonly QueryWord[],
  suggestions: Suggestions,
  mode: CorrectionMode,
): Promise<Repair | undefined> {
  for (const attempt of correctionAttempts(words, suspects, suggestions.byWord, mode)) {
    const matches = await searcher.match(attempt);
    if (matches.results.length === 0) continue;
    const leftOut = mode === 'every' ? suspects.filter((w) => !suggestions.byWord.has(w)) : [];
    return {
      strategy: 'corrected',
      matches,
      words: attempt,
      corrected: { from: displayQuery(words), to: displayQuery(attempt) },
      ...(leftOut.length > 0 ? { droppedTerms: leftOut.map((w) => w.text) } : {}),
    };
  }
  return undefined;
}

/** The articles matching the most of the words (then the best scores): the closest titles. */
async function closestTitles(
  searcher: Searcher,
  words: readonly QueryWord[],
): Promise<{ title: string; url: string }[]> {
  const searches = await Promise.all(words.map((w) => searcher.match([w])));
  const tally = new Map<string, { result: PagefindSearchResult; words: number; score: number }>();
  for (const search of searches) {
    for (const result of search.results) {
      const seen = tally.get(result.id);
      if (seen) {
        seen.words++;
        seen.score += result.score;
      } else tally.set(result.id, { result, words: 1, score: result.score });
    }
  }
  const best = [...tally.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .slice(0, CLOSEST_TITLES);
  const data = await Promise.all(best.map((b) => b.result.data()));
  return data.map((d) => ({ title: d.meta.title ?? d.url, url: d.url }));
}

/**
 * Words to blame when every word is known but the query finds nothing: those whose removal
 * lets the rest find something (a real word typed for another: `lash` for `clash`), the one
 * whose removal frees the most articles first.
 */
async function wordsInTheWay(
  searcher: Searcher,
  words: readonly QueryWord[],
): Promise<{ word: QueryWord; without: Matches }[]> {
  if (words.length < 2) return [];
  const candidates = words.filter((w) => w.term.length >= MIN_CORRECTED_LENGTH);
  const tries = await Promise.all(
    candidates.map(async (word) => ({
      word,
      without: await searcher.match(words.filter((w) => w !== word)),
    })),
  );
  return tries
    .filter((t) => t.without.results.length > 0)
    .sort((a, b) => b.without.results.length - a.without.results.length);
}

/**
 * Nothing matched the query as typed. In order: correct the words the index does not know
 * (or, when it knows them all, the words standing in the way); leave out the words that
 * cannot be corrected; offer the closest titles.
 */
export async function repairNoResults(searcher: Searcher, words: readonly QueryWord[]): Promise<Repair> {
  const known = await Promise.all(words.map((w) => searcher.knows(w)));
  const unknown = words.filter((_, i) => !known[i]);
  let suspects: QueryWord[] = unknown;
  let withoutSuspects: Matches | undefined;
  if (unknown.length === 0) {
    const inTheWay = await wordsInTheWay(searcher, words);
    suspects = inTheWay.map((t) => t.word);
    withoutSuspects = inTheWay[0]?.without;
  }
  const suggestions: Suggestions =
    suspects.length > 0 ? await searcher.suggest(suspects) : { byWord: new Map(), vocabularyBytes: 0 };

  const corrected = await firstCorrectionThatMatches(
    searcher,
    words,
    suspects,
    suggestions,
    unknown.length > 0 ? 'every' : 'one',
  );
  if (corrected) return corrected;

  if (unknown.length > 0) {
    const remaining = words.filter((w) => !unknown.includes(w));
    const matches = remaining.length > 0 ? await searcher.match(remaining) : NO_MATCHES;
    if (matches.results.length > 0) {
      return { strategy: 'dropped', matches, words: remaining, droppedTerms: unknown.map((w) => w.text) };
    }
  } else if (withoutSuspects) {
    const dropped = suspects[0]!;
    return {
      strategy: 'dropped',
      matches: withoutSuspects,
      words: words.filter((w) => w !== dropped),
      droppedTerms: [dropped.text],
    };
  }

  const remaining = words.filter((w) => !unknown.includes(w));
  const closest = remaining.length > 0 ? await closestTitles(searcher, remaining) : [];
  return {
    strategy: closest.length > 0 ? 'closest' : 'none',
    matches: NO_MATCHES,
    words: [...words],
    ...(unknown.length > 0 ? { droppedTerms: unknown.map((w) => w.text) } : {}),
    ...(closest.length > 0 ? { suggestions: closest } : {}),
  };
}

/**
 * The query found articles, but the best of them does not hold some of its words: Pagefind
 * may have matched a shorter word that a misspelt one starts with (`stand` for `Standooff`).
 * Correct the doubtful words the index does not know, if a correction finds something.
 */
export async function repairDoubtful(
  searcher: Searcher,
  words: readonly QueryWord[],
  doubtful: readonly QueryWord[],
): Promise<Repair | undefined> {
  const known = await Promise.all(doubtful.map((w) => searcher.knows(w)));
  const unknown = doubtful.filter((_, i) => !known[i]);
  if (unknown.length === 0) return undefined;
  const suggestions = await searcher.suggest(unknown);
  return firstCorrectionThatMatches(searcher, words, unknown, suggestions, 'every-or-keep');
}
