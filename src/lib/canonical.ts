/**
 * Absolute URLs of the site's pages: the canonical link, OpenGraph `og:url`, feeds, the
 * sitemap and JSON-LD all take them from here, so a page has one public address.
 * Without a configured `site` there is no absolute URL: the canonical link is then
 * root-relative, and feeds, sitemap and `og:url` are left out.
 */
import { joinBase } from '../shared/urls.ts';

export interface PublicLocation {
  /** Absolute URL the site is published at (`https://example.org`), when known. */
  site?: string | undefined;
  /** Path the site is served under (`/` or `/archive/`). */
  base: string;
}

/** The absolute URL of a site-relative path (`articles/x/`), or undefined without a site. */
export function absoluteUrl(path: string, where: PublicLocation): string | undefined {
  if (!where.site) return undefined;
  return new URL(joinBase(where.base, path), where.site).href;
}

/**
 * The canonical URL of the page at a site-relative path: absolute when the site's URL is
 * configured, otherwise root-relative (`/archive/articles/x/`), which is right on any host.
 */
export function canonicalUrl(path: string, where: PublicLocation): string {
  return absoluteUrl(path, where) ?? joinBase(where.base, path);
}
