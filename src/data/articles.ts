/**
 * Queries over the articles collection: the pages ask here instead of filtering the
 * collection themselves. Every query is computed once per build and cached, and each is
 * linear in the number of articles, so large archives stay fast.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import options from 'virtual:news-archive/options';
import { readArticleBody } from '../lib/article-bodies.ts';
import { yearMonthOf } from '../lib/dates.ts';
import {
  allArticlesPath,
  monthPath,
  sectionPath,
  sectionSlug,
  sourcePath,
  sourceSlug,
  yearPath,
} from '../shared/urls.ts';

export type Article = CollectionEntry<'articles'>;

export interface Group {
  /** Display name. */
  name: string;
  /** URL segment of the group's listing page. */
  slug: string;
  /** Site-relative path of the listing page. */
  path: string;
  /** The group's articles, in archive order. */
  articles: Article[];
}

export interface MonthGroup extends Group {
  year: string;
  /** Two digits, `01`–`12`. */
  month: string;
}

export interface YearGroup extends Group {
  year: string;
  /** Months with articles, newest first. */
  months: MonthGroup[];
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

/** Caches a query's result for the rest of the build. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/** All articles, in archive order. */
export const allArticles = once(async (): Promise<Article[]> =>
  (await getCollection('articles')).sort(compareArticles),
);

function groupBy<G extends Group>(
  articles: Article[],
  key: (a: Article) => string | undefined,
  make: (name: string) => Omit<G, 'articles'>,
): G[] {
  const groups = new Map<string, G>();
  for (const article of articles) {
    const name = key(article);
    if (!name) continue;
    const made = make(name);
    let group = groups.get(made.slug);
    if (!group) {
      group = { ...made, articles: [] } as unknown as G;
      groups.set(made.slug, group);
    }
    group.articles.push(article);
  }
  return [...groups.values()];
}

const byName = (a: Group, b: Group): number => a.name.localeCompare(b.name);

/** Publishers, by name. */
export const sources = once(async (): Promise<Group[]> =>
  groupBy<Group>(
    await allArticles(),
    (a) => a.data.source,
    (name) => ({ name, slug: sourceSlug(name), path: sourcePath(name) }),
  ).sort(byName),
);

/** Sections, by name. */
export const sections = once(async (): Promise<Group[]> =>
  groupBy<Group>(
    await allArticles(),
    (a) => a.data.section,
    (name) => ({ name, slug: sectionSlug(name), path: sectionPath(name) }),
  ).sort(byName),
);

/** Years with dated articles, newest first, each with its months. */
export const years = once(async (): Promise<YearGroup[]> => {
  const byYear = groupBy<YearGroup>(
    await allArticles(),
    (a) => (a.data.date ? yearMonthOf(a.data.date).year : undefined),
    (year) => ({ name: year, slug: year, path: yearPath(year), year, months: [] }),
  );
  for (const y of byYear) {
    y.months = groupBy<MonthGroup>(
      y.articles,
      (a) => yearMonthOf(a.data.date!).month,
      (month) => ({ name: month, slug: month, path: monthPath(y.year, month), year: y.year, month }),
    ).sort((a, b) => b.month.localeCompare(a.month));
  }
  return byYear.sort((a, b) => b.year.localeCompare(a.year));
});

/** Every month with articles, newest first. */
export const months = once(async (): Promise<MonthGroup[]> => (await years()).flatMap((y) => y.months));

/** The listing of every article. */
export const everything = once(async (): Promise<Group> => ({
  name: 'All articles',
  slug: 'articles',
  path: allArticlesPath(),
  articles: await allArticles(),
}));

export interface ArticleNeighbours {
  /** The listing the neighbours come from: the article's section, its source, or all articles. */
  listing: Group;
  kind: 'section' | 'source' | 'all';
  prev?: Article;
  next?: Article;
}

/**
 * For each article id: its previous and next article within its narrowest listing — its
 * section when it has one (the folder it was filed in), else its source, else all articles.
 */
const neighbourMap = once(async (): Promise<Map<string, ArticleNeighbours>> => {
  const map = new Map<string, ArticleNeighbours>();
  const all = await everything();
  const listings: [Group, ArticleNeighbours['kind']][] = [
    ...(await sections()).map((g): [Group, ArticleNeighbours['kind']] => [g, 'section']),
    ...(await sources()).map((g): [Group, ArticleNeighbours['kind']] => [g, 'source']),
    [all, 'all'],
  ];
  for (const [listing, kind] of listings) {
    listing.articles.forEach((article, i) => {
      if (map.has(article.id)) return;
      const entry: ArticleNeighbours = { listing, kind };
      const prev = listing.articles[i - 1];
      const next = listing.articles[i + 1];
      if (prev) entry.prev = prev;
      if (next) entry.next = next;
      map.set(article.id, entry);
    });
  }
  return map;
});

/** The article's listing (section, source or all articles) and its neighbours there. */
export async function neighboursOf(article: Article): Promise<ArticleNeighbours> {
  return (await neighbourMap()).get(article.id) ?? { listing: await everything(), kind: 'all' };
}

/** The article's rendered body (HTML), as the articles loader wrote it. */
export function articleBody(article: Article): string {
  return readArticleBody(options.bodiesDir, article);
}
