/**
 * A word-level Markov chain (order 2) trained on real prose: it writes new sentences whose
 * word pairs all occur in the training text, so the output reads like news copy without
 * repeating whole paragraphs of it.
 */
import type { Random } from './random.ts';

const END = '\u0000';
/** Capitalised words that are not names (sentence openers, titles, months, days). */
const COMMON_CAPITALISED = new Set(
  (
    'The A An In On At As But And Or If It Its This That These Those He She They We I You His Her Their Our ' +
    'According After Before During While When Since Despite Although However Also Both Many Most Some Other ' +
    'President Minister Prime Secretary General Government Republic State National International Mr Mrs Ms ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);
/** A token that ends a sentence: final punctuation, optionally followed by closing quotes. */
const SENTENCE_END = /[.!?…]["'”»’)]*$/u;
/** Sentence boundaries inside a paragraph: after final punctuation, before a capital or quote. */
const SENTENCE_SPLIT = /(?<=[.!?…]["'”»’)]*)\s+(?=["“«‘(]?[\p{Lu}\p{N}])/u;

export class MarkovChain {
  readonly #next = new Map<string, string[]>();
  readonly #starts: [string, string][] = [];
  /** Tokens seen only inside sentences with a capital letter: names, places, organisations. */
  readonly properNouns = new Set<string>();

  /** Trains on paragraphs of prose (one paragraph per entry). */
  constructor(paragraphs: readonly string[]) {
    const capitalisedInside = new Set<string>();
    for (const paragraph of paragraphs) {
      for (const sentence of paragraph.split(SENTENCE_SPLIT)) {
        const tokens = sentence.split(/\s+/).filter((t) => t.length > 0);
        if (tokens.length < 4 || !SENTENCE_END.test(tokens[tokens.length - 1]!)) continue;
        this.#starts.push([tokens[0]!, tokens[1]!]);
        for (let i = 0; i < tokens.length; i++) {
          if (i > 0 && /^\p{Lu}\p{Ll}/u.test(bare(tokens[i]!))) capitalisedInside.add(bare(tokens[i]!));
          const key = `${tokens[i - 1] ?? ''} ${tokens[i]!}`;
          const after = tokens[i + 1] ?? END;
          const list = this.#next.get(key);
          if (list) list.push(after);
          else this.#next.set(key, [after]);
        }
      }
    }
    if (this.#starts.length === 0) throw new Error('the training text holds no sentences');
    for (const word of capitalisedInside) if (!COMMON_CAPITALISED.has(word)) this.properNouns.add(word);
  }

  /** One sentence of at most `maxTokens` tokens, as a list of tokens. */
  sentence(random: Random, maxTokens = 40): string[] {
    const [first, second] = random.pick(this.#starts);
    const tokens = [first, second];
    while (tokens.length < maxTokens) {
      const last = tokens[tokens.length - 1]!;
      if (SENTENCE_END.test(last) && tokens.length > 3) return tokens;
      const options = this.#next.get(`${tokens[tokens.length - 2]!} ${last}`);
      const next = options ? random.pick(options) : END;
      if (next === END) break;
      tokens.push(next);
    }
    // Cut short: end it like a sentence.
    const last = tokens[tokens.length - 1]!.replace(/[^\p{L}\p{N}]+$/u, '');
    tokens[tokens.length - 1] = `${last || 'so'}.`;
    return tokens;
  }
}

/** A token without the punctuation around it. */
export function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
