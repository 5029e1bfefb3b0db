/**
 * One HTML page of the offline edition, from the hosted site's: every address inside the
 * archive made relative (relative-links.ts), and the page's ES module scripts, which a
 * browser refuses from disk, replaced by one classic script of the offline bundles
 * (client-bundles.ts). The page is parsed (htmlparser2) and written back; nothing else in
 * it changes (inline scripts and styles keep their text, so their CSP hashes still hold).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { OFFLINE_SCRIPT_DIR } from '../../src/shared/offline-edition.ts';
import { relativeRefresh, relativeSiteUrl } from './relative-links.ts';

/** Attributes that hold one address of the site, by element (`*`: any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src', 'data-to'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Attributes that hold a base address of the site (a folder that scripts add paths to). */
const BASE_ATTRIBUTES = ['data-base'];

/** A module script of the hosted page, as rewrite-page found it. */
export interface ModuleScript {
  /** `Base.astro#0` for Astro's bundled `<script>` of a component, else undefined. */
  astroScript?: string;
  /** True for an inline module script (its page names it). */
  inline: boolean;
  /** The page's file, relative to the site's root. */
  page: string;
}

/** The component script an Astro bundle file is named after (`Base.astro_astro_type_script_index_0_lang.x.js`). */
export function astroScriptName(src: string): string | undefined {
  const file = src.slice(src.lastIndexOf('/') + 1);
  const match = /^(.+?\.astro)_astro_type_script_index_(\d+)_lang\./.exec(file);
  return match ? `${match[1]}#${match[2]}` : undefined;
}

export interface RewriteOptions {
  /** The page's file, relative to the site's root (`articles/x/index.html`). */
  pageFile: string;
  /** The hosted site's base path (`/`, `/archive/`). */
  base: string;
  /** The offline bundle (file name in `_offline/`) for a page's module scripts, in page order. */
  bundleFor: (scripts: readonly ModuleScript[]) => string;
}

function isModuleScript(el: Element): boolean {
  return el.name === 'script' && (el.attribs.type ?? '').trim().toLowerCase() === 'module';
}

/** The offline edition of one page's HTML. */
export function rewritePage(html: string, options: RewriteOptions): string {
  const { pageFile, base } = options;
  const document = parseDocument(html, { decodeEntities: true });
  const elements = DomUtils.findAll(() => true, document.children);
  const modules: { el: Element; script: ModuleScript }[] = [];
  for (const el of elements) {
    for (const name of URL_ATTRIBUTES[el.name] ?? []) {
      const value = el.attribs[name];
      if (value !== undefined) el.attribs[name] = relativeSiteUrl(value, pageFile, base);
    }
    for (const name of BASE_ATTRIBUTES) {
      const value = el.attribs[name];
      if (value !== undefined) el.attribs[name] = relativeSiteUrl(value, pageFile, base, true);
    }
    if (el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'refresh' && el.attribs.content)
      el.attribs.content = relativeRefresh(el.attribs.content, pageFile, base);
    if (isModuleScript(el)) {
      const src = el.attribs.src;
      const astroScript = src === undefined ? undefined : astroScriptName(src);
      modules.push({
        el,
        script: { ...(astroScript ? { astroScript } : {}), inline: src === undefined, page: pageFile },
      });
    }
  }
  if (modules.length > 0) {
    const bundle = options.bundleFor(modules.map((m) => m.script));
    const first = modules[0]!.el;
    const up = pageFile.split('/').length - 1;
    const script = parseDocument(
      `<script src="${'../'.repeat(up)}${OFFLINE_SCRIPT_DIR}/${bundle}" defer data-offline-script></script>`,
    ).children[0] as Element;
    DomUtils.replaceElement(first, script);
    for (const { el } of modules.slice(1)) DomUtils.removeElement(el);
  }
  return DomUtils.getOuterHTML(document, { encodeEntities: 'utf8', decodeEntities: true });
}
