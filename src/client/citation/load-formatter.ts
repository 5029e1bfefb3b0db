/**
 * Loads the cite panel's formatter (format.ts, with citation-js: about 170 KB compressed) the
 * first time it is needed. The offline edition bundles src/client/offline/load-formatter.ts
 * in this module's place, with the same export.
 */
export type Formatter = typeof import('./format.ts');

let formatter: Promise<Formatter> | undefined;

/** The formatter module, imported once. */
export function loadFormatter(): Promise<Formatter> {
  formatter ??= import('./format.ts');
  return formatter;
}
