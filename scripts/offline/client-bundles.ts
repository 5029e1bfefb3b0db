/**
 * The offline edition's client code: the site's browser scripts (src/client/) bundled by
 * esbuild as classic scripts (IIFE), one per kind of page, because a page opened from disk
 * may not load ES modules. `src/client/search/site-files.ts` is replaced by
 * `src/client/offline/site-files.ts` (files from their carriers, page addresses naming
 * `index.html`), and `import.meta.env.BASE_URL` is the edition's root, found at run time.
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { CARRIER_REGISTRY, CITE_FORMATTER_FILE } from '../../src/shared/offline-edition.ts';
import type { ModuleScript } from './rewrite-page.ts';

/** The project's client modules, as an import specifier (`client` is src/client/). */
const module = (client: string, file: string): string => JSON.stringify(path.join(client, file));

/**
 * The hosted site's module scripts, each as the code that starts it: Astro's `<script>` of a
 * component (`Base.astro#0`), or an inline one by its page. Keep in step with the
 * `<script>` blocks of src/layouts/Base.astro, src/pages/search.astro and src/pages/404.astro.
 */
const ENTRIES: readonly {
  id: string;
  matches: (s: ModuleScript) => boolean;
  code: (client: string) => string;
}[] = [
  {
    id: 'site',
    matches: (s) => s.astroScript === 'Base.astro#0',
    code: (c) => `import ${module(c, 'site.ts')};`,
  },
  {
    id: 'search',
    matches: (s) => s.astroScript === 'search.astro#0',
    code: (c) =>
      `import { startSearchPage } from ${module(c, 'search/search-page.ts')};\nvoid startSearchPage();`,
  },
  {
    id: 'not-found',
    matches: (s) => s.inline && s.page === '404.html',
    // The page's path below the edition's root, as the hosted 404 page reads it below its base.
    code: (c) =>
      `import { startNotFound } from ${module(c, 'not-found.ts')};\nstartNotFound(new URL(import.meta.env.BASE_URL).pathname);`,
  },
];

export class UnknownScriptError extends Error {}

/** The entries a page's module scripts are (in page order); throws on a script it does not know. */
export function entriesFor(scripts: readonly ModuleScript[]): string[] {
  return scripts.map((script) => {
    const entry = ENTRIES.find((e) => e.matches(script));
    if (!entry) {
      throw new UnknownScriptError(
        `offline edition: no classic bundle for the module script ${script.astroScript ?? '(inline)'} of ${script.page} (add it to scripts/offline/client-bundles.ts)`,
      );
    }
    return entry.id;
  });
}

/** The bundle's file name in `_offline/` for these entries. */
export function bundleName(entries: readonly string[]): string {
  return `${entries.join('-')}.js`;
}

/** The modules the offline edition swaps for its own (src/client/offline/), by file name. */
const SWAPPED = ['site-files.ts', 'load-formatter.ts'];

function offlineModules(client: string): Plugin {
  const offline = path.join(client, 'offline');
  const filter = new RegExp(`/(${SWAPPED.map((f) => f.replace('.', '\\.')).join('|')})$`);
  return {
    name: 'offline-modules',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.importer.startsWith(client) && !args.importer.startsWith(offline)
          ? { path: path.join(offline, path.basename(args.path)) }
          : undefined,
      );
    },
  };
}

/**
 * `node-fetch` (which citation-js imports for Node, where it can fetch by URL) as the
 * browser's own fetch: the cite panel never fetches through citation-js, and node-fetch's
 * Node built-ins cannot be bundled for a page. Vite's hosted build does the same with its
 * browser stubs.
 */
function browserFetch(): Plugin {
  return {
    name: 'browser-fetch',
    setup(b) {
      b.onResolve({ filter: /^node-fetch$/ }, () => ({ path: 'node-fetch', namespace: 'browser-fetch' }));
      b.onLoad({ filter: /.*/, namespace: 'browser-fetch' }, () => ({
        contents: 'export default globalThis.fetch;\nexport const Headers = globalThis.Headers;\n',
        loader: 'js',
      }));
    },
  };
}

/**
 * mnemonist's ES index reads properties of several structures as it loads
 * (`const MinHeap = Heap.MinHeap`), so esbuild keeps those structures in the bundle: 14 KB
 * the client never runs (Rolldown, in the hosted build, drops them). The client imports
 * only SymSpell (src/client/search/spelling.ts); this takes it from its own file. Another
 * name imported from mnemonist fails the bundle with esbuild's "No matching export".
 */
function mnemonistSymSpell(): Plugin {
  return {
    name: 'mnemonist-symspell',
    setup(b) {
      b.onResolve({ filter: /^mnemonist$/ }, (args) => ({
        path: args.path,
        namespace: 'mnemonist-symspell',
        pluginData: args.resolveDir,
      }));
      b.onLoad({ filter: /.*/, namespace: 'mnemonist-symspell' }, (args) => ({
        // The package exports its files to `require` only.
        contents: "exports.SymSpell = require('mnemonist/symspell.js');\n",
        resolveDir: args.pluginData as string,
        loader: 'js',
      }));
    },
  };
}

/** The classic script of one combination of entries (minified); `root` is the project's. */
export async function bundleEntries(entries: readonly string[], root: string): Promise<string> {
  const client = path.join(root, 'src/client');
  const code = entries.map((id) => ENTRIES.find((e) => e.id === id)!.code(client)).join('\n');
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'offline-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [offlineModules(client), browserFetch(), mnemonistSymSpell()],
    define: { 'import.meta.env.BASE_URL': 'ARCHIVE_BASE_URL' },
    inject: [path.join(client, 'offline/archive-root.ts')],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The cite panel's formatter (src/client/citation/format.ts) as a carrier of code
 * (CITE_FORMATTER_FILE): a classic script that registers a function returning the module,
 * loaded only when a reader opens a cite panel (src/client/offline/load-formatter.ts).
 */
export async function bundleFormatter(root: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src/client/citation/format.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'newsArchiveCiteFormat',
    footer: {
      js: `(self[${JSON.stringify(CARRIER_REGISTRY)}]??=Object.create(null))[${JSON.stringify(CITE_FORMATTER_FILE)}]=function(){return newsArchiveCiteFormat};`,
    },
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [browserFetch()],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
