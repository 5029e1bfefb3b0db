// Astro configuration. Paths and the base path come from the environment that
// scripts/build.ts sets (ARCHIVE_*), falling back to content/site.yaml and the defaults,
// so `npm run build`, `npm run dev` and `npm run preview` all see the same site.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import permalinks from './src/integrations/permalinks.ts';
import searchIndex from './src/integrations/search-index.ts';
import { CONTENT_SECURITY_POLICY } from './src/lib/csp.ts';
import { readPermalinks } from './src/data/permalinks.ts';
import { resolveSiteConfig } from './src/lib/site-config.ts';

const env = process.env;
const siteConfig = resolveSiteConfig(env);
const articlesDir = env.ARCHIVE_ARTICLES_DIR ?? 'content/articles';
// Pages the sitemap leaves out: search, 404, and withdrawn articles (their pages say so).
const withdrawn = new Set(
  readPermalinks(articlesDir)
    .filter((p) => p.status === 'withdrawn')
    .map((p) => p.slug),
);
const inSitemap = (page) => {
  if (/\/(search|404)\/$/.test(page)) return false;
  const article = /\/articles\/([^/]+)\/$/.exec(page);
  return !(article && withdrawn.has(article[1]));
};

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  // Styles go inline into each page: no render-blocking request, and Astro can hash them
  // for a Content-Security-Policy. They are a few KB gzipped.
  // Pages render four at a time, so one page's file writes overlap the next one's rendering.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Markdown and MDX pages keep their text exactly as written: no smart quotes or dashes.
  // No syntax highlighting: article text has no code blocks, and Shiki's inline styles would
  // need 'unsafe-inline' under the Content-Security-Policy.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  // permalinks after searchIndex: redirect pages are written once the index is built.
  integrations: [
    mdx(),
    // The sitemap needs the site's URL; without one there is none.
    ...(siteConfig.site ? [sitemap({ filter: inSitemap })] : []),
    searchIndex({ language: siteConfig.language }),
    permalinks({
      language: siteConfig.language,
      articlesDir,
    }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page (src/lib/csp.ts): Astro hashes the
  // scripts and styles it processes; the theme's inline head script is allowed by its hash.
  security: { csp: CONTENT_SECURITY_POLICY },
  // Pages that return a cacheKey (article pages, src/data/page-cache.ts) are copied from the
  // previous build when neither their data nor their code changed.
  experimental: { incrementalBuild: true },
});
