/**
 * Writes a synthetic news archive in the seed's dump format: many dump files, each holding
 * articles that are a title line, paragraphs, sometimes subheadings, `•` bullets, numbered
 * items and quotes in «» and “”, a line holding a single no-break space, and a footer
 * (`Source: …` or a copyright line). Text comes from a Markov chain trained on real prose,
 * with invented names drawn by Zipf's law, so the vocabulary grows with the archive.
 *
 * Deterministic: the same options give the same files, byte for byte.
 */
import { bare, MarkovChain } from './markov.ts';
import { inventNames, inventPublishers, type Publisher } from './names.ts';
import { Random, ZipfSampler } from './random.ts';

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  seed: number;
  /** Prose to learn sentences from (paragraphs on their own lines). */
  trainingText: string;
}

export interface CorpusFile {
  /** Path inside the corpus folder, with `/` separators. */
  path: string;
  text: string;
  articles: number;
  words: number;
}

/**
 * Sections, each with the nouns its articles talk about. The training text is about border
 * security; each article swaps the text's own topic nouns (TOPIC_NOUNS) for nouns of its
 * section, so common words are spread over the archive as they are in a real one.
 */
const SECTIONS: { name: string; nouns: string[] }[] = [
  {
    name: 'central-asia',
    nouns: words(
      'border borders elections parliament reforms tourism railway customs visas migrants water farmers harvest protests',
    ),
  },
  {
    name: 'south-caucasus',
    nouns: words(
      'ceasefire peacekeepers refugees corridor pipeline enclave negotiations monastery vineyards earthquake airport diaspora referendum',
    ),
  },
  {
    name: 'russia',
    nouns: words(
      'sanctions rouble mobilisation pensions regions governors censorship exports wheat railways satellites universities conscripts',
    ),
  },
  {
    name: 'china',
    nouns: words(
      'investment loans factories exports semiconductors ports highways students tariffs surveillance consulates pandas festivals',
    ),
  },
  {
    name: 'economy',
    nouns: words(
      'inflation budget tariffs remittances banks currency bonds startups wages prices markets taxes investors shareholders',
    ),
  },
  {
    name: 'energy',
    nouns: words(
      'hydropower electricity pipelines reservoirs turbines uranium coal blackouts tariffs grids dams refineries solar',
    ),
  },
  {
    name: 'security',
    nouns: words(
      'terrorism extremism militants drones mines weapons smuggling trafficking police intelligence prisons courts patrols',
    ),
  },
  {
    name: 'culture',
    nouns: words(
      'museums theatre novels cinema musicians festivals heritage manuscripts poets mosques orchestras exhibitions schools',
    ),
  },
];
/** Nouns of the training text that articles of other sections replace with their own. */
const TOPIC_NOUNS = words(
  'border borders terrorism terrorist terrorists security journalists bloggers blogger conference threats trafficking ' +
    'media police weapons prison trial reporters movement debt cooperation management solutions challenges',
);

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'by',
  'from',
  'with',
]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ATTRIBUTIONS = [
  'he said',
  'she said',
  'the statement said',
  'officials said',
  'according to the ministry',
];

/** Paragraphs of the training text that read as prose (long lines ending like a sentence). */
export function trainingParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 80 && /[.!?…]["'”»’)]*$/u.test(l));
}

function titleCase(tokens: string[]): string {
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join(' ');
}

class ArticleWriter {
  readonly #random: Random;
  readonly #chain: MarkovChain;
  readonly #names: string[];
  readonly #nameRank: ZipfSampler;
  readonly #publishers: Publisher[];
  readonly #publisherRank: ZipfSampler;

  constructor(random: Random, chain: MarkovChain, articles: number) {
    this.#random = random;
    this.#chain = chain;
    // Heaps' law: a bigger archive mentions more distinct names.
    this.#names = inventNames(random, Math.min(250_000, 2_000 + 4 * articles));
    this.#nameRank = new ZipfSampler(this.#names.length, 1.0, 20);
    this.#publishers = inventPublishers(random, 80, this.#names.slice(0, 400));
    this.#publisherRank = new ZipfSampler(this.#publishers.length, 0.9);
  }

  #name(): string {
    return this.#names[this.#nameRank.sample(this.#random)]!;
  }

  /**
   * Which names this article uses instead of the training text's: each article is about
   * its own people and places, kept the same throughout the article.
   */
  #cast = new Map<string, string>();
  /** The article's own nouns in place of the training text's topic nouns. */
  #topicNoun = new Map<string, string>();

  #castName(word: string): string {
    let name = this.#cast.get(word);
    if (name === undefined) {
      name = this.#random.chance(0.25) ? word : this.#name();
      this.#cast.set(word, name);
    }
    return name;
  }

  /** A sentence's tokens, with names and numbers varied. */
  #tokens(maxTokens?: number): string[] {
    const random = this.#random;
    return this.#chain.sentence(random, maxTokens).map((token) => {
      const word = bare(token);
      if (this.#topicNoun.has(word)) return token.replace(word, this.#topicNoun.get(word)!);
      if (word.length > 0 && this.#chain.properNouns.has(word)) {
        return token.replace(word, random.chance(0.15) ? this.#name() : this.#castName(word));
      }
      if (/\d/.test(token) && random.chance(0.7)) {
        return token.replace(/\d/g, (d, offset: number) =>
          offset === 0 && d !== '0' ? String(random.int(1, 9)) : String(random.int(0, 9)),
        );
      }
      if (word === 'October' && random.chance(0.8)) return token.replace(word, random.pick(MONTHS));
      return token;
    });
  }

  #sentence(): string {
    let text = this.#tokens().join(' ');
    // Dates in the seed keep a no-break space between the day and the month.
    text = text.replace(
      /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      '$1\u00a0$2',
    );
    return text;
  }

  #quote(): string {
    const body = this.#sentence().replace(/[.!?…]+$/u, ',');
    const attribution = this.#random.chance(0.4) ? `${this.#name()} said` : this.#random.pick(ATTRIBUTIONS);
    return this.#random.chance(0.5) ? `“${body}” ${attribution}.` : `«${body}» ${attribution}.`;
  }

  #paragraph(): string {
    const random = this.#random;
    if (random.chance(0.12)) return this.#quote();
    const count = random.pick([1, 2, 2, 2, 3, 3, 4]);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.#sentence());
    return sentences.join(' ');
  }

  #words(tokens: string[], min: number, max: number): string[] {
    const words = tokens
      .map((t) => bare(t))
      .filter((w) => /^\p{L}/u.test(w))
      .slice(0, this.#random.int(min, max));
    // A heading or title does not end on "the", "of", "and"…
    while (words.length > 0 && SMALL_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
    return words;
  }

  title(): string {
    for (;;) {
      const words = this.#words(this.#tokens(), 4, 11);
      if (words.length >= 3) return titleCase(words);
    }
  }

  #heading(): string {
    for (;;) {
      const words = this.#words(this.#tokens(), 2, 6);
      if (words.length >= 2) return titleCase(words);
    }
  }

  /** The article's lines, footer included, without the blank line after it. */
  article(section: { nouns: string[] }): { lines: string[]; words: number } {
    const random = this.#random;
    this.#cast = new Map();
    this.#topicNoun = new Map();
    for (const noun of TOPIC_NOUNS) {
      if (random.chance(0.75)) this.#topicNoun.set(noun, random.pick(section.nouns));
    }
    const target = Math.round(Math.min(1200, Math.max(300, random.normal(650, 230))));
    const title = this.title();
    const lines = [title, ''];
    let words = title.split(' ').length;
    let paragraphs = 0;
    const add = (line: string): void => {
      lines.push(line, '');
      words += line.split(/\s+/).length;
    };
    while (words < target) {
      if (paragraphs >= 2 && random.chance(0.08)) add(this.#heading());
      if (paragraphs >= 2 && random.chance(0.04)) {
        const items = random.int(2, 5);
        for (let i = 0; i < items; i++) add(`${random.chance(0.5) ? '  ' : ''}• ${this.#sentence()}`);
      } else if (paragraphs >= 2 && random.chance(0.02)) {
        const items = random.int(2, 4);
        for (let i = 1; i <= items; i++) add(`  ${i}. ${this.#sentence()}`);
      }
      add(this.#paragraph());
      paragraphs++;
    }
    const publisher = this.#publishers[this.#publisherRank.sample(random)]!;
    if (random.chance(0.92)) lines.push('\u00a0', '');
    lines.push(
      publisher.copyright
        ? `Copyright (c) ${publisher.year}. ${publisher.name}. All rights reserved.`
        : `Source: ${publisher.name}`,
    );
    return { lines, words };
  }
}

/** Yields the corpus one dump file at a time (so a large archive never sits in memory). */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = new Random(options.seed);
  const chain = new MarkovChain(trainingParagraphs(options.trainingText));
  const writer = new ArticleWriter(random, chain, options.articles);
  let remaining = options.articles;
  let fileNo = 0;
  while (remaining > 0) {
    const count = Math.min(remaining, random.int(20, 80));
    const section = SECTIONS[fileNo % SECTIONS.length]!;
    // A few articles in every file stray from the file's section.
    const sectionOf = (): { nouns: string[] } => (random.chance(0.2) ? random.pick(SECTIONS) : section);
    const month = Math.floor(fileNo / SECTIONS.length);
    const year = 2010 + Math.floor(month / 12);
    const name = `${section.name}/${year}-${String((month % 12) + 1).padStart(2, '0')}-${String(fileNo).padStart(5, '0')}.txt`;
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; i < count; i++) {
      const article = writer.article(sectionOf());
      parts.push(article.lines.join('\n'));
      words += article.words;
    }
    yield { path: name, text: `${parts.join('\n\n')}\n`, articles: count, words };
    remaining -= count;
    fileNo++;
  }
}
