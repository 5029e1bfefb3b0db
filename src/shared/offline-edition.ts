/**
 * The offline edition (`npm run build -- --offline`): the rules its build side
 * (scripts/offline/) and its browser side (src/client/offline/) share.
 *
 * Opened from disk (`file://`), a browser runs classic scripts only (ES modules, fetch and
 * workers are refused for origin `null`). So the offline edition's client code is classic
 * scripts in `_offline/`, and every file the search reads (Pagefind's index, its code, the
 * spelling vocabulary) is carried by a small classic script, its "carrier", at the file's
 * path plus `.js`, which registers the file's bytes (base64) or code in one registry.
 */

/** Folder (at the site's root) of the offline edition's own scripts. */
export const OFFLINE_SCRIPT_DIR = '_offline';

/**
 * The cite panel's formatter (src/client/citation/format.ts, citation-js), carried as code
 * under this path: loaded when a reader first opens the panel, as on the hosted site.
 */
export const CITE_FORMATTER_FILE = `${OFFLINE_SCRIPT_DIR}/cite-format`;

/** The global object carriers register their files in (`self[CARRIER_REGISTRY][path]`). */
export const CARRIER_REGISTRY = 'newsArchiveFiles';

/** The carrier of the file at `path` (relative to the site's root). */
export function carrierPath(path: string): string {
  return `${path}.js`;
}

/**
 * A URL whose path names a folder (ends in `/`, or is empty) pointed at that folder's
 * `index.html`, query and fragment kept: from disk nothing serves a folder's index page.
 * Other URLs are returned unchanged.
 */
export function withIndexFile(url: string): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  if (path === '' || path.endsWith('/')) return `${path}index.html${rest}`;
  return url;
}
