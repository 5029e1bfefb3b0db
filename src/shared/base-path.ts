/**
 * Site-relative paths under the base path (`/` or `/archive/`), with no dependencies, so that
 * browser code can use them without the slug rules (urls.ts re-exports them for the pages).
 */

/** Joins the base path (`/` or `/archive/`) and a site-relative path. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** Short permanent link of an article; it redirects to the article's page. */
export const shortLinkPath = (id: string): string => `a/${id}/`;
