/**
 * URL helpers. Every internal link goes through `href`, so the site works under a base
 * path (`/archive/`) as well as at the root. Paths always end in a slash (trailingSlash:
 * 'always'), matching the `directory` build format.
 */
import { slugify } from './slug.ts';

export { joinBase, shortLinkPath } from './base-path.ts';

export const articlePath = (slug: string): string => `articles/${slug}/`;
export const sourcePath = (source: string): string => `sources/${sourceSlug(source)}/`;
export const sectionPath = (section: string): string => `sections/${sectionSlug(section)}/`;
export const searchPath = (query?: string): string =>
  query ? `search/?q=${encodeURIComponent(query)}` : 'search/';
/** The listing of every article. */
export const allArticlesPath = (): string => 'articles/';
export const sourcesPath = (): string => 'sources/';
export const sectionsPath = (): string => 'sections/';
export const yearsPath = (): string => 'years/';
export const yearPath = (year: string): string => `years/${year}/`;
export const monthPath = (year: string, month: string): string => `years/${year}/${month}/`;
export const sectionSlug = (section: string): string => slugify(section) || 'section';
/** The index of the people, places or organisations (`people/`, `places/`, `organisations/`). */
export const entitiesPath = (kind: 'people' | 'places' | 'organisations'): string => `${kind}/`;
/** One person's, place's or organisation's page. */
export const entityPath = (kind: 'people' | 'places' | 'organisations', slug: string): string =>
  `${kind}/${slug}/`;
/** RSS feed of the whole archive. */
export const feedPath = (): string => 'rss.xml';
/** RSS feed of one source. */
export const sourceFeedPath = (source: string): string => `${sourcePath(source)}rss.xml`;

/**
 * Page `n` (1-based) of a paginated listing at `listingPath`: the first page is the
 * listing itself, later ones are `<listing>page/<n>/`.
 */
export function listingPagePath(listingPath: string, n: number): string {
  return n <= 1 ? listingPath : `${listingPath}page/${n}/`;
}

/** Slug for a source's listing page; never empty. */
export function sourceSlug(source: string): string {
  return slugify(source, 60) || 'source';
}
