/**
 * What a list of articles shows of each one: ArticleList.astro renders exactly these
 * fields, and the cache key of a listing page (page-cache.ts) is made of them, so a page is
 * rendered again whenever something it shows of an article changes, and only then.
 */
import type { Article } from './articles.ts';

export interface ListedArticle {
  slug: string;
  title: string;
  language: string;
  source: string | undefined;
  date: string | undefined;
  authors: string[] | undefined;
  readingMinutes: number;
  description: string | undefined;
}

/** The fields of an article a list shows. */
export function listedArticle({ data }: Article): ListedArticle {
  return {
    slug: data.slug,
    title: data.title,
    language: data.language,
    source: data.source,
    date: data.date,
    authors: data.authors,
    readingMinutes: data.readingMinutes,
    description: data.description,
  };
}
