/** The validated site config, for pages and components. */
import { resolveSiteConfig, type SiteConfig } from '../lib/site-config.ts';
import { joinBase } from '../lib/urls.ts';

export const site: SiteConfig = resolveSiteConfig();

/** A site-relative path under the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
