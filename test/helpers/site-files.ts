/** The pages of a built site, as site-relative paths of their HTML files. */
import { readdirSync } from 'node:fs';
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
