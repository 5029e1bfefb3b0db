/**
 * What the build tells the site, as explicit options: the validated site config and the
 * folders the site reads at build time. The build layer's Astro integration
 * (scripts/site/site-options-integration.ts) hands them over as the virtual module
 * `virtual:news-archive/options`; the site imports that module (typed in
 * src/virtual-modules.d.ts) and nothing of the build layer.
 */
import type { SiteConfig } from './site-config.ts';

export const SITE_OPTIONS_MODULE = 'virtual:news-archive/options';

export interface SiteOptions {
  /** The site config (content/site.yaml, with the command line's overrides). */
  config: SiteConfig;
  /** Absolute path of the folder of generated `<slug>.mdx` files and `permalinks.json`. */
  articlesDir: string;
  /** Absolute path of the folder the articles loader renders bodies into (src/lib/article-bodies.ts). */
  bodiesDir: string;
  /** From this many changed articles on, the loader renders bodies on worker threads. */
  renderPoolThreshold: number;
}
