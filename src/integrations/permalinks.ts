/**
 * Redirect pages for every address that moved: `/a/<id>/` (the short link of each article)
 * and `/articles/<earlier slug>/` (articles renamed with `npm run registry -- rename`). They
 * are written straight into the built site in `astro:build:done` (after the search index, so
 * Pagefind never reads them): tens of thousands of them cost seconds, not a page render each.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPermalinks } from '../data/permalinks.ts';
import { redirectsOf } from '../lib/permalinks.ts';
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_SOURCE, redirectPageHtml } from '../lib/redirect-page.ts';
import { joinBase } from '../lib/urls.ts';

export interface PermalinksOptions {
  /** Language of the site, for the redirect pages. */
  language: string;
  /** Folder of generated articles holding permalinks.json (relative to the project root). */
  articlesDir: string;
}

/** Writes the redirect pages into `siteDir`; returns how many. */
export function writeRedirectPages(
  siteDir: string,
  articlesDir: string,
  config: { base: string; site?: string | undefined; language: string },
): number {
  const links = readPermalinks(articlesDir);
  const script = joinBase(config.base, REDIRECT_SCRIPT);
  let written = 0;
  for (const redirect of redirectsOf(links)) {
    const file = path.join(siteDir, redirect.from, 'index.html');
    if (existsSync(file))
      throw new Error(`redirect ${redirect.from} would replace a page the site already has`);
    const to = joinBase(config.base, redirect.to);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      redirectPageHtml({
        to,
        canonical: config.site ? new URL(to, config.site).href : to,
        title: redirect.title,
        script,
        language: config.language,
      }),
    );
    written++;
  }
  writeFileSync(path.join(siteDir, REDIRECT_SCRIPT), REDIRECT_SCRIPT_SOURCE);
  return written;
}

export default function permalinks(options: PermalinksOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = process.cwd();
  return {
    name: 'news-archive-permalinks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = writeRedirectPages(fileURLToPath(dir), path.resolve(root, options.articlesDir), {
          base,
          site,
          language: options.language,
        });
        logger.info(`${count} redirect pages`);
      },
    },
  };
}
