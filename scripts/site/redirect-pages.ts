/**
 * Redirect pages for every address that moved: `/a/<id>/` (the short link of each article)
 * and `/articles/<earlier slug>/` (articles renamed with `npm run registry -- rename`). They
 * are written straight into the built site, not rendered by Astro: tens of thousands of them
 * cost seconds, not a page render each. Writing starts as soon as Astro has generated the
 * pages (`astro:build:generated`) and goes on while the search index is finished; it is
 * awaited in `astro:build:done`. The index never reads them: it indexes only the pages
 * Astro planned.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPermalinks, redirectsOf } from '../../src/shared/permalinks.ts';
import { REDIRECT_SCRIPT, REDIRECT_SCRIPT_SOURCE, redirectPageHtml } from '../../src/shared/redirect-page.ts';
import { joinBase } from '../../src/shared/urls.ts';

export interface RedirectPagesOptions {
  /** Language of the site, for the redirect pages. */
  language: string;
  /** Folder of generated articles holding permalinks.json (absolute). */
  articlesDir: string;
}

/** Files written at once by `writeRedirectPages` (the writes run on libuv's thread pool). */
const CONCURRENT_WRITES = 16;

/** Writes the redirect pages into `siteDir`; resolves to how many. */
export async function writeRedirectPages(
  siteDir: string,
  articlesDir: string,
  config: { base: string; site?: string | undefined; language: string },
): Promise<number> {
  const links = readPermalinks(articlesDir);
  const script = joinBase(config.base, REDIRECT_SCRIPT);
  const redirects = [...redirectsOf(links)];
  for (const redirect of redirects) {
    if (existsSync(path.join(siteDir, redirect.from, 'index.html')))
      throw new Error(`redirect ${redirect.from} would replace a page the site already has`);
  }
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < redirects.length) {
      const redirect = redirects[next++]!;
      const file = path.join(siteDir, redirect.from, 'index.html');
      const to = joinBase(config.base, redirect.to);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        redirectPageHtml({
          to,
          canonical: config.site ? new URL(to, config.site).href : to,
          title: redirect.title,
          script,
          language: config.language,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, writer));
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(path.join(siteDir, REDIRECT_SCRIPT), REDIRECT_SCRIPT_SOURCE);
  return redirects.length;
}

export default function redirectPages(options: RedirectPagesOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let writing: Promise<number> | undefined;
  const start = (dir: URL): Promise<number> =>
    writeRedirectPages(fileURLToPath(dir), options.articlesDir, {
      base,
      site,
      language: options.language,
    });
  return {
    name: 'news-archive-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:generated': ({ dir }) => {
        writing = start(dir);
        // A failure is reported when awaited in astro:build:done, not as an unhandled rejection.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await (writing ?? start(dir));
        writing = undefined;
        logger.info(`${count} redirect pages`);
      },
    },
  };
}
