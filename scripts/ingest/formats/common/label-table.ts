/**
 * A format's vocabulary of labels: each kind of value with the names its label has in the
 * export's interface languages (`add('byline', 'BYLINE|AUTOR|AUTEUR')`). Which spellings are
 * one label (case, white space) is the format's `key`; a name given under two kinds is the
 * later one's. Only the labels a table knows are labels: article text is full of words
 * followed by a colon.
 */
/** A label read from a line: as written, its kind, and the value after it on the line. */
export interface LabelMatch<K extends string> {
  label: string;
  kind: K;
  /** The text after the label on its line (may be empty: the value is on the lines below). */
  value: string;
}

/** Label names (by their key) → the kind of value their label holds. */
export class LabelTable<K extends string> {
  readonly #kinds = new Map<string, K>();
  readonly #key: (name: string) => string;

  constructor(key: (name: string) => string = (name) => name) {
    this.#key = key;
  }

  /** A table of the names (`|`-separated) of each kind's label, in order. */
  static of<K extends string>(
    names: Partial<Record<K, string>>,
    key?: (name: string) => string,
  ): LabelTable<K> {
    const table = new LabelTable<K>(key);
    for (const [kind, list] of Object.entries(names) as [K, string][]) table.add(kind, list);
    return table;
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

  /**
   * The known label a line starts with, read by the format's `shape` of a label line (its
   * groups: the label, then the value after it); undefined for any other line.
   */
  match(text: string, shape: RegExp): LabelMatch<K> | undefined {
    const m = shape.exec(text);
    const label = m?.[1];
    const kind = label === undefined ? undefined : this.kind(label);
    return label === undefined || kind === undefined
      ? undefined
      : { label, kind, value: (m![2] ?? '').trim() };
  }

  /** The keys of the labels it knows, in the order added. */
  keys(): string[] {
    return [...this.#kinds.keys()];
  }
}
