/**
 * The link check: reads every HTML page of a built site (with a real HTML parser) and checks
 * every internal link, asset reference, form action, canonical link and meta refresh:
 *
 * - it points inside the base path, at a file the site has;
 * - a page link ends in `/` (the site's one URL style; `/articles/x` would rely on the host
 *   to redirect);
 * - its `#fragment`, if any, is an `id` on the page it lands on (after following redirect
 *   pages).
 *
 * Every page is read, not only those reachable from the home page, so redirect pages,
 * short links and withdrawn pages are checked too. Links to other sites are not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface LinkCheckOptions {
  /** The built site. */
  siteDir: string;
  /** Base path the site is served under (`/` or `/archive/`). */
  base: string;
  /** Absolute URL the site is published at: links to it count as internal. */
  site?: string;
  /** Called after each page is read (for progress). */
  onPage?: (done: number, total: number) => void;
}

export interface LinkProblem {
  /** Site path of the page holding the link. */
  page: string;
  /** The link as written. */
  url: string;
  problem: string;
}

export interface LinkCheckResult {
  pages: number;
  /** Internal links checked (each occurrence). */
  links: number;
  /** Links with a fragment whose target was checked. */
  fragments: number;
  problems: LinkProblem[];
}

interface PageInfo {
  ids: Set<string>;
  /** Where a redirect page sends readers (resolved site path), if it is one. */
  redirect?: string;
  refs: string[];
}

const ORIGIN = 'http://site.invalid';

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Site path of an HTML file: `articles/x/index.html` → `/base/articles/x/`. */
function pagePath(base: string, file: string): string {
  return `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

const URL_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  iframe: 'src',
  source: 'src',
  audio: 'src',
  video: 'src',
  form: 'action',
};

function refreshTarget(el: Element): string | undefined {
  const equiv = el.properties.httpEquiv;
  const isRefresh = Array.isArray(equiv)
    ? equiv.some((e) => String(e).toLowerCase() === 'refresh')
    : String(equiv ?? '').toLowerCase() === 'refresh';
  if (!isRefresh) return undefined;
  const match = /url\s*=\s*['"]?([^'"]+)/i.exec(String(el.properties.content ?? ''));
  return match?.[1]?.trim();
}

interface ReadPage {
  ids: Set<string>;
  refs: string[];
  refresh?: string;
  canonical?: string;
}

function readPage(html: string): ReadPage {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const refs: string[] = [];
  let refresh: string | undefined;
  let canonical: string | undefined;
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const id = node.properties.id;
      if (typeof id === 'string' && id !== '') ids.add(id);
      if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
      const attribute = URL_ATTRIBUTES[node.tagName];
      const value = attribute ? node.properties[attribute] : undefined;
      if (typeof value === 'string') refs.push(value);
      const rel = node.properties.rel;
      if (
        node.tagName === 'link' &&
        Array.isArray(rel) &&
        rel.includes('canonical') &&
        typeof value === 'string'
      )
        canonical = value;
      if (node.tagName === 'meta') {
        const target = refreshTarget(node);
        if (target) {
          refs.push(target);
          refresh = target;
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && node.tagName === 'template' && node.content) visit(node.content);
  };
  visit(tree);
  return {
    ids,
    refs,
    ...(refresh !== undefined ? { refresh } : {}),
    ...(canonical !== undefined ? { canonical } : {}),
  };
}

/** Checks every internal link of a built site. */
export function checkLinks(options: LinkCheckOptions): LinkCheckResult {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const files = new Set(listFiles(options.siteDir));
  const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
  const pages = new Map<string, PageInfo>();

  /** Resolves a reference on a page to a site URL, or undefined for links elsewhere. */
  const resolve = (ref: string, page: string): URL | undefined => {
    let url: URL;
    try {
      url = new URL(ref, `${ORIGIN}${page}`);
    } catch {
      return new URL(`${ORIGIN}/\u0000invalid`);
    }
    if (url.origin === ORIGIN) return url;
    if (siteOrigin && url.origin === siteOrigin)
      return new URL(`${ORIGIN}${url.pathname}${url.search}${url.hash}`);
    return undefined;
  };

  htmlFiles.forEach((file, i) => {
    const page = pagePath(base, file);
    const read = readPage(readFileSync(path.join(options.siteDir, file), 'utf8'));
    const info: PageInfo = { ids: read.ids, refs: read.refs };
    if (read.refresh !== undefined) {
      const target = resolve(read.refresh, page);
      if (target) info.redirect = target.pathname;
    }
    pages.set(page, info);
    options.onPage?.(i + 1, htmlFiles.length);
  });

  /** The file a site path is served from, or a problem. */
  const fileFor = (pathname: string): { file?: string; problem?: string } => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { problem: 'malformed percent-encoding' };
    }
    if (!decoded.startsWith(base)) return { problem: `outside the base path ${base}` };
    const rel = decoded.slice(base.length);
    if (rel === '' || rel.endsWith('/')) {
      return files.has(`${rel}index.html`) ? { file: `${rel}index.html` } : { problem: 'not found' };
    }
    if (files.has(rel)) return { file: rel };
    if (files.has(`${rel}/index.html`)) return { problem: 'page link without its trailing slash' };
    return { problem: 'not found' };
  };

  const problems: LinkProblem[] = [];
  let links = 0;
  let fragments = 0;
  for (const [page, info] of pages) {
    for (const ref of info.refs) {
      if (/^\s*javascript:/i.test(ref)) {
        problems.push({ page, url: ref, problem: 'javascript: URL' });
        continue;
      }
      const url = resolve(ref, page);
      if (!url) continue;
      links++;
      const target = fileFor(url.pathname);
      if (target.problem) {
        problems.push({ page, url: ref, problem: target.problem });
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '') continue;
      fragments++;
      // Follow redirect pages to the page the fragment ends up on.
      let landing = pagePath(base, target.file!);
      for (let hops = 0; pages.get(landing)?.redirect && hops < 5; hops++)
        landing = pages.get(landing)!.redirect!;
      const ids = pages.get(landing)?.ids;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!ids) problems.push({ page, url: ref, problem: 'fragment on a file that is not an HTML page' });
      else if (!ids.has(id))
        problems.push({ page, url: ref, problem: `no element with id "${id}" on ${landing}` });
    }
  }
  return { pages: pages.size, links, fragments, problems };
}

/**
 * The base path and site URL a built site was made for, read from the canonical link of its
 * home page (every page has one).
 */
export function detectSite(siteDir: string): { base: string; site?: string } {
  const { canonical } = readPage(readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
  if (!canonical) return { base: '/' };
  if (canonical.startsWith('/')) return { base: canonical };
  const url = new URL(canonical);
  return { base: url.pathname, site: url.origin };
}
