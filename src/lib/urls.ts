/**
 * URL helpers. Every internal link goes through `href`, so the site works under a base
 * path (`/archive/`) as well as at the root. Paths always end in a slash (trailingSlash:
 * 'always'), matching the `directory` build format.
 */
import { slugify } from './slug.ts';

/** Joins the base path (`/` or `/archive/`) and a site-relative path. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

export const articlePath = (slug: string): string => `articles/${slug}/`;
/** Short permanent link of an article; it redirects to the article's page. */
export const shortLinkPath = (id: string): string => `a/${id}/`;
export const sourcePath = (source: string): string => `sources/${sourceSlug(source)}/`;
export const sectionPath = (section: string): string => `sections/${slugify(section)}/`;
export const searchPath = (query?: string): string =>
  query ? `search/?q=${encodeURIComponent(query)}` : 'search/';

/** Slug for a source's listing page; never empty. */
export function sourceSlug(source: string): string {
  return slugify(source, 60) || 'source';
}
