/**
 * Links of the offline edition: every address inside the archive becomes relative to the
 * page that holds it and names a file (`../articles/x/index.html`), so the folder works
 * from disk (`file://`) and from a server at any path. Addresses outside the archive
 * (other sites, `mailto:`) and fragment-only links stay as they are.
 */
import path from 'node:path';
import { withIndexFile } from '../../src/shared/offline-edition.ts';

/** A stand-in origin to resolve the site's addresses against (never written out). */
const ORIGIN = 'http://archive.invalid';

/**
 * `value` (an address as the hosted site writes it: root-relative under `base`, or relative
 * to the page) as seen from the page at `pageFile` (its file, relative to the site's root,
 * e.g. `articles/x/index.html`). A folder address gets `index.html` unless `asFolder` (a
 * base URL that scripts add paths to).
 */
export function relativeSiteUrl(value: string, pageFile: string, base: string, asFolder = false): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return value;
  let url: URL;
  try {
    url = new URL(trimmed, `${ORIGIN}${base}${pageFile}`);
  } catch {
    return value;
  }
  if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return value;
  const address = `${url.pathname.slice(base.length)}${url.search}${url.hash}`;
  const pageDir = path.posix.dirname(pageFile);
  const up = pageDir === '.' ? 0 : pageDir.split('/').length;
  const relative = `${'../'.repeat(up)}${asFolder ? address : withIndexFile(address)}`;
  return relative === '' ? './' : relative;
}

/** A `<meta http-equiv="refresh">` content (`0; url=/x/`) with its address made relative. */
export function relativeRefresh(content: string, pageFile: string, base: string): string {
  const match = /^(\s*\d+\s*[;,]\s*url\s*=\s*)(.*)$/i.exec(content);
  if (!match) return content;
  return `${match[1]}${relativeSiteUrl(match[2]!, pageFile, base)}`;
}
