/**
 * The people, places and organisations one article names, found with compromise
 * (https://github.com/spencermountain/compromise) in its title and each of its blocks (in the
 * capitalised runs and the words around them: tagger-input.ts),
 * then filtered for precision (see names.ts and docs/CONVENTIONS.md, "Entities"). Aliases
 * inside the article are merged here (`Mr. Voronkov` is the article's `Vladimir Voronkov`);
 * what needs the whole archive (a surname alone, an acronym defined elsewhere) is left to
 * resolve.ts. Pure; runs on the ingest's worker threads, and its result is cached with the
 * file's (ingest-cache.ts). compromise tags an article's texts in one call, with a faster
 * sweep of its rules (compromise-sweep.ts) and without its phrase chunker: the same tags.
 */
import nlp from 'compromise';
import './compromise-sweep.ts';
import { entityKey } from '../../../src/shared/entities.ts';
import {
  capitalisedRuns,
  isAcronym,
  isNameWord,
  isTitleWord,
  nameWords,
  personName,
  properName,
  type PersonName,
  type NameRun,
} from './names.ts';
import { taggerInput } from './tagger-input.ts';

// compromise's last parse step groups words into noun and verb phrases (`chunks`), which sets
// no tag: people(), places() and organizations() read tags only, so the step is left out.
(nlp.world() as { hooks: string[] }).hooks = nlp.hooks().filter((hook: string) => hook !== 'chunks');

/** A person named by a full name (two words or more). */
export interface PersonMention {
  name: string;
  /** Titles seen before the name in this article (`president`), lowercase, sorted. */
  cues: string[];
}

/** A single word that names a person (`Voronkov added`), no full name of this article has it. */
export interface SurnameMention {
  word: string;
  cues: string[];
}

/** What one article names, before the names are merged across the archive. */
export interface ArticleMentions {
  people: PersonMention[];
  surnames: SurnameMention[];
  /** Full names of this article inside a longer one of it: `[shorter, longer]`. */
  aliases: [string, string][];
  places: string[];
  organisations: string[];
  /** Acronyms the article defines: `[acronym, long name]` (`Collective Security Treaty Organization (CSTO)`). */
  acronyms: [string, string][];
}

/** Demonyms compromise's lexicon lacks (a name opening with one is an adjective phrase). */
const EXTRA_DEMONYMS = [
  'soviet',
  'tajik',
  'kyrgyz',
  'kazakh',
  'uzbek',
  'turkmen',
  'afghan',
  'uyghur',
  'pashtun',
  'chechen',
];
nlp.addWords(Object.fromEntries(EXTRA_DEMONYMS.map((w) => [w, 'Demonym'])));

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one
  .lexicon;

/** Tags of a lowercase word in compromise's lexicon. */
function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/** A word that may be a surname alone: not a common English word (`Brown`, `Rice`, `May`). */
function maySurname(word: string): boolean {
  if (word.length < 3 || !isNameWord(word) || isTitleWord(word)) return false;
  return lexiconTags(word).every((t) => NAME_TAGS.has(t));
}

const isDemonym = (word: string): boolean =>
  EXTRA_DEMONYMS.includes(word.toLowerCase()) || lexiconTags(word).includes('Demonym');

/** A person's name from a mention's words (names.ts), less the places it opens with (`Tajikistan Sirojiddin Muhriddin`). */
function personOf(words: readonly string[]): PersonName | undefined {
  const name = personName(words);
  if (!name) return undefined;
  let i = 0;
  while (i < name.words.length - 2 && lexiconTags(name.words[i]!).some((t) => PLACE_TAGS.has(t))) i++;
  return { words: name.words.slice(i), cues: name.cues };
}

/**
 * Whether compromise may find a name in `run`: a run of several words, or one word its
 * lexicon does not know as a common word (`The`, `But`, `Monday` open sentences and name
 * nothing; `Voronkov`, `Paris`, `Mr` may).
 */
function mayName(run: NameRun): boolean {
  if (run.words.length > 1) return true;
  const tags = lexiconTags(run.words[0]!);
  return tags.length === 0 || tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || ORG_TAGS.has(t));
}

const ORG_TAGS = new Set(['Organization', 'Acronym', 'ProperNoun']);

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Continent', 'Town', 'Address']);
const NON_NAME_FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Words that make a "place" an institution (`White House`, `House of Representatives`). */
const INSTITUTION_WORDS =
  /^(?:House|Senate|Parliament|Congress|Council|Office|Ministry|Department|Committee|Party|Service|Bank|Agency|Court|Representatives|Street|Road|Avenue|Ave|Theatre|Theater|School|Hospital|Museum|Hotel|Stadium|Church|Airport|Station|University|College|Democrat|Democrats|Republican|Republicans|Labour|Conservative|Conservatives|Tory|Tories|Affairs|Babes|Blacks)$/u;

/** Language names (a trailing one is not part of an organisation's name: `Al-Jazeera Arabic`). */
const LANGUAGES =
  /^(?:Arabic|English|French|Spanish|German|Italian|Russian|Chinese|Persian|Farsi|Urdu|Hindi|Portuguese|Turkish)$/u;

/** Words after a place's name that make it a sports team (`Newcastle boss`, `England Under-21 keeper`). */
const TEAM_AFTER =
  /^\s+(?:boss|manager|coach|striker|keeper|goalkeeper|defender|midfielder|winger|captain|skipper|player|players|fans|side|squad|team|chairman|Under-\d+|U-?\d+|international)\b/u;

/** Acronyms that name no organisation. */
const NOT_ORGANISATIONS = new Set([
  'GDP',
  'GNP',
  'CEO',
  'CFO',
  'COO',
  'FTFS',
  'AI',
  'TV',
  'PC',
  'DVD',
  'CD',
  'UK',
  'US',
  'USA',
  'PM',
  'MP',
  'MPS',
  'VAT',
  'IPO',
  'DNA',
  'HIV',
  'AIDS',
  'SMS',
  'PS',
  'OK',
]);

/** Titles that, right before a capitalised word, show that it names a person. */
const PERSONAL_TITLES = new Set(
  'mr mrs ms miss dr prof sir dame lord lady president minister secretary chancellor prosecutor judge senator governor mayor king queen prince princess pope speaker chairman chairwoman chief ambassador commissioner spokesman spokeswoman colonel captain general coach manager'.split(
    ' ',
  ),
);

/** Lowercase roles that, right before a full name, show that it names a person (`blogger Daler Imomali`). */
const ROLE_WORDS = new Set(
  'blogger journalist activist writer correspondent colleague analyst economist official lawyer spokesman spokeswoman minister president leader chairman founder reporter editor'.split(
    ' ',
  ),
);

/** A mention's text cut where a list, a bracket or a possessive ends one name and starts another. */
function nameParts(text: string): string[][] {
  return text
    .split(/[,;:()[\]/]|\s[–—-]\s|['’]s\s/u)
    .map((part) => nameWords(part))
    .filter((words) => words.length > 0);
}

/** Whether a place name passes: a known place, or capitalised words that name no person or institution. */
function isPlaceName(name: readonly string[]): boolean {
  if (name.some((w) => INSTITUTION_WORDS.test(w) || w.endsWith('-'))) return false;
  if (isDemonym(name.at(-1)!) || (name.length <= 2 && isDemonym(name[0]!))) return false;
  const first = lexiconTags(name[0]!);
  if (name.length >= 2 && first.some((t) => NON_NAME_FIRST.has(t))) return false;
  if (name.length === 1 && first.length > 0 && !first.some((t) => PLACE_TAGS.has(t))) return false;
  return true;
}

/** Words that open an event, not an organisation. */
const EVENT_WORDS =
  /^(?:Conference|Summit|Congress|Session|Process|Games|Cup|Championships?|Olympics|Festival|Awards?|Day|Week|Marathon|Open|Grand Prix|Expo|Exhibition|Show|Fair)$/u;

/** Verbs after a surname that show it names a person (`Voronkov added`). */
const SPEECH_AFTER =
  /^[\s,]*(?:said|says|added|told|noted|stressed|warned|argued|insisted|believes|thinks|wrote|explained|claimed|replied|announced|admitted)\b/u;

interface Found {
  text: string;
  offset: { start: number; length: number };
}

function found(view: { json: (options: object) => unknown }): Found[] {
  return view.json({ offset: true }) as Found[];
}

/** What compromise finds in one window of text, offsets in the window. */
export interface TaggedWindow {
  people: Found[];
  places: Found[];
  organisations: Found[];
}

/** Between windows tagged together: a sentence of its own, so that no name is read across it. */
const WINDOW_SEPARATOR = ' . ';

/**
 * compromise's people, places and organisations in each of `windows` (texts), tagged in one
 * call: its cost per call (parsing the match rules, picking the sweep's rules) is paid once
 * per article, not once per paragraph. Each window is given as taggerInput makes it from
 * `runs(window)`, less the runs that cannot name anything (`mayName`). Each finds what it
 * finds tagged alone (test/unit/tagged-windows.test.ts).
 */
export function taggedWindows(
  windows: readonly string[],
  runs: (window: string) => readonly NameRun[] = capitalisedRuns,
): TaggedWindow[] {
  const out: TaggedWindow[] = windows.map(() => ({ people: [], places: [], organisations: [] }));
  const inputs = windows.map((text) => taggerInput(text, runs(text).filter(mayName)));
  // A window with nothing kept finds nothing; left out, it puts no full stop before the next.
  const tagged = inputs.flatMap((input, w) => (/\S/u.test(input) ? [w] : []));
  if (tagged.length === 0) return out;
  const starts: number[] = [];
  let at = 0;
  for (const w of tagged) {
    starts.push(at);
    at += inputs[w]!.length + WINDOW_SEPARATOR.length;
  }
  const joined = tagged.map((w) => inputs[w]!).join(WINDOW_SEPARATOR);
  const doc = nlp(joined);
  const place = (list: Found[], key: keyof TaggedWindow): void => {
    for (const f of list) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > f.offset.start) k--;
      const input = inputs[tagged[k]!]!;
      // compromise's offset is where the first word starts; the text may open with punctuation before it.
      let from = f.offset.start;
      while (from > 0 && from > f.offset.start - 8 && !joined.startsWith(f.text, from)) from--;
      if (!joined.startsWith(f.text, from)) from = f.offset.start;
      // A name that ends its window ends with the separator's full stop: cut back to the window.
      const text = f.text.slice(0, Math.max(0, starts[k]! + input.length - from)).trimEnd();
      out[tagged[k]!]![key].push({
        text,
        offset: { start: f.offset.start - starts[k]!, length: text.length },
      });
    }
  };
  place(found(doc.people()), 'people');
  place(found(doc.places()), 'places');
  place(found(doc.organizations()), 'organisations');
  return out;
}

/** The title words in the few words before `start`. */
function cuesBefore(text: string, start: number): string[] {
  const words = nameWords(text.slice(Math.max(0, start - 60), start)).slice(-4);
  return words.filter(isTitleWord).map((w) => w.toLowerCase().replace(/\./g, ''));
}

const ACRONYM_DEFINITION =
  /((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the|and|for|on|in|&))+)\s+\((\p{Lu}{2,8})\)/gu;

/** `Long Name (LN)`: the long name cut to start at a word with the acronym's first letter. */
function acronymDefinitions(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(ACRONYM_DEFINITION)) {
    const acronym = m[2]!;
    const words = m[1]!.split(/\s+/u);
    const initials = words.filter((w) => /^\p{Lu}/u.test(w));
    if (initials.length < 2 || initials.length > acronym.length + 2) continue;
    const first = words.findIndex((w) => w[0] === acronym[0]);
    if (first < 0) continue;
    const name = properName(words.slice(first));
    if (name && name.length >= 2) out.push([acronym, name.join(' ')]);
  }
  return out;
}

/** Single capitalised words with the evidence that they name a person: a title before, or a speech verb after. */
function evidencedSingles(text: string): SurnameMention[] {
  const out: SurnameMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}’'.-])\p{Lu}[\p{L}\p{M}-]+(?:['’]s)?(?![\p{L}\p{M}-])/gu)) {
    const word = nameWords(m[0])[0];
    if (!word || !maySurname(word)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Part of a longer name: the run finder and compromise take it.
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (/\p{Lu}[\p{L}.]*\s+$/u.test(before) && !isTitleWord(nameWords(before).at(-1) ?? '')) continue;
    if (/^\s+\p{Lu}/u.test(after)) continue;
    if (isAcronym(word)) continue;
    const previous = nameWords(before).at(-1)?.toLowerCase().replace(/\./g, '') ?? '';
    if (PERSONAL_TITLES.has(previous) || SPEECH_AFTER.test(after))
      out.push({ word, cues: cuesBefore(text, start) });
  }
  return out;
}

/** Words that end an organisation's name (`… Authority`, `… Party`, `… Studios`). */
const ORGANISATION_HEADS =
  /^(?:Court|Committee|Council|Authority|Department|Ministry|Agency|Bank|Party|Group|Service|Association|Organization|Organisation|Union|Office|Commission|Parliament|Senate|Studios|Corporation|Corp|Inc|Ltd|Plc|Company|Institute|University|College|Foundation|Fund|Society|Forum|Federation|Board|Bureau|Network|Airlines|Airways|Motors|Industries|Holdings|Club|Trust|Army|Navy|Police|Assembly|Centre|Center|Government|Media|Agency|Tribunal|Coalition|Alliance|League)$/u;

/** Words before a place that belong to its name (`Central` Asia, `East` Asia). */
const DIRECTIONS =
  /^(?:Central|East|West|North|South|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Inner|Outer)$/u;

const DETERMINERS = new Set(['the', 'a', 'an']);

const bareWord = (w: string): string => w.toLowerCase().replace(/\./g, '');

/** How many times `phrase` is written in the texts, as whole words. */
function occurrences(texts: readonly string[], phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return texts.reduce((n, t) => n + [...t.matchAll(re)].length, 0);
}

/** A name with `of …`/`for …` after it in the text taken in (`UN Office` → `UN Office of Counter-Terrorism`). */
function extendName(text: string, name: string[], end: number): string[] {
  const after =
    /^\s+(of the|for the|of|for)\s+((?:\p{Lu}[\p{L}\p{M}’'-]*)(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*)/u.exec(
      text.slice(end, end + 120),
    );
  if (!after) return name;
  const more: string[] = [];
  for (const w of after[2]!.split(/\s+/u)) {
    if (isTitleWord(w) && PERSONAL_TITLES.has(bareWord(w))) break;
    more.push(w.replace(/['’]s?$/u, ''));
  }
  if (more.length === 0) return name;
  const consumed = after[0].length - (after[2]!.length - more.join(' ').length);
  return extendName(text, [...name, ...after[1]!.split(' '), ...more], end + consumed);
}

/**
 * The organisation a run of capitalised words names, if it has a head word (`… Authority`,
 * `Court of Appeals for …`): leading titles and `X-led` taken off, cut at a person's title
 * and after an acronym followed by `and` (`OSCE and European Union`).
 */
function organisationOfRun(words: readonly string[]): string[] | undefined {
  let list = [...words];
  const and = list.findIndex((w, i) => w === 'and' && i > 0 && isAcronym(list[i - 1]!));
  if (and > 0) list = list.slice(and + 1);
  let start = 0;
  for (let i = 0; i < list.length; i++)
    if (isTitleWord(list[i]!) && !ORGANISATION_HEADS.test(list[i]!)) {
      if (list.slice(start, i).some((w) => ORGANISATION_HEADS.test(w))) {
        list = list.slice(0, i);
        break;
      }
      start = i + 1;
    }
  list = list.slice(start);
  for (;;) {
    const first = list[0];
    if (first === undefined) break;
    if (/^(?:of|for|the|and)$/u.test(first) || /-(?:led|based|backed|owned|run)$/u.test(first)) list.shift();
    // A common word before `of` opens a phrase, not the name (`Members of the …`).
    else if (
      /^(?:of|for)$/u.test(list[1] ?? '') &&
      !ORGANISATION_HEADS.test(first) &&
      !lexiconTags(first).some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t))
    )
      list.splice(0, 2);
    else break;
  }
  const name = properName(list);
  if (!name || name.length < 2) return undefined;
  const head = name.findIndex((w) => ORGANISATION_HEADS.test(w));
  if (head < 0) return undefined;
  if (head !== name.length - 1 && !/^(?:of|for)$/u.test(name[head + 1]!)) return undefined;
  if (name.some((w) => isTitleWord(w) && PERSONAL_TITLES.has(bareWord(w)))) return undefined;
  return name;
}

/** Words that, after a place's name, make it a sports team's (TEAM_AFTER), anywhere in a text. */
const TEAM_WORD = new RegExp(TEAM_AFTER.source.replace(/^\^/u, ''), 'gu');

/** The text just before each team word of the texts (`… Newcastle` of `Newcastle boss`). */
function beforeTeamWords(texts: readonly string[]): string[] {
  return texts.flatMap((t) =>
    [...t.matchAll(TEAM_WORD)].map((m) => t.slice(Math.max(0, m.index - 80), m.index)),
  );
}

/** Whether `place` is written as a sports team's name in one of the texts before team words. */
function teamNames(before: readonly string[], place: string): boolean {
  return before.some(
    (b) => b.endsWith(place) && !/[\p{L}\p{N}]/u.test(b.charAt(b.length - place.length - 1)),
  );
}

/**
 * The longest text compromise is given at once. News paragraphs are far shorter; a longer
 * one (a dump's run-on text, a hostile input's megabyte paragraph) is read in windows cut at
 * a space, because the tagger's cost grows faster than the text's length.
 */
export const MAX_TEXT_WINDOW = 10_000;

/** `text` in windows of at most MAX_TEXT_WINDOW characters, each cut at a space where it has one. */
export function textWindows(text: string): string[] {
  const windows: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT_WINDOW) {
    const space = rest.lastIndexOf(' ', MAX_TEXT_WINDOW);
    const cut = space > MAX_TEXT_WINDOW / 2 ? space : MAX_TEXT_WINDOW;
    windows.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  windows.push(rest);
  return windows;
}

/** The people, places and organisations an article's title and texts name. */
export function extractMentions(texts: readonly string[]): ArticleMentions {
  const people = new Map<string, { name: string; cues: Set<string> }>();
  const singles: SurnameMention[] = [];
  const places = new Map<string, string>();
  const organisations = new Map<string, string>();
  const acronyms: [string, string][] = [];
  const addPerson = (words: readonly string[], cues: Iterable<string>): void => {
    if (
      words.some(
        (w) =>
          (isAcronym(w) && !/\./u.test(w)) ||
          INSTITUTION_WORDS.test(w) ||
          ORGANISATION_HEADS.test(w) ||
          w.endsWith('-'),
      )
    )
      return;
    const full = words.join(' ');
    const key = entityKey(full);
    const entry = people.get(key) ?? { name: full, cues: new Set<string>() };
    for (const c of cues) entry.cues.add(c);
    people.set(key, entry);
  };
  const addOrganisation = (found: readonly string[] | undefined): void => {
    // A language or nationality after the name is not part of it (`Al-Jazeera Arabic`).
    const last = found?.at(-1);
    const name =
      found && last && found.length > 1 && (isDemonym(last) || LANGUAGES.test(last))
        ? found.slice(0, -1)
        : found;
    if (!name || name.length > 10) return;
    if (name.some((w) => PERSONAL_TITLES.has(bareWord(w)))) return;
    if (name.length === 1 ? !isAcronym(name[0]!) : name.filter(isNameWord).length < 2) return;
    if (name.length === 1 && NOT_ORGANISATIONS.has(name[0]!.replace(/\./g, ''))) return;
    if (name.some((w) => EVENT_WORDS.test(w) || /\d/u.test(w))) return;
    if (name.length <= 2 && isDemonym(name[0]!)) return;
    const joined = name.join(' ');
    organisations.set(entityKey(joined), joined);
  };
  // Each text's runs, found once: the passes below read them again per single word.
  const runCache = new Map<string, NameRun[]>();
  const runsIn = (text: string): NameRun[] => {
    let runs = runCache.get(text);
    if (!runs) runCache.set(text, (runs = capitalisedRuns(text)));
    return runs;
  };

  const windows = texts.flatMap(textWindows).filter((text) => /\p{Lu}/u.test(text));
  const tagged = taggedWindows(windows, runsIn);
  windows.forEach((text, w) => {
    const runs = runsIn(text);
    const doc = tagged[w]!;
    const runAt = (start: number): NameRun | undefined => runs.find((r) => r.index <= start && start < r.end);
    for (const p of doc.people)
      for (const part of p.text.split(/(?<=\p{Ll}{2}[.!?]["”»’]?)\s+/u)) {
        const name = personOf(nameWords(part));
        if (!name) continue;
        const previous = nameWords(text.slice(Math.max(0, p.offset.start - 12), p.offset.start)).at(-1) ?? '';
        if (DETERMINERS.has(previous.toLowerCase())) continue;
        const cues = [...name.cues, ...cuesBefore(text, p.offset.start)];
        if (name.words.length >= 2) addPerson(name.words, cues);
        else if (maySurname(name.words[0]!)) singles.push({ word: name.words[0]!, cues });
      }
    singles.push(...evidencedSingles(text));
    for (const run of runs) {
      // A run with a title inside names the person after it (`Kyrgyz Defense Minister
      // Baktybek Bekbolotov`), as does one after a role (`blogger Daler Imomali`), where
      // compromise does not know the name.
      const before = nameWords(text.slice(Math.max(0, run.index - 30), run.index));
      const previous = before.at(-1) ?? '';
      const titled =
        ROLE_WORDS.has(previous) || run.words.slice(0, -2).some((w) => PERSONAL_TITLES.has(bareWord(w)));
      const name = titled ? personOf(run.words) : undefined;
      if (
        name &&
        name.words.length >= 2 &&
        name.words.length <= 4 &&
        !name.words.some(
          (w) =>
            isAcronym(w) || INSTITUTION_WORDS.test(w) || EVENT_WORDS.test(w) || ORGANISATION_HEADS.test(w),
        )
      )
        addPerson(name.words, name.cues);
      // A run that ends with an organisation's head word is an organisation (`Qualifications
      // and Curriculum Authority`), unless a person's title is in it.
      const after = text.slice(run.end, run.end + 20);
      if (!/^\s+on\s+\p{Lu}/u.test(after)) addOrganisation(organisationOfRun(run.words));
    }
    for (const p of doc.places)
      for (const part of nameParts(p.text)) {
        let name = properName(part);
        if (!name || name.length > 5 || !isPlaceName(name) || name.some((w) => EVENT_WORDS.test(w))) continue;
        const run = runAt(p.offset.start);
        const at = run ? run.words.indexOf(name[0]!) : -1;
        if (at > 0 && DIRECTIONS.test(run!.words[at - 1]!)) name = [run!.words[at - 1]!, ...name];
        const joined = name.join(' ');
        places.set(entityKey(joined), joined);
      }
    for (const o of doc.organisations) {
      const parts = nameParts(o.text);
      parts.forEach((part, i) => {
        const name = properName(part);
        if (!name) return;
        if (i < parts.length - 1) return addOrganisation(name);
        const end = o.offset.start + o.offset.length;
        const after = text.slice(end, end + 20);
        // Cut short by compromise: the name goes on (`… Service Centers`, `… Committee on Economic …`).
        if (/^\s+(?:on\s+)?\p{Lu}/u.test(after) && !/^\s+(?:of|for)\b/u.test(after)) return;
        addOrganisation(extendName(text, name, end));
      });
    }
    acronyms.push(...acronymDefinitions(text));
  });
  // An organisation's name inside a defined acronym's long name is that (`United Nations
  // Office` of `United Nations Office of Counter-Terrorism (UNOCT)`); one that ends a longer
  // one of the article is cut from it (`Curriculum Authority`).
  for (const [, long] of acronyms) organisations.set(entityKey(long), long);
  for (const [key, name] of [...organisations]) {
    const inside = [...organisations.values()]
      .filter((o) => o !== name && ` ${o} `.includes(` ${name} `))
      .reduce((n, o) => n + occurrences(texts, o), 0);
    if (inside > 0 && occurrences(texts, name) <= inside) organisations.delete(key);
  }

  // Full names of this article written again where compromise missed them (`President of
  // the country Emomali Rahmon`): their cues count too.
  for (const text of texts)
    for (const run of runsIn(text))
      for (let i = 0; i + 1 < run.words.length; i++)
        for (let j = i + 2; j <= run.words.length; j++) {
          const entry = people.get(entityKey(run.words.slice(i, j).join(' ')));
          if (entry) for (const c of cuesBefore(text, run.index)) entry.cues.add(c);
        }

  // A single word that names a person, written out in full elsewhere in the article
  // (`Nuriddin Qarshiboev, the head of …` and `Qarshiboev said`), names that full name.
  for (const s of singles) {
    if ([...people.values()].some((p) => p.name.split(' ').includes(s.word))) continue;
    for (const text of texts)
      for (const run of runsIn(text)) {
        if (run.words.at(-1) !== s.word || run.words.length < 2) continue;
        const previous = nameWords(text.slice(Math.max(0, run.index - 20), run.index)).at(-1) ?? '';
        if (DETERMINERS.has(previous.toLowerCase())) continue;
        const name = personName(run.words.slice(-3));
        if (!name || name.words.length < 2) continue;
        const at = run.words.length - name.words.length;
        if (at > 0 && !/^\p{Lu}/u.test(run.words[at - 1]!)) continue;
        if (
          name.words.slice(0, -1).some((w) => lexiconTags(w).some((t) => !NAME_TAGS.has(t)) || isAcronym(w))
        )
          continue;
        addPerson(name.words, name.cues);
      }
  }

  // A full name inside a longer one of the same article is that one (`Josep Borrell`, `Josep
  // Borrell Fontelles`).
  const aliases: [string, string][] = [];
  for (const [key, p] of people) {
    const longer = [...people.values()].filter((q) => q !== p && ` ${q.name} `.includes(` ${p.name} `));
    if (longer.length !== 1) continue;
    for (const c of p.cues) longer[0]!.cues.add(c);
    aliases.push([p.name, longer[0]!.name]);
    people.delete(key);
  }

  // A single word names the article's full name that has it, when exactly one has it.
  const fullNames = [...people.values()];
  const surnames: SurnameMention[] = [];
  const seenSingles = new Set<string>();
  for (const s of singles) {
    const owners = fullNames.filter((p) => p.name.split(' ').includes(s.word));
    if (owners.length === 1) {
      for (const c of s.cues) owners[0]!.cues.add(c);
      continue;
    }
    if (owners.length > 1) continue;
    const key = `${s.word}\u0000${[...new Set(s.cues)].sort().join(' ')}`;
    if (seenSingles.has(key)) continue;
    seenSingles.add(key);
    surnames.push({ word: s.word, cues: [...new Set(s.cues)].sort() });
  }

  // A name taken as a place or organisation that is a person's here is the person's; a
  // place written only inside an organisation's name (`… Co-operation in Europe`) is not named.
  const personWords = new Set(fullNames.flatMap((p) => p.name.split(' ')));
  const personKeys = new Set(people.keys());
  const notPerson = (entries: Map<string, string>): string[] =>
    [...entries]
      .filter(
        ([key, name]) => !personKeys.has(key) && !(name.split(' ').length === 1 && personWords.has(name)),
      )
      .map(([, name]) => name);
  const orgNames = notPerson(organisations);
  const teamContexts = beforeTeamWords(texts);
  const placeNames = notPerson(places).filter((place) => {
    // A place named as a team anywhere in the article is the team there (`Newcastle boss`).
    if (teamNames(teamContexts, place)) return false;
    const inside = orgNames
      .filter((o) => ` ${o} `.includes(` ${place} `))
      .reduce((n, o) => n + occurrences(texts, o), 0);
    return inside === 0 || occurrences(texts, place) > inside;
  });

  return {
    people: fullNames.map((p) => ({ name: p.name, cues: [...p.cues].sort() })),
    surnames,
    aliases,
    places: placeNames,
    organisations: orgNames.filter((o) => !places.has(entityKey(o))),
    acronyms,
  };
}
