/**
 * `npm run build -- --offline`: the offline edition of a built site, a folder that works
 * opened from disk (`file://`) and from any static server at any path, and beside it the
 * same as a zip. Made from the built site (a transform, the hosted site is not changed):
 *
 * - HTML pages: addresses relative, module scripts replaced by classic bundles (rewrite-page.ts);
 * - `_offline/*.js`: the client code as classic scripts (client-bundles.ts), and the cite
 *   panel's formatter carried as code, loaded when a panel is opened;
 * - Pagefind's index, its code and the spelling vocabulary: one carrier per file
 *   (carriers.ts), loaded on demand; files the offline search never reads (Pagefind's
 *   worker and UI bundles, `_astro/` modules) are left out;
 * - everything else as it is.
 *
 * Written to `<out>.staging` and swapped in at the end, the zip likewise: a failed run
 * leaves the previous edition as it was.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { carrierPath, CITE_FORMATTER_FILE, OFFLINE_SCRIPT_DIR } from '../../src/shared/offline-edition.ts';
import { swapIn } from '../ingest/write-articles.ts';
import { bundleEntries, bundleFormatter, bundleName, entriesFor } from './client-bundles.ts';
import { VOCABULARY_DIR } from '../../src/shared/search-vocabulary.ts';
import { TOP_RESULTS_DIR } from '../../src/shared/top-results.ts';
import { dataCarrier, pagefindCarrier } from './carriers.ts';
import { rewritePage } from './rewrite-page.ts';
import { zipWriter } from './zip-edition.ts';

export interface OfflineEditionOptions {
  /** The built (hosted) site. */
  site: string;
  /** The offline edition's folder; its zip is `<out>.zip`. */
  out: string;
  /** The hosted site's base path. */
  base: string;
  /** The project's root (its client code is bundled from src/client/). */
  root: string;
}

export interface OfflineEditionStats {
  files: number;
  bytes: number;
  zipBytes: number;
  pages: number;
  carriers: number;
}

/** What the edition does with a file of the built site (by its path from the root). */
type FileRole = 'page' | 'pagefind-code' | 'carried' | 'left-out' | 'copied';

/** Pagefind's files that its search reads (all others in pagefind/ are its UI and worker). */
const PAGEFIND_DATA =
  /^pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|fragment|filter)\/[^/]+)$/;

export function fileRole(file: string): FileRole {
  if (file.endsWith('.html')) return 'page';
  if (file === 'pagefind/pagefind.js') return 'pagefind-code';
  if (
    PAGEFIND_DATA.test(file) ||
    file.startsWith(`${VOCABULARY_DIR}/`) ||
    file.startsWith(`${TOP_RESULTS_DIR}/`) ||
    file.startsWith('cite/styles/')
  )
    return 'carried';
  if (file.startsWith('pagefind/')) return 'left-out';
  if (file.startsWith('_astro/') && /\.(m?js|map)$/.test(file)) return 'left-out';
  return 'copied';
}

function listFiles(root: string, dir = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(root, rel));
    else if (entry.isFile()) files.push(rel);
  }
  return files.sort();
}

export async function writeOfflineEdition(options: OfflineEditionOptions): Promise<OfflineEditionStats> {
  const out = path.resolve(options.out);
  const staging = `${out}.staging`;
  const zipFile = `${out}.zip`;
  const zipStaging = `${zipFile}.staging`;
  const folder = path.basename(out);
  rmSync(staging, { recursive: true, force: true });
  rmSync(zipStaging, { force: true });
  mkdirSync(staging, { recursive: true });
  const zip = zipWriter(zipStaging, folder);
  const stats: OfflineEditionStats = { files: 0, bytes: 0, zipBytes: 0, pages: 0, carriers: 0 };
  const write = (file: string, content: string | Uint8Array): void => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const target = path.join(staging, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    zip.add(file, bytes);
    stats.files++;
    stats.bytes += bytes.length;
  };
  const bundles = new Map<string, string[]>();
  try {
    for (const file of listFiles(options.site)) {
      const role = fileRole(file);
      if (role === 'left-out') continue;
      const source = path.join(options.site, file);
      if (role === 'page') {
        const html = rewritePage(readFileSync(source, 'utf8'), {
          pageFile: file,
          base: options.base,
          bundleFor: (scripts) => {
            const entries = entriesFor(scripts);
            const name = bundleName(entries);
            bundles.set(name, entries);
            return name;
          },
        });
        write(file, html);
        stats.pages++;
      } else if (role === 'pagefind-code') {
        write(carrierPath(file), await pagefindCarrier(file, readFileSync(source, 'utf8')));
        stats.carriers++;
      } else if (role === 'carried') {
        write(carrierPath(file), dataCarrier(file, readFileSync(source)));
        stats.carriers++;
      } else {
        write(file, readFileSync(source));
      }
    }
    for (const [name, entries] of [...bundles].sort(([a], [b]) => a.localeCompare(b)))
      write(`${OFFLINE_SCRIPT_DIR}/${name}`, await bundleEntries(entries, options.root));
    write(carrierPath(CITE_FORMATTER_FILE), await bundleFormatter(options.root));
    stats.carriers++;
    await zip.close();
  } catch (error) {
    await zip.close().catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
    rmSync(zipStaging, { force: true });
    throw error;
  }
  const old = swapIn(staging, out);
  renameSync(zipStaging, zipFile);
  if (old) await rm(old, { recursive: true, force: true });
  stats.zipBytes = statSync(zipFile).size;
  return stats;
}
