/**
 * Rendered article bodies, kept out of Astro's content data store.
 *
 * Astro inlines its whole data store into the JavaScript bundle it builds, so every byte
 * stored there is parsed by the bundler and compiled by V8 on every build: at 10,000
 * articles, rendered bodies in the store cost about 15 s and 1 GB. Instead the articles
 * loader writes each rendered body to its own HTML file, named by the digest of the MDX
 * file it came from, in a folder under Astro's cache directory (the site's `bodiesDir`
 * option, src/shared/site-options.ts); the store keeps only the
 * frontmatter and the digest, and the article page reads the body when it is rendered.
 * A body whose MDX file is unchanged is not rendered again on the next build.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file holding the body of the MDX file with this digest. */
export function articleBodyFile(folder: string, digest: string | number): string {
  return path.join(folder, `${digest}.html`);
}

export function writeArticleBody(folder: string, digest: string | number, html: string): void {
  const file = articleBodyFile(folder, digest);
  const temp = `${file}.tmp`;
  writeFileSync(temp, html);
  renameSync(temp, file);
}

/** Deletes body files whose digest is not in `keep`. */
export function pruneArticleBodies(folder: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(folder)) {
    if (!keep.has(name.replace(/\.html$/, ''))) {
      rmSync(path.join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/** The rendered body of an article entry (for its page), from the loader's body folder. */
export function readArticleBody(
  folder: string,
  entry: { id: string; digest?: string | number | undefined },
): string {
  if (entry.digest === undefined) {
    throw new Error(`no rendered body for article "${entry.id}": the articles loader did not render it`);
  }
  return readFileSync(articleBodyFile(folder, entry.digest), 'utf8');
}
