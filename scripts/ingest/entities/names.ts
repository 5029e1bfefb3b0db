/**
 * How a mention's words become a name: punctuation and possessives trimmed, titles and
 * honorifics taken off (and kept as cues: "President", "Prosecutor"), and the tests a name
 * must pass to be shown (capitalised words, no digits, not a common word). Pure.
 */

/** Titles, honorifics and roles that precede a person's name (lowercase, no dots). */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mx dr supt insp det prof professor sir dame lord lady he h.e hon honorable honourable excellency
  president vice prime minister ministers secretary general secretary-general under-secretary-general
  chancellor prosecutor judge justice senator sen rep representative congressman congresswoman governor
  mayor king queen prince princess pope speaker chairman chairwoman chair chairperson chief executive
  director ambassador commissioner deputy leader head spokesman spokeswoman spokesperson officer
  colonel captain lieutenant sergeant major gen col capt lt sgt coach manager boss striker midfielder
  defender goalkeeper keeper actor actress singer star rev reverend father bishop archbishop sheikh
  emir premier foreign defence defense interior finance economy trade health justice state
  blogger journalist activist writer correspondent colleague analyst economist founder
  ceo cfo md chairman-elect president-elect usg counter-terrorism terrorism affairs`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase words that may sit inside a name (`Kingdom of Saudi Arabia`, `Ursula von der Leyen`). */
const NAME_PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'de',
  'da',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'du',
  'la',
  'le',
  'el',
  'ibn',
  'on',
  '&',
]);

/** Capitalised words that open a sentence or a phrase rather than a name. */
const NOT_NAME_WORDS = new Set(
  `the a an this that these those his her its their our my your in on at by for from with to of and or but
  according after before during since while when where who what which if as also yet meanwhile however
  mr mrs ms dr no not`
    .split(/\s+/)
    .filter(Boolean),
);

const EDGE_PUNCTUATION = /^[\s"'“”‘’«»„‚()[\]{}<>,.;:!?—–*•]+|[\s"'“”‘’«»„‚()[\]{}<>,;:!?—–*•]+$/gu;
const POSSESSIVE = /['’]s?$/u;

/** A mention's text cut into words, edge punctuation and a possessive taken off each. */
export function nameWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .map((w) => w.replace(POSSESSIVE, ''))
    .map((w) =>
      w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:Jr|Sr|St)\.$/u.test(w) ? w.slice(0, -1) : w,
    )
    .filter((w) => w.length > 0);
}

const bare = (word: string): string => word.toLowerCase().replace(/\./g, '');

/** Whether a word is a title or honorific (`Mr.`, `H.E.`, `President`). */
export function isTitleWord(word: string): boolean {
  const b = bare(word);
  return TITLE_WORDS.has(b) || TITLE_WORDS.has(word.toLowerCase());
}

/** A capitalised word of a name: a capital letter, then letters, apostrophes, hyphens or dots. */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) && !NOT_NAME_WORDS.has(bare(word));
}

export interface PersonName {
  /** The name's words, titles taken off: `Vladimir Voronkov`. */
  words: string[];
  /** The titles before it, lowercase (`president`, `prosecutor`, `general`). */
  cues: string[];
}

/**
 * A person's name from a mention's words: the run of capitalised words after the last
 * title or lowercase word (`Prosecutor General Yusuf Rahmon` → `Yusuf Rahmon`, cues
 * `prosecutor`, `general`). Undefined when no capitalised word is left.
 */
export function personName(words: readonly string[]): PersonName | undefined {
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A title word last is a name (`Mervyn King`), not a title.
    if ((isTitleWord(w) && i < words.length - 1) || !isNameWord(w)) start = i + 1;
  }
  const name = words.slice(start);
  if (name.length === 0 || name.some((w) => /\d/.test(w))) return undefined;
  const cues = words
    .slice(0, start)
    .filter(isTitleWord)
    .map((w) => bare(w));
  return { words: name, cues };
}

/**
 * A place's or organisation's name from a mention's words: the words from the first
 * capitalised one to the last, with name particles inside (`the Kingdom of Saudi Arabia`
 * → `Kingdom of Saudi Arabia`). Undefined when a word in between is neither.
 */
export function properName(words: readonly string[]): string[] | undefined {
  let first = words.findIndex((w) => isNameWord(w));
  let last = words.length - 1;
  while (last >= 0 && !isNameWord(words[last]!)) last--;
  if (first < 0 || last < first) return undefined;
  // A leading "The" of a name is dropped (`The Hague` keeps its capital: it is not at a
  // sentence's start here only when compromise included it).
  while (first <= last && NOT_NAME_WORDS.has(bare(words[first]!))) first++;
  const name = words.slice(first, last + 1);
  if (name.length === 0) return undefined;
  if (!name.every((w) => isNameWord(w) || NAME_PARTICLES.has(w))) return undefined;
  if (name.some((w) => /\d|\//.test(w))) return undefined;
  return name;
}

/** An acronym: two to eight capital letters (dots and `&` allowed): `OSCE`, `U.S.`, `AT&T`. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&]/g, '');
  return /^\p{Lu}{2,8}$/u.test(letters);
}

/** A run of capitalised words in a text: its words (edge punctuation and possessives off) and where it starts. */
export interface NameRun {
  words: string[];
  index: number;
  /** Offset just after the run. */
  end: number;
}

const RUN_WORD = /\p{Lu}[\p{L}\p{M}\p{N}’'.&/-]*/uy;
const RUN_PARTICLE = /(?:of the|for the|of|for|and|de|da|van|von|der|bin|al|ibn)\s+(?=\p{Lu})/uy;
const ABBREVIATION =
  /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Co|Inc|Ltd|Corp)\.$/u;

/**
 * The runs of capitalised words in a text, with name particles inside (`Court of Appeals for
 * the District of Columbia`). A run ends after a possessive (`Tajikistan’s`) or a word that
 * ends a sentence (`Greener.`), and at any other punctuation.
 */
export function capitalisedRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const starts = /(?<![\p{L}\p{M}\p{N}’'.&/-])\p{Lu}/gu;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = starts.exec(text))) {
    if (m.index < from) continue;
    const words: string[] = [];
    let pos = m.index;
    let end = pos;
    for (;;) {
      RUN_WORD.lastIndex = pos;
      const w = RUN_WORD.exec(text);
      if (!w) break;
      const raw = w[0];
      end = pos + raw.length;
      const possessive = /['’]s?$/u.test(raw) && !/^\p{Lu}['’]/u.test(raw);
      const sentenceEnd = raw.endsWith('.') && !ABBREVIATION.test(raw);
      const word = raw.replace(/['’]s?$/u, '').replace(/\.$/u, (dot) => (ABBREVIATION.test(raw) ? dot : ''));
      if (word) words.push(word);
      if (possessive || sentenceEnd) break;
      const gap = /^\s+/u.exec(text.slice(end, end + 3));
      if (!gap || gap[0].includes('\n')) break;
      const next = end + gap[0].length;
      RUN_PARTICLE.lastIndex = next;
      const particle = RUN_PARTICLE.exec(text);
      if (particle) {
        words.push(...particle[0].trim().split(/\s+/u));
        pos = next + particle[0].length;
        continue;
      }
      if (!/\p{Lu}/u.test(text[next] ?? '')) break;
      pos = next;
    }
    // Particles at the end are not part of the name.
    while (words.length > 0 && !/^\p{Lu}/u.test(words.at(-1)!)) words.pop();
    if (words.length > 0) runs.push({ words, index: m.index, end });
    from = end;
    starts.lastIndex = end;
  }
  return runs;
}
