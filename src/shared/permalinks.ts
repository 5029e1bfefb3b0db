/**
 * Permalinks: every URL the archive has issued, as the site publishes them. The build
 * derives this list from the URL registry (scripts/ingest/registry.ts) and writes it as
 * `permalinks.json` next to the generated articles; the site reads it to make
 *
 * - `/articles/<slug>/` for withdrawn articles: a page saying the article was withdrawn;
 * - `/articles/<previous slug>/` for renamed articles: a redirect to the current slug;
 * - `/articles/<slug>/` and `/a/<id>/` of an article merged into an identical copy: a
 *   redirect to that copy's page;
 * - `/a/<id>/` for every article: a short permanent link that redirects to its page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN, SLUG_PATTERN } from './article-schema.ts';
import { articlePath, shortLinkPath } from './urls.ts';

/** File name of the permalinks list in the generated articles folder. */
export const PERMALINKS_FILE = 'permalinks.json';

export const permalinkSchema = z
  .object({
    id: z.string().regex(ARTICLE_ID_PATTERN),
    slug: z.string().regex(SLUG_PATTERN),
    title: z.string().min(1),
    status: z.enum(['active', 'withdrawn', 'merged']),
    previousSlugs: z.array(z.string().regex(SLUG_PATTERN)).optional(),
    /** For a `merged` article: the id of the article its addresses redirect to. */
    mergedInto: z.string().regex(ARTICLE_ID_PATTERN).optional(),
  })
  .strict();

export const permalinksSchema = z.array(permalinkSchema);

export type Permalink = z.infer<typeof permalinkSchema>;

/** A redirect the site publishes: from a site-relative path to another. */
export interface Redirect {
  from: string;
  to: string;
  /** Title of the article it leads to. */
  title: string;
}

/**
 * Every redirect the permalinks call for (site-relative paths): short links, earlier slugs,
 * and every address of an article merged into an identical copy.
 */
export function redirectsOf(links: readonly Permalink[]): Redirect[] {
  const byId = new Map(links.map((link) => [link.id, link]));
  const redirects: Redirect[] = [];
  for (const link of links) {
    const target = link.mergedInto === undefined ? link : byId.get(link.mergedInto);
    if (!target) throw new Error(`permalink ${link.id} is merged into ${link.mergedInto}, which has none`);
    const to = articlePath(target.slug);
    redirects.push({ from: shortLinkPath(link.id), to, title: target.title });
    if (target !== link) redirects.push({ from: articlePath(link.slug), to, title: target.title });
    for (const slug of link.previousSlugs ?? [])
      redirects.push({ from: articlePath(slug), to, title: target.title });
  }
  return redirects;
}

/** Reads the permalinks of the articles in `articlesDir`; none when the file is missing. */
export function readPermalinks(articlesDir: string): Permalink[] {
  const file = path.join(articlesDir, PERMALINKS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const parsed = permalinksSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message} (rebuild with \`npm run build\`)`);
  }
  return parsed.data;
}
