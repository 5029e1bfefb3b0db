/**
 * How the search code reads the site's own files and addresses its pages. On the hosted
 * site: fetch, a dynamic import and folder URLs. The offline edition (scripts/offline/)
 * bundles src/client/offline/site-files.ts in this module's place, with the same exports.
 */
import { rebaseResultUrl } from '../../shared/top-results.ts';

/** A file of the site (search index, vocabulary), as a fetch Response. */
export function fetchSiteFile(url: string): Promise<Response> {
  return fetch(url);
}

/** Pagefind's module (`pagefind.js`, a copy of its own for each distinct URL). */
export function importPagefind(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}

/** The address of a page of the site, from its folder URL (`…/search/`). */
export function pageHref(url: string): string {
  return url;
}

/**
 * The address of a precomputed result's page (src/shared/top-results.ts: stored as Pagefind
 * gives it for the base URL `/`), as Pagefind gives it on this site, whose base is `base`.
 */
export function resultUrl(base: string, url: string): string {
  return rebaseResultUrl(base, url);
}
