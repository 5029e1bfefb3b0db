/**
 * The offline edition's src/client/citation/load-formatter.ts (bundled in its place by
 * scripts/offline/client-bundles.ts): the formatter is a carried classic script
 * (CITE_FORMATTER_FILE), loaded when the cite panel first needs it.
 */
import type { Formatter } from '../citation/load-formatter.ts';
import { CITE_FORMATTER_FILE } from '../../shared/offline-edition.ts';
import { archiveRoot } from './archive-root.ts';
import { carried } from './carriers.ts';

export type { Formatter };

/** The formatter module, from its carrier (loaded once). */
export async function loadFormatter(): Promise<Formatter> {
  const module = await carried(archiveRoot(), CITE_FORMATTER_FILE);
  if (typeof module !== 'function') throw new Error(`${CITE_FORMATTER_FILE}: not code`);
  return module() as unknown as Formatter;
}
