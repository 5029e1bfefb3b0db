/**
 * Loads the archive's spelling vocabulary in the browser, a few shards at a time: only the
 * shards that can hold corrections of the words being corrected, each fetched once per page.
 * The search engine imports this module lazily, so a query that needs no correction loads
 * neither this code nor any vocabulary.
 */
import {
  decodeShard,
  lookupShardKeys,
  MANIFEST_FILE,
  shardFile,
  VOCABULARY_DIR,
  VOCABULARY_FORMAT,
  type VocabularyManifest,
} from '../../shared/search-vocabulary.ts';
import type { QueryWord } from './query-text.ts';
import { SUGGESTIONS_PER_WORD, type Suggestions } from './query-repair.ts';
import { SpellingDictionary } from './spelling.ts';
import { fetchCompressedFile } from './compressed-file.ts';

export interface LoadedVocabulary {
  dictionary: SpellingDictionary;
  /** Compressed bytes of the files these words needed (fetched now or earlier in the page). */
  bytes: number;
}

class VocabularyStore {
  readonly dictionary = new SpellingDictionary();
  readonly #dir: string;
  readonly #manifest: Promise<{ shards: Set<string>; bytes: number } | null>;
  readonly #shards = new Map<string, Promise<number>>();

  constructor(base: string) {
    this.#dir = `${base}${VOCABULARY_DIR}/`;
    this.#manifest = fetchCompressedFile(`${this.#dir}${MANIFEST_FILE}`).then(
      (file) => {
        const manifest = JSON.parse(file.text) as VocabularyManifest;
        if (manifest.format !== VOCABULARY_FORMAT) return null;
        return { shards: new Set(manifest.shards), bytes: file.bytes };
      },
      () => null,
    );
  }

  #shard(key: string): Promise<number> {
    let loading = this.#shards.get(key);
    if (!loading) {
      loading = fetchCompressedFile(`${this.#dir}${shardFile(key)}`).then(
        (file) => {
          this.dictionary.add(decodeShard(file.text));
          return file.bytes;
        },
        (error: unknown) => {
          this.#shards.delete(key); // let a later query try again
          throw error;
        },
      );
      this.#shards.set(key, loading);
    }
    return loading;
  }

  /** Loads what correcting these normalised words needs; null when the site has no vocabulary. */
  async load(terms: readonly string[]): Promise<LoadedVocabulary | null> {
    const manifest = await this.#manifest;
    if (!manifest) return null;
    const keys = new Set(terms.flatMap((t) => lookupShardKeys(t)).filter((k) => manifest.shards.has(k)));
    const sizes = await Promise.all([...keys].map((k) => this.#shard(k)));
    return { dictionary: this.dictionary, bytes: manifest.bytes + sizes.reduce((a, b) => a + b, 0) };
  }
}

const stores = new Map<string, VocabularyStore>();

/** The vocabulary for correcting `terms` on the site at `base`, or null when it has none. */
export function loadVocabulary(base: string, terms: readonly string[]): Promise<LoadedVocabulary | null> {
  let store = stores.get(base);
  if (!store) {
    store = new VocabularyStore(base);
    stores.set(base, store);
  }
  return store.load(terms);
}

/**
 * Spelling suggestions for query words from the vocabulary of the site at `base` (none when
 * the site has no vocabulary). Words with digits or symbols get none.
 */
export async function suggestCorrections(base: string, words: readonly QueryWord[]): Promise<Suggestions> {
  const byWord = new Map<QueryWord, ReturnType<SpellingDictionary['suggest']>>();
  const correctable = words.filter((w) => w.term !== '');
  const vocabulary =
    correctable.length > 0
      ? await loadVocabulary(
          base,
          correctable.map((w) => w.term),
        )
      : null;
  if (!vocabulary) return { byWord, vocabularyBytes: 0 };
  for (const word of correctable) {
    const found = vocabulary.dictionary.suggest(word.term, SUGGESTIONS_PER_WORD);
    if (found.length > 0) byWord.set(word, found);
  }
  return { byWord, vocabularyBytes: vocabulary.bytes };
}
