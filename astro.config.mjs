// Astro configuration for `astro dev`, `astro preview` and `astro check`: the built-in
// archive (content/articles, written by `npm run ingest`) with content/site.yaml.
// `npm run build` does not read this file: it passes the same config, made by
// scripts/site/astro-config.ts, with the folders and options of each build.
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveAstroConfig } from './scripts/site/astro-config.ts';
import { loadSiteConfig } from './src/shared/site-config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(
  archiveAstroConfig({
    root,
    config: loadSiteConfig('content/site.yaml'),
    articlesDir: path.join(root, 'content/articles'),
  }),
);
