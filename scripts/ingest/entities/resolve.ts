/**
 * The cross-archive pass: merges the names each article's extraction found (extract.ts)
 * into entities with one canonical name and one page slug per kind, and gives every article
 * its `entities`. Aliases: the same name written with or without diacritics (`António` /
 * `Antonio`), a full name inside a longer one of some article, an acronym an article defines
 * (`CSTO`), and a surname alone (`Voronkov added`) when exactly one person of the archive
 * has it, or exactly one of those that have it carries the title it is given (`President
 * Rahmon` is Emomali, `Prosecutor General … Rahmon` Yusuf). Anything ambiguous is left out:
 * a wrong page is worse than none. Articles from a database export take the export's own
 * classification instead. Pure, linear in the archive (apart from sorting).
 */
import type { DocumentMetadata, Term } from '../core/export-format.ts';
import {
  entityKey,
  entitySlugs,
  TEXT_KINDS_SHOWN,
  type ArticleEntities,
  type EntityKind,
} from '../../../src/shared/entities.ts';
import type { ArticleMentions } from './extract.ts';

/** What the pass reads of an article and what it writes. */
export interface EntityArticle {
  title: string;
  mentions?: ArticleMentions;
  metadata?: DocumentMetadata;
  entities?: ArticleEntities;
  /** Title and block texts (for the full names of the archive written out in it). */
  texts: readonly string[];
}

/** Titles that say nothing about which of two people is meant. */
const GENERIC_CUES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'he',
  'h.e',
  'hon',
  'honorable',
  'honourable',
  'dr',
  'sir',
]);

class Names {
  /** key → surface form → count */
  readonly forms = new Map<string, Map<string, number>>();
  add(key: string, form: string): void {
    const forms = this.forms.get(key) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    this.forms.set(key, forms);
  }
  /** The canonical name: the most frequent form, then the longest, then the first in code-point order. */
  canonical(key: string): string {
    const forms = [...this.forms.get(key)!];
    forms.sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    return forms[0]![0];
  }
}

/** A database's name for display: `VLADIMIR PUTIN` → `Vladimir Putin`; mixed case kept. */
export function termDisplayName(name: string): string {
  const trimmed = name.trim();
  if (trimmed !== trimmed.toUpperCase() || !/\p{Lu}{2}/u.test(trimmed)) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s'’(-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

const EXPORT_FIELDS: Record<EntityKind, 'persons' | 'places' | 'organisations'> = {
  people: 'persons',
  places: 'places',
  organisations: 'organisations',
};

/** Runs of capitalised words (with name particles inside), where a known full name may be written out. */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:of|de|da|van|von|der|bin|al|ibn)\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)+/gu;

function* subNames(text: string): Generator<string> {
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/u).map((w) => w.replace(/['’]s?$|[.,]$/u, ''));
    for (let i = 0; i + 1 < words.length; i++)
      for (let j = i + 2; j <= Math.min(words.length, i + 5); j++) yield words.slice(i, j).join(' ');
  }
}

/**
 * Sets `entities` on every article (or removes it when the article names none that is
 * shown). `textKinds`: the kinds found in the text that are kept (default: those whose
 * precision passed, TEXT_KINDS_SHOWN; the evaluation asks for all).
 */
export function resolveEntities(
  articles: readonly EntityArticle[],
  textKinds: readonly EntityKind[] = TEXT_KINDS_SHOWN,
): void {
  const people = new Names();
  const places = new Names();
  const organisations = new Names();
  /** person key → its cues across the archive */
  const cues = new Map<string, Set<string>>();
  /** shorter full name's key → longer's keys it was seen inside */
  const inside = new Map<string, Set<string>>();
  /** acronym → long names' keys */
  const acronyms = new Map<string, Set<string>>();
  const fromExport = (a: EntityArticle, kind: EntityKind): Term[] | undefined => {
    const terms = a.metadata?.[EXPORT_FIELDS[kind]];
    return terms && terms.length > 0 ? terms : undefined;
  };

  /** person key → articles whose text names it as a person; place or organisation key → articles naming it so */
  const asPerson = new Map<string, number>();
  const asOther = new Map<string, number>();
  const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const a of articles) {
    const m = a.mentions;
    if (!m) continue;
    for (const name of [...m.places, ...m.organisations]) count(asOther, entityKey(name));
    for (const p of m.people) {
      const key = entityKey(p.name);
      count(asPerson, key);
      people.add(key, p.name);
      const set = cues.get(key) ?? new Set<string>();
      for (const c of p.cues) if (!GENERIC_CUES.has(c)) set.add(c);
      cues.set(key, set);
    }
    for (const [shorter, longer] of m.aliases) {
      const set = inside.get(entityKey(shorter)) ?? new Set<string>();
      set.add(entityKey(longer));
      inside.set(entityKey(shorter), set);
    }
    for (const [acronym, long] of m.acronyms) {
      const set = acronyms.get(acronym) ?? new Set<string>();
      set.add(entityKey(long));
      acronyms.set(acronym, set);
      organisations.add(entityKey(long), long);
    }
  }
  // A shorter full name seen inside exactly one longer name is that name everywhere.
  const personAlias = new Map<string, string>();
  for (const [short, longer] of inside) if (longer.size === 1) personAlias.set(short, [...longer][0]!);
  const personKey = (key: string): string => personAlias.get(key) ?? key;
  // A name the archive names as a place or organisation at least as often as a person is not
  // a person (`New York`, taken for one once, is a place in a hundred articles).
  const notPerson = (key: string): boolean => (asOther.get(key) ?? 0) >= (asPerson.get(key) ?? 0);
  // Only a name found as a person in two articles or more is looked for in the others.
  const known = (key: string): boolean =>
    people.forms.has(key) && (asPerson.get(key) ?? 0) >= 2 && !notPerson(key);
  for (const [short, long] of personAlias) {
    const forms = people.forms.get(short);
    if (forms) for (const [form, n] of forms) for (let i = 0; i < n; i++) people.add(long, form);
    people.forms.delete(short);
    for (const c of cues.get(short) ?? []) cues.get(long)?.add(c);
  }
  // Surname → the people of the archive whose last word it is.
  const bySurname = new Map<string, string[]>();
  for (const key of people.forms.keys()) {
    const surname = key.split('-').at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key]);
  }
  const orgKey = (name: string): string => {
    const long = acronyms.get(name);
    return long && long.size === 1 ? [...long][0]! : entityKey(name);
  };

  // Per article: its entities' keys, in the order found.
  const found: { people: string[]; places: string[]; organisations: string[] }[] = [];
  for (const a of articles) {
    const keys = { people: [] as string[], places: [] as string[], organisations: [] as string[] };
    found.push(keys);
    const m = a.mentions;
    const add = (list: string[], key: string): void => {
      if (!list.includes(key)) list.push(key);
    };
    for (const kind of ['people', 'places', 'organisations'] as const) {
      const terms = fromExport(a, kind);
      if (!terms) continue;
      const names = kind === 'people' ? people : kind === 'places' ? places : organisations;
      for (const t of terms) {
        const display = termDisplayName(t.name);
        const key = kind === 'people' ? personKey(entityKey(display)) : entityKey(display);
        names.add(key, display);
        add(keys[kind], key);
      }
    }
    if (!m) continue;
    if (!fromExport(a, 'people')) {
      for (const p of m.people)
        if (!notPerson(entityKey(p.name))) add(keys.people, personKey(entityKey(p.name)));
      // Full names of the archive written out here that compromise missed.
      for (const text of a.texts)
        for (const name of subNames(text)) {
          const key = entityKey(name);
          if (known(key)) {
            add(keys.people, key);
            people.add(key, name);
          }
        }
      for (const s of m.surnames) {
        let candidates = (bySurname.get(entityKey(s.word)) ?? []).filter(
          (k) => !keys.people.includes(k) && !notPerson(k),
        );
        if (keys.people.some((k) => k.split('-').at(-1) === entityKey(s.word))) continue;
        if (candidates.length > 1) {
          const given = s.cues.filter((c) => !GENERIC_CUES.has(c));
          candidates = candidates.filter((k) => given.some((c) => cues.get(k)?.has(c)));
        }
        if (candidates.length === 1) add(keys.people, candidates[0]!);
      }
    }
    const personKeys = new Set(keys.people);
    if (!fromExport(a, 'places'))
      for (const p of m.places) {
        const key = entityKey(p);
        if (personKeys.has(key)) continue;
        places.add(key, p);
        add(keys.places, key);
      }
    if (!fromExport(a, 'organisations'))
      for (const o of m.organisations) {
        const key = orgKey(o);
        if (personKeys.has(key) || keys.places.includes(key)) continue;
        if (key === entityKey(o)) organisations.add(key, o);
        add(keys.organisations, key);
      }
  }

  const slugs = {
    people: entitySlugs(people.forms.keys()),
    places: entitySlugs(places.forms.keys()),
    organisations: entitySlugs(organisations.forms.keys()),
  };
  const names = { people, places, organisations };
  articles.forEach((a, i) => {
    const entities: ArticleEntities = {};
    for (const kind of ['people', 'places', 'organisations'] as const) {
      const shown = fromExport(a, kind) !== undefined || textKinds.includes(kind);
      const keys = found[i]![kind];
      if (!shown || keys.length === 0) continue;
      entities[kind] = keys.map((key) => ({ name: names[kind].canonical(key), slug: slugs[kind].get(key)! }));
    }
    if (Object.keys(entities).length > 0) a.entities = entities;
    else delete a.entities;
  });
}
