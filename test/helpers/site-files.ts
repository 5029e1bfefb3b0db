/** The pages of a built site, as site-relative paths of their HTML files. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page of a built site (not Pagefind's or Astro's asset folders), sorted. */
export function htmlPages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        out.push(path.relative(site, full).split(path.sep).join('/'));
      }
    }
  };
  walk(site);
  return out.sort();
}

/** The URL path a page file is served at: `articles/x/index.html` → `articles/x/`. */
export function urlPathOf(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Slugs of the article pages of a built site: `articles/<slug>/` pages with an article. */
export function articlePageSlugs(site: string): string[] {
  const dir = path.join(site, 'articles');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => {
      if (!e.isDirectory()) return false;
      const page = path.join(dir, e.name, 'index.html');
      return existsSync(page) && readFileSync(page, 'utf8').includes('data-pagefind-body');
    })
    .map((e) => e.name)
    .sort();
}

/** Every file under `dir` (relative POSIX path, sorted) with the SHA-256 of its bytes. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = createHash('sha256')
      .update(readFileSync(full))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
