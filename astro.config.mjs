// Astro configuration. Paths and the base path come from the environment that
// scripts/build.ts sets (ARCHIVE_*), falling back to content/site.yaml and the defaults,
// so `npm run build`, `npm run dev` and `npm run preview` all see the same site.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import permalinks from './src/integrations/permalinks.ts';
import searchIndex from './src/integrations/search-index.ts';
import { resolveSiteConfig } from './src/lib/site-config.ts';

const env = process.env;
const siteConfig = resolveSiteConfig(env);

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // Markdown and MDX pages keep their text exactly as written: no smart quotes or dashes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // permalinks after searchIndex: redirect pages are written once the index is built.
  integrations: [
    mdx(),
    searchIndex({ language: siteConfig.language }),
    permalinks({
      language: siteConfig.language,
      articlesDir: env.ARCHIVE_ARTICLES_DIR ?? 'content/articles',
    }),
  ],
  devToolbar: { enabled: false },
});
