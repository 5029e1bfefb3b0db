/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and code are unchanged since the last build is not rendered again; Astro copies its
 * previous HTML instead.
 *
 * A page's key must name everything outside its own code that its HTML depends on. An
 * article page shows its article (the entry's digest covers the MDX file and the code that
 * renders bodies, see src/loaders/articles-loader.ts), the site config (title, base path,
 * feeds…), the header's navigation (navigation.ts), and its
 * listing with the previous and next article there, and the titles and slugs of the other
 * reports of its event and its related articles (related.ts), and which of the entities it
 * names have a page (entities.ts). A page that shows more of the archive
 * must add it to its key, or return no key at all (then it is always rendered).
 */
import type { ListingPage } from '../lib/pagination.ts';
import { shortHash } from '../shared/hash.ts';
import { listedArticle } from './article-list.ts';
import { neighboursOf, type Article } from './articles.ts';
import { offeredStyles } from './citation.ts';
import { entityMentionsOf } from './entities.ts';
import { navigation } from './navigation.ts';
import { relationsOf } from './related.ts';
import { site } from './site.ts';

let siteFingerprint: Promise<string> | undefined;

/**
 * What every page shows of the site as a whole: the config, the header's navigation and the
 * citation styles found in the configured folder.
 */
function siteWide(): Promise<string> {
  siteFingerprint ??= (async () =>
    JSON.stringify([site, import.meta.env.BASE_URL, await navigation(), offeredStyles()]))();
  return siteFingerprint;
}

/** The cacheKey of an article's page. */
export async function articlePageCacheKey(article: Article): Promise<string> {
  const { listing, kind, prev, next } = await neighboursOf(article);
  const around = [
    kind,
    listing.name,
    listing.path,
    prev?.data.slug,
    prev?.data.title,
    next?.data.slug,
    next?.data.title,
  ];
  const relations = await relationsOf(article);
  // Which of its people, places and organisations have a page of their own (linked or not).
  const mentions = await entityMentionsOf(article);
  return `${String(article.digest)}:${shortHash(JSON.stringify([await siteWide(), around, relations, mentions]), 16)}`;
}

/**
 * The cacheKey of a page of an article listing (ListingPage.astro): the articles as the list
 * shows them (article-list.ts), the page's place in the listing, and `about`: everything
 * else the page shows that its route's code does not fix (its name, path, feed …).
 */
export async function listingPageCacheKey(page: ListingPage<Article>, about: unknown): Promise<string> {
  const { items, ...place } = page;
  return shortHash(JSON.stringify([await siteWide(), about, place, items.map(listedArticle)]), 16);
}

/** The cacheKey of a page that is a function of `content` alone (with the site's config). */
export async function contentCacheKey(content: unknown): Promise<string> {
  return shortHash(JSON.stringify([await siteWide(), content]), 16);
}
