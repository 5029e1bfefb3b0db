/**
 * The offline edition's pages (scripts/offline/): every address inside the archive becomes
 * relative to its page and names a file; addresses out of the archive stay; module scripts
 * become one classic script; nothing else of the page changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withIndexFile } from '../../src/shared/offline-edition.ts';
import { relativeRefresh, relativeSiteUrl } from '../../scripts/offline/relative-links.ts';
import { astroScriptName, rewritePage, type ModuleScript } from '../../scripts/offline/rewrite-page.ts';
import { bundleName, entriesFor, UnknownScriptError } from '../../scripts/offline/client-bundles.ts';

describe('relativeSiteUrl', () => {
  it.each([
    ['/', 'index.html', '/', 'index.html'],
    ['/articles/x/', 'articles/y/index.html', '/', '../../articles/x/index.html'],
    ['/search/?q=a&b=c#r', 'a/id/index.html', '/', '../../search/index.html?q=a&b=c#r'],
    ['/favicon.svg', '404.html', '/', 'favicon.svg'],
    ['page/2/', 'articles/index.html', '/', '../articles/page/2/index.html'],
    ['/archive/sources/', 'archive-page/index.html', '/archive/', '../sources/index.html'],
    ['/archive/', 'index.html', '/archive/', 'index.html'],
  ])('%s on %s (base %s) is %s', (value, page, base, expected) => {
    expect(relativeSiteUrl(value, page, base)).toBe(expected);
  });

  it.each([
    ['https://example.org/x/'],
    ['//example.org/x/'],
    ['mailto:desk@example.org'],
    ['#main'],
    ['/elsewhere/on/the/host/'],
  ])('leaves %s (not in the archive under /archive/) as it is', (value) => {
    expect(relativeSiteUrl(value, 'articles/x/index.html', '/archive/')).toBe(value);
  });

  it('keeps a base address a folder', () => {
    expect(relativeSiteUrl('/', 'search/index.html', '/', true)).toBe('../');
    expect(relativeSiteUrl('/', 'index.html', '/', true)).toBe('./');
  });

  it('rewrites the address of a meta refresh', () => {
    expect(relativeRefresh('0; url=/articles/x/', 'a/id/index.html', '/')).toBe(
      '0; url=../../articles/x/index.html',
    );
  });

  it('points every page of the archive at the file the hosted address serves, from any page', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 3 }),
        fc.array(segment, { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('/', '/archive/', '/a/b/'),
        (target, page, folder, base) => {
          const targetPath = target.join('/') + (folder && target.length > 0 ? '/' : '');
          const pageFile = [...page, 'index.html'].join('/');
          const relative = relativeSiteUrl(`${base}${targetPath}`, pageFile, base);
          expect(relative.startsWith('/')).toBe(false);
          const resolved = new URL(relative, `file:///edition/${pageFile}`).href;
          expect(resolved).toBe(`file:///edition/${withIndexFile(targetPath)}`);
        },
      ),
    );
  });
});

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title><script>try{var t=1}catch(e){}</script><link rel="canonical" href="/articles/x/"><script type="application/ld+json">{"headline":"A <b> & \\"B\\""}</script><style>a>b{color:red}</style></head><body><a href="/">Home</a> <a href="https://example.org/?a=1&amp;b=2">out</a><form action="/search/"><input name="q" hidden></form><div id="s" data-base="/"></div><p>Tom &amp; Jerry &lt;script&gt; “quoted” — ünïcode</p><script type="module" src="/_astro/Base.astro_astro_type_script_index_0_lang.Dz.js"></script><script type="module" src="/_astro/search.astro_astro_type_script_index_0_lang.D2.js"></script></body></html>`;

describe('rewritePage', () => {
  const seen: ModuleScript[][] = [];
  const out = rewritePage(PAGE, {
    pageFile: 'search/index.html',
    base: '/',
    bundleFor: (scripts) => {
      seen.push([...scripts]);
      return bundleName(entriesFor(scripts));
    },
  });

  it('replaces the module scripts with one classic script, deferred, in their place', () => {
    expect(seen).toEqual([
      [
        { astroScript: 'Base.astro#0', inline: false, page: 'search/index.html' },
        { astroScript: 'search.astro#0', inline: false, page: 'search/index.html' },
      ],
    ]);
    expect(out).not.toContain('type="module"');
    expect(out).toContain(
      '<script src="../_offline/site-search.js" defer data-offline-script></script></body>',
    );
  });

  it('makes the archive’s addresses relative and leaves the rest of the page as it was', () => {
    const expected = PAGE.replace('href="/articles/x/"', 'href="../articles/x/index.html"')
      .replace('<a href="/">', '<a href="../index.html">')
      .replace('action="/search/"', 'action="../search/index.html"')
      .replace('data-base="/"', 'data-base="../"')
      .replace(
        /<script type="module".*<\/script><\/body>/,
        '<script src="../_offline/site-search.js" defer data-offline-script></script></body>',
      );
    expect(out).toBe(expected);
  });

  it('names the Astro script a bundle file comes from', () => {
    expect(astroScriptName('/_astro/Base.astro_astro_type_script_index_0_lang.DzvDBY1I.js')).toBe(
      'Base.astro#0',
    );
    expect(astroScriptName('/_astro/highlight.C4LpoBiW.js')).toBeUndefined();
  });

  it('refuses a module script it has no classic bundle for', () => {
    expect(() => entriesFor([{ astroScript: 'New.astro#0', inline: false, page: 'x/index.html' }])).toThrow(
      UnknownScriptError,
    );
    expect(() => entriesFor([{ inline: true, page: 'about/index.html' }])).toThrow(/about\/index.html/);
  });
});
