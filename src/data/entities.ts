/**
 * Queries for the people, places and organisations pages: the entities of each kind with
 * their articles, from the `entities` the ingest wrote into each article's frontmatter
 * (scripts/ingest/entities/). Computed once per build, linear in the archive.
 */
import { allArticles, type Article, type Group } from './articles.ts';
import type { Crumb } from './breadcrumbs.ts';
import { contentCacheKey, listingPageCacheKey } from './page-cache.ts';
import { site } from './site.ts';
import { paginate, pageParam, type ListingPage } from '../lib/pagination.ts';
import { ENTITY_KINDS, type EntityKind } from '../shared/entities.ts';
import { entitiesPath, entityPath } from '../shared/urls.ts';

export interface EntityGroup extends Group {
  kind: EntityKind;
}

/** How a kind is named on the site's pages. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string; heading: string }> = {
  people: { plural: 'people', singular: 'person', heading: 'People' },
  places: { plural: 'places', singular: 'place', heading: 'Places' },
  organisations: { plural: 'organisations', singular: 'organisation', heading: 'Organisations' },
};

/** Entities listed per page of a kind's index. */
export const ENTITY_INDEX_PAGE_SIZE = 200;

/** Most articles first, then by name. */
const byCount = (a: EntityGroup, b: EntityGroup): number =>
  b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en');

let all: Promise<Record<EntityKind, EntityGroup[]>> | undefined;

/** Every entity of every kind, each with its articles newest first (archive order). */
export function entityGroups(): Promise<Record<EntityKind, EntityGroup[]>> {
  all ??= (async () => {
    const maps = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Map<string, EntityGroup>()])) as Record<
      EntityKind,
      Map<string, EntityGroup>
    >;
    // allArticles is in archive order: newest first by `date` (compared as strings), then input order.
    for (const article of await allArticles()) {
      for (const kind of ENTITY_KINDS) {
        for (const ref of article.data.entities?.[kind] ?? []) {
          let group = maps[kind].get(ref.slug);
          if (!group) {
            group = { kind, name: ref.name, slug: ref.slug, path: entityPath(kind, ref.slug), articles: [] };
            maps[kind].set(ref.slug, group);
          }
          group.articles.push(article);
        }
      }
    }
    return Object.fromEntries(ENTITY_KINDS.map((k) => [k, [...maps[k].values()].sort(byCount)])) as Record<
      EntityKind,
      EntityGroup[]
    >;
  })();
  return all;
}

/**
 * Whether an entity named in this many articles has a page of its own (the site config's
 * `entityPageMinArticles`): below it, a page would list little more than the article the
 * reader came from.
 */
export const hasOwnPage = (articles: number): boolean => articles >= site.entityPageMinArticles;

/** The entities of one kind that have a page of their own, most articles first. */
export async function entitiesOf(kind: EntityKind): Promise<EntityGroup[]> {
  return (await entityGroups())[kind].filter((g) => hasOwnPage(g.articles.length));
}

/** How many entities of a kind are named in too few articles for a page of their own. */
export async function entitiesWithoutPage(kind: EntityKind): Promise<number> {
  return (await entityGroups())[kind].filter((g) => !hasOwnPage(g.articles.length)).length;
}

/** A name an article shows in its list of entities: linked to its page when it has one. */
export interface EntityMention {
  name: string;
  /** Site-relative path of the entity's page; absent when it has none. */
  path?: string;
}

/** What an article's page shows of the entities it names, per kind (kinds it names none of are left out). */
export async function entityMentionsOf(
  article: Article,
): Promise<Partial<Record<EntityKind, EntityMention[]>>> {
  const groups = await entityGroupsBySlug();
  const out: Partial<Record<EntityKind, EntityMention[]>> = {};
  for (const kind of ENTITY_KINDS) {
    const refs = article.data.entities?.[kind] ?? [];
    if (refs.length === 0) continue;
    out[kind] = refs.map((ref) => {
      const group = groups[kind].get(ref.slug);
      return group && hasOwnPage(group.articles.length)
        ? { name: ref.name, path: group.path }
        : { name: ref.name };
    });
  }
  return out;
}

let bySlug: Promise<Record<EntityKind, Map<string, EntityGroup>>> | undefined;

/** Every entity of every kind by its slug. */
function entityGroupsBySlug(): Promise<Record<EntityKind, Map<string, EntityGroup>>> {
  bySlug ??= entityGroups().then(
    (groups) =>
      Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Map(groups[k].map((g) => [g.slug, g]))])) as Record<
        EntityKind,
        Map<string, EntityGroup>
      >,
  );
  return bySlug;
}

export interface EntityIndexProps {
  page: ListingPage<EntityGroup>;
  /** Entities of the kind named in too few articles for a page of their own. */
  withoutPage: number;
}

export interface EntityListingProps {
  group: EntityGroup;
  page: ListingPage<Article>;
}

/** getStaticPaths entries for the pages of a kind's index (`people/`, `people/page/2/` …). */
export async function entityIndexPaths(
  kind: EntityKind,
): Promise<{ params: { page: string | undefined }; props: EntityIndexProps; cacheKey: string }[]> {
  const withoutPage = await entitiesWithoutPage(kind);
  return Promise.all(
    paginate(await entitiesOf(kind), ENTITY_INDEX_PAGE_SIZE, entitiesPath(kind)).map(async (page) => ({
      params: { page: pageParam(page.current) },
      props: { page, withoutPage },
      cacheKey: await contentCacheKey([
        kind,
        withoutPage,
        { ...page, items: page.items.map((g) => [g.name, g.path, g.articles.length]) },
      ]),
    })),
  );
}

/** getStaticPaths entries for every page of every entity of a kind (`people/<slug>/`, `…/page/2/`). */
export async function entityListingPaths(
  kind: EntityKind,
): Promise<
  { params: { slug: string; page: string | undefined }; props: EntityListingProps; cacheKey: string }[]
> {
  return Promise.all(
    (await entitiesOf(kind)).flatMap((group) =>
      paginate(group.articles, site.pageSize, group.path).map(async (page) => ({
        params: { slug: group.slug, page: pageParam(page.current) },
        props: { group, page },
        cacheKey: await listingPageCacheKey(page, [kind, group.name, group.path]),
      })),
    ),
  );
}

/** The trail to a kind's index. */
export function entityCrumbs(kind: EntityKind): Crumb[] {
  return [
    { label: 'Home', path: '' },
    { label: ENTITY_LABELS[kind].heading, path: entitiesPath(kind) },
  ];
}

/** The header's links to the kinds' indexes, for the kinds that have any entity (navigation.ts). */
export async function entityNavigation(): Promise<{ label: string; path: string }[]> {
  const groups = await entityGroups();
  return ENTITY_KINDS.filter((kind) => groups[kind].length > 0).map((kind) => ({
    label: ENTITY_LABELS[kind].heading,
    path: entitiesPath(kind),
  }));
}
