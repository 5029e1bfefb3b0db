/**
 * A format's vocabulary of labels: each kind of value with the names its label has in the
 * export's interface languages (`add('byline', 'BYLINE|AUTOR|AUTEUR')`). Which spellings are
 * one label (case, white space) is the format's `key`; a name given under two kinds is the
 * later one's. Only the labels a table knows are labels: article text is full of words
 * followed by a colon.
 */
export class LabelTable<K extends string> {
  readonly #kinds = new Map<string, K>();
  readonly #key: (name: string) => string;

  constructor(key: (name: string) => string = (name) => name) {
    this.#key = key;
  }

  /** Names (`|`-separated) of the label for values of `kind`. */
  add(kind: K, names: string): this {
    for (const name of names.split('|')) this.#kinds.set(this.#key(name), kind);
    return this;
  }

  /** The kind of a label as written, if the table knows it. */
  kind(label: string): K | undefined {
    return this.#kinds.get(this.#key(label));
  }

  /** The keys of the labels it knows, in the order added. */
  keys(): string[] {
    return [...this.#kinds.keys()];
  }
}
