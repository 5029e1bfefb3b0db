/**
 * Carriers: classic scripts that hold one file of the offline edition each
 * (src/shared/offline-edition.ts), so a page opened from disk can load the file with a
 * `<script>` element, on demand, where fetch is refused. A data carrier registers the
 * file's bytes as base64; Pagefind's code is carried as a function of `fetch`, `Worker`
 * and `module` (its ES module turned into CommonJS by esbuild), which the offline search
 * calls with its own `fetch` and no Worker (src/client/offline/site-files.ts).
 */
import { transform } from 'esbuild';
import { CARRIER_REGISTRY } from '../../src/shared/offline-edition.ts';

const register = (path: string): string =>
  `(self.${CARRIER_REGISTRY}=self.${CARRIER_REGISTRY}||Object.create(null))[${JSON.stringify(path)}]=`;

/** The carrier of a data file at `path` (relative to the site's root). */
export function dataCarrier(path: string, bytes: Uint8Array): string {
  return `${register(path)}${JSON.stringify(Buffer.from(bytes).toString('base64'))};\n`;
}

/** The bytes a data carrier holds (for checks and tests). */
export function readDataCarrier(source: string): { path: string; bytes: Uint8Array } {
  const match =
    /^\(self\.\w+=self\.\w+\|\|Object\.create\(null\)\)\[("(?:[^"\\]|\\.)*")\]="([A-Za-z0-9+/=]*)";\n$/.exec(
      source,
    );
  if (!match) throw new Error('not a data carrier');
  return { path: JSON.parse(match[1]!) as string, bytes: new Uint8Array(Buffer.from(match[2]!, 'base64')) };
}

/** The carrier of Pagefind's `pagefind.js` (an ES module) at `path`. */
export async function pagefindCarrier(path: string, moduleSource: string): Promise<string> {
  const { code } = await transform(moduleSource, {
    format: 'cjs',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return `${register(path)}function(fetch,Worker,module){var exports=module.exports;\n${code}\n};\n`;
}
