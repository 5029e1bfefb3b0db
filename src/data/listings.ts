/**
 * Static paths of the paginated listings: one entry per page of each group, split by the
 * configured page size. Each listing page gets only its own slice of articles.
 */
import { everything, type Group } from './articles.ts';
import { site } from './site.ts';
import { pageParam, paginate, type ListingPage } from '../lib/pagination.ts';
import type { Article } from './articles.ts';

export interface ListingProps<G extends Group> {
  group: G;
  page: ListingPage<Article>;
}

/** getStaticPaths entries for every page of `group`, with `params` plus the `page` rest param. */
export function listingPaths<G extends Group, P extends Record<string, string>>(
  group: G,
  params: P,
): { params: P & { page: string | undefined }; props: ListingProps<G> }[] {
  return paginate(group.articles, site.pageSize, group.path).map((page) => ({
    params: { ...params, page: pageParam(page.current) },
    props: { group, page },
  }));
}

/** The pages of the listing of every article. */
export async function allArticlePages(): Promise<ListingPage<Article>[]> {
  const all = await everything();
  return paginate(all.articles, site.pageSize, all.path);
}
