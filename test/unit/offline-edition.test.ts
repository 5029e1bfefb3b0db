/**
 * Writing the offline edition (scripts/offline/write-edition.ts) from a small hand-made
 * site: which files it carries, copies and leaves out; the zip beside it holds the same
 * files; a failed run leaves the previous edition and zip as they were.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { fileRole, writeOfflineEdition } from '../../scripts/offline/write-edition.ts';
import { readDataCarrier } from '../../scripts/offline/carriers.ts';
import { ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'offline-edition-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BASE_SCRIPT =
  '<script type="module" src="/_astro/Base.astro_astro_type_script_index_0_lang.X.js"></script>';

function writeSite(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const site = writeSite(path.join(work, 'site'), {
  'index.html': `<!DOCTYPE html><html><head></head><body><a href="/articles/x/">x</a>${BASE_SCRIPT}</body></html>`,
  'articles/x/index.html': `<!DOCTYPE html><html><head></head><body><a href="/">home</a>${BASE_SCRIPT}</body></html>`,
  '_astro/Base.astro_astro_type_script_index_0_lang.X.js': 'export {};',
  'pagefind/pagefind.js': 'export const search = () => fetch("x");',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind-ui.js': '',
  'pagefind/pagefind-entry.json': '{"languages":{}}',
  'pagefind/index/en_1.pf_index': new Uint8Array([0x1f, 0x8b, 0, 255]),
  'search-vocabulary/manifest.json': '{}',
  'favicon.svg': '<svg/>',
});

describe('writeOfflineEdition', () => {
  const out = path.join(work, 'edition');

  it('carries what the search reads, bundles the scripts, copies the rest and leaves out the modules', async () => {
    const stats = await writeOfflineEdition({ site, out, base: '/', root: ROOT });
    const files = listFiles(out);
    expect(files).toEqual([
      '_offline/cite-format.js',
      '_offline/site.js',
      'articles/x/index.html',
      'favicon.svg',
      'index.html',
      'pagefind/index/en_1.pf_index.js',
      'pagefind/pagefind-entry.json.js',
      'pagefind/pagefind.js.js',
      'search-vocabulary/manifest.json.js',
    ]);
    expect(stats).toMatchObject({ files: files.length, pages: 2, carriers: 5 });
    expect(
      readDataCarrier(readFileSync(path.join(out, 'pagefind/index/en_1.pf_index.js'), 'utf8')).bytes,
    ).toEqual(new Uint8Array([0x1f, 0x8b, 0, 255]));
    expect(readFileSync(path.join(out, 'articles/x/index.html'), 'utf8')).toContain(
      '<a href="../../index.html">home</a><script src="../../_offline/site.js" defer data-offline-script>',
    );
    const zipped = unzipSync(readFileSync(`${out}.zip`));
    expect(Object.keys(zipped).sort()).toEqual(files.map((f) => `edition/${f}`));
    expect(zipped['edition/favicon.svg']).toEqual(new Uint8Array(Buffer.from('<svg/>')));
  });

  it('leaves the previous edition and its zip as they were when a run fails', async () => {
    const before = readFileSync(`${out}.zip`);
    const broken = writeSite(path.join(work, 'broken'), {
      'index.html': '<!DOCTYPE html><html><body><script type="module">alert(1)</script></body></html>',
    });
    await expect(writeOfflineEdition({ site: broken, out, base: '/', root: ROOT })).rejects.toThrow(
      /no classic bundle for the module script \(inline\) of index\.html/,
    );
    expect(readFileSync(`${out}.zip`)).toEqual(before);
    expect(listFiles(out)).toContain('articles/x/index.html');
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(existsSync(`${out}.zip.staging`)).toBe(false);
  });

  it('knows which files are pages, carried, left out or copied', () => {
    expect(fileRole('404.html')).toBe('page');
    expect(fileRole('pagefind/fragment/en_2.pf_fragment')).toBe('carried');
    expect(fileRole('pagefind/pagefind.en_1.pf_meta')).toBe('carried');
    expect(fileRole('pagefind/wasm.en.pagefind')).toBe('carried');
    expect(fileRole('pagefind/pagefind-highlight.js')).toBe('left-out');
    expect(fileRole('_astro/x.js')).toBe('left-out');
    expect(fileRole('redirect.js')).toBe('copied');
    expect(fileRole('rss.xml')).toBe('copied');
  });
});
