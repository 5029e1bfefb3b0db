/**
 * The Astro configuration of an archive site, made from explicit options. `npm run build`
 * (scripts/build.ts) passes it to Astro's `build()` with the folders and callbacks of that
 * build; astro.config.mjs makes the same config for `astro dev`, `astro preview` and
 * `astro check` on the built-in archive.
 */
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp.ts';
import { readPermalinks } from '../../src/shared/permalinks.ts';
import type { SiteConfig } from '../../src/shared/site-config.ts';
import redirectPages from './redirect-pages.ts';
import searchIndex, { type SearchIndexOptions } from './search-index-integration.ts';
import siteOptions from './site-options-integration.ts';

/** Below this many changed articles, the loader renders bodies inline rather than on workers. */
export const DEFAULT_RENDER_POOL_THRESHOLD = 300;

export interface ArchiveSiteOptions {
  /** The project root (where src/ is). */
  root: string;
  config: SiteConfig;
  /**
   * Folder of the generated articles, absolute: resolved once, by scripts/build/options.ts for
   * `npm run build` and by astro.config.mjs for `astro dev`.
   */
  articlesDir: string;
  /** Where Astro writes the site (default `dist/`). */
  outDir?: string | undefined;
  /** Astro's cache folder (default `node_modules/.astro`). */
  cacheDir?: string | undefined;
  /** The search index: pages per shard, progress and figures (languages: each page's `<html lang>`). */
  searchIndex?: SearchIndexOptions | undefined;
  /** See DEFAULT_RENDER_POOL_THRESHOLD. */
  renderPoolThreshold?: number | undefined;
  /** More integrations, run after the archive's own (the build's fidelity check). */
  integrations?: AstroIntegration[] | undefined;
}

export function archiveAstroConfig(options: ArchiveSiteOptions): AstroUserConfig {
  const { config, articlesDir } = options;
  if (!path.isAbsolute(articlesDir)) throw new Error(`articlesDir must be absolute, not ${articlesDir}`);
  // Pages the sitemap leaves out: search, 404, and withdrawn articles (their pages say so).
  const withdrawn = new Set(
    readPermalinks(articlesDir)
      .filter((p) => p.status === 'withdrawn')
      .map((p) => p.slug),
  );
  const inSitemap = (page: string): boolean => {
    if (/\/(search|404)\/$/.test(page)) return false;
    const article = /\/articles\/([^/]+)\/$/.exec(page);
    return !(article && withdrawn.has(article[1]!));
  };
  return {
    root: options.root,
    ...(config.site ? { site: config.site } : {}),
    base: config.base,
    trailingSlash: 'always',
    outDir: options.outDir ?? './dist',
    cacheDir: options.cacheDir ?? './node_modules/.astro',
    // Styles go inline into each page: no render-blocking request, and Astro can hash them
    // for a Content-Security-Policy. They are a few KB gzipped.
    // Pages render four at a time, so one page's file writes overlap the next one's rendering.
    build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
    // Markdown and MDX pages keep their text exactly as written: no smart quotes or dashes.
    // No syntax highlighting: article text has no code blocks, and Shiki's inline styles would
    // need 'unsafe-inline' under the Content-Security-Policy.
    markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
    // Redirect pages after the search index: they are written once the index is built.
    integrations: [
      siteOptions({
        config,
        articlesDir,
        renderPoolThreshold: options.renderPoolThreshold ?? DEFAULT_RENDER_POOL_THRESHOLD,
      }),
      mdx(),
      // The sitemap needs the site's URL; without one there is none.
      ...(config.site ? [sitemap({ filter: inSitemap })] : []),
      searchIndex({ ...options.searchIndex }),
      redirectPages({ language: config.language, articlesDir }),
      ...(options.integrations ?? []),
    ],
    devToolbar: { enabled: false },
    // A Content-Security-Policy meta tag on every page (src/shared/csp.ts): Astro hashes the
    // scripts and styles it processes; the theme's inline head script is allowed by its hash.
    security: { csp: CONTENT_SECURITY_POLICY },
    // Pages that return a cacheKey (article pages, src/data/page-cache.ts) are copied from the
    // previous build when neither their data nor their code changed.
    experimental: { incrementalBuild: true },
  };
}
