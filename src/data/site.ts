/** The validated site config, for pages and components, and links under the base path. */
import { absoluteUrl } from '../lib/canonical.ts';
import options from 'virtual:news-archive/options';
import type { SiteConfig } from '../shared/site-config.ts';
import { joinBase } from '../shared/urls.ts';

export const site: SiteConfig = options.config;

/** A site-relative path under the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute public URL of a site-relative path, when the site's URL is configured. */
export function publicUrl(path: string): string | undefined {
  return absoluteUrl(path, { site: site.site, base: import.meta.env.BASE_URL });
}

/** Whether RSS feeds are written: switched on, and the site's URL known (feeds need it). */
export const feedsEnabled: boolean = site.feeds && site.site !== undefined;
