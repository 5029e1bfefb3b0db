/**
 * Spelling suggestions for a query word from the archive's own vocabulary, with the
 * Symmetric Delete algorithm (mnemonist's SymSpell): every stored word within one edit
 * (a letter dropped, added or changed, or two neighbours swapped) of the word typed,
 * closest first, then the word found in most articles.
 *
 * The dictionary only holds the vocabulary shards loaded so far (see vocabulary.ts); the
 * shards of a word (`lookupShardKeys`) hold all of its one-edit neighbours.
 */
import { SymSpell } from 'mnemonist';
import { type VocabularyEntry } from '../../shared/search-vocabulary.ts';
import { normalizeWord } from '../../shared/search-words.ts';

export interface SpellingSuggestion {
  /** The word as the articles write it (`McIlroy`). */
  word: string;
  /** Its matching form (`mcilroy`). */
  term: string;
  /** Edits between the typed word and this one. */
  distance: number;
  /** Articles the word appears in. */
  articles: number;
}

/** Words within this many edits are suggested. */
export const MAX_EDIT_DISTANCE = 1;

export class SpellingDictionary {
  readonly #index = new SymSpell({ maxDistance: MAX_EDIT_DISTANCE, verbosity: 2 });
  readonly #entries = new Map<string, VocabularyEntry>();

  /** Adds vocabulary entries (a word already present is kept as it was). */
  add(entries: Iterable<VocabularyEntry>): void {
    for (const entry of entries) {
      const term = normalizeWord(entry.word);
      if (!term || this.#entries.has(term)) continue;
      this.#entries.set(term, entry);
      this.#index.add(term);
    }
  }

  /** Whether the vocabulary holds this normalised word. */
  has(term: string): boolean {
    return this.#entries.has(term);
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Other words close to the normalised word `term`: fewest edits first, then the word in
   * most articles, then alphabetical (so the order never depends on load order).
   */
  suggest(term: string, limit = 3): SpellingSuggestion[] {
    const suggestions: SpellingSuggestion[] = [];
    for (const match of this.#index.search(term)) {
      if (match.term === term || match.distance > MAX_EDIT_DISTANCE) continue;
      const entry = this.#entries.get(match.term);
      if (!entry) continue;
      suggestions.push({
        word: entry.word,
        term: match.term,
        distance: match.distance,
        articles: entry.articles,
      });
    }
    suggestions.sort(
      (a, b) =>
        a.distance - b.distance ||
        b.articles - a.articles ||
        (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
    );
    return suggestions.slice(0, limit);
  }
}
