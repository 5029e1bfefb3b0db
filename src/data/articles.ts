/**
 * Queries over the articles collection: the pages ask here instead of filtering the
 * collection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionPath, sourcePath, sourceSlug } from '../lib/urls.ts';
import { slugify } from '../lib/slug.ts';

export type Article = CollectionEntry<'articles'>;

export interface Group {
  /** Display name. */
  name: string;
  /** URL segment of the group's listing page. */
  slug: string;
  /** Site-relative path of the listing page. */
  path: string;
  articles: Article[];
}

/** Archive order: newest first where dates are known, then input order. */
export function compareArticles(a: Article, b: Article): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  const pa = a.data.provenance;
  const pb = b.data.provenance;
  if (pa.file !== pb.file) return pa.file < pb.file ? -1 : 1;
  return pa.index - pb.index;
}

let cached: Promise<Article[]> | undefined;

/** All articles, in archive order. */
export function allArticles(): Promise<Article[]> {
  cached ??= getCollection('articles').then((list) => list.sort(compareArticles));
  return cached;
}

function groupBy(
  articles: Article[],
  key: (a: Article) => string | undefined,
  path: (name: string) => string,
  slug: (name: string) => string,
): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    const name = key(article);
    if (!name) continue;
    const s = slug(name);
    let group = groups.get(s);
    if (!group) {
      group = { name, slug: s, path: path(name), articles: [] };
      groups.set(s, group);
    }
    group.articles.push(article);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function sources(): Promise<Group[]> {
  return groupBy(await allArticles(), (a) => a.data.source, sourcePath, sourceSlug);
}

export async function sections(): Promise<Group[]> {
  return groupBy(
    await allArticles(),
    (a) => a.data.section,
    sectionPath,
    (s) => slugify(s) || 'section',
  );
}
