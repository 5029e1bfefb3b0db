/**
 * People, places and organisations: the kinds, their URL segments and how an entity's key
 * and page slug are made from its name. Shared by the ingest (scripts/ingest/entities/,
 * which finds and merges them) and the site (the entity pages and the article's links).
 */
import type { EntityRef } from './article-schema.ts';
import { shortHash } from './hash.ts';
import { slugify, truncateSlug } from './slug.ts';

export type { EntityRef } from './article-schema.ts';

/** The kinds, as the frontmatter's `entities` names them. */
export const ENTITY_KINDS = ['people', 'places', 'organisations'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What an article names, per kind (the frontmatter's `entities`). */
export type ArticleEntities = Partial<Record<EntityKind, EntityRef[]>>;

/** The Pagefind filter key of each kind on article pages (the search builds facets on them). */
export const ENTITY_FILTER_KEYS: Record<EntityKind, string> = {
  people: 'person',
  places: 'place',
  organisations: 'org',
};

/**
 * The kinds found in the text that are shown (pages, links, filters). A kind is listed only
 * while its precision on the evaluation set (test/fixtures/entities/) is at least 0.9, both
 * on the whole set and on its held-out part: test/unit/entities-eval.test.ts asserts it.
 * Places (held-out precision 0.72: teams named by their town or country, `Newcastle boss`,
 * `against Belgium`) and organisations (0.82) do not pass yet. Terms a database export
 * states are shown for every kind.
 */
export const TEXT_KINDS_SHOWN: readonly EntityKind[] = ['people'];

/** Longest entity slug. */
export const MAX_ENTITY_SLUG_LENGTH = 60;

/** Slugs an entity page may not take: the listing's own pagination (`people/page/2/`). */
export const RESERVED_ENTITY_SLUGS: ReadonlySet<string> = new Set(['page']);

/**
 * The key two names of one entity share: the name transliterated to lowercase ASCII words
 * (`António Guterres` and `Antonio Guterres` are one person). Never empty.
 */
export function entityKey(name: string): string {
  return slugify(name, 1000) || `x-${shortHash(name, 8)}`;
}

/**
 * Page slugs for the entity keys of one kind: the key cut to MAX_ENTITY_SLUG_LENGTH, with
 * `-2`, `-3` … added (in key order) where two keys would cut to the same slug or a key is
 * reserved. The same keys always give the same slugs.
 */
export function entitySlugs(keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const key of sorted) {
    const base = truncateSlug(key, MAX_ENTITY_SLUG_LENGTH);
    let slug = base;
    for (let n = 2; taken.has(slug) || RESERVED_ENTITY_SLUGS.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    out.set(key, slug);
  }
  return out;
}
