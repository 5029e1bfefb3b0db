/**
 * The root of the offline edition, as an absolute URL (`file:///…/archive/` from disk, or
 * wherever a server serves it): the folder above the page's offline script, which carries
 * `data-offline-script` (scripts/offline/rewrite-page.ts).
 */
export function archiveRoot(): string {
  const script = document.querySelector<HTMLScriptElement>('script[data-offline-script]');
  return new URL('../', script?.src ?? document.baseURI).href;
}

/** `import.meta.env.BASE_URL` in the offline bundles (scripts/offline/client-bundles.ts). */
export const ARCHIVE_BASE_URL = archiveRoot();
