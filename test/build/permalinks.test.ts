/**
 * Permanent URLs in the built fixture sites (test/helpers/fixture-sites.ts): canonical links, short
 * links, the redirect left by a rename, the withdrawn page, the link affordance, and a link
 * check with zero broken links or fragments at the root and under /archive/.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, detectSite } from '../../scripts/checks/links.ts';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';
import { MOVED } from '../helpers/moved-site.ts';
import { ROOT } from '../helpers/paths.ts';

const [siteRoot, siteBase, siteMoved] = await fixtureDirs('root', 'base', 'moved');

function page(site: string, urlPath: string) {
  return parseHtml(readFileSync(path.join(site, urlPath, 'index.html'), 'utf8'));
}

function attr(tree: ReturnType<typeof page>, selector: string, name: string): string | undefined {
  const el = all(tree, selector)[0];
  const value = el?.properties[name];
  return value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return htmlFiles(dir, rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });
}

describe.each([
  {
    name: 'at the root, with a site URL',
    site: () => siteRoot,
    base: '/',
    origin: 'https://archive.example.org',
  },
  { name: 'under /archive/', site: () => siteBase, base: '/archive/', origin: '' },
  { name: 'after a rename and a removal', site: () => siteMoved, base: '/archive/', origin: '' },
])('built site $name', ({ site, base, origin }) => {
  it('has no broken internal link or fragment on any page', () => {
    const detected = detectSite(site());
    expect(detected.base).toBe(base);
    const result = checkLinks({ siteDir: site(), base, ...(origin ? { site: origin } : {}) });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(htmlFiles(site()).length);
    expect(result.fragments).toBeGreaterThan(100);
  });

  it('gives every page a canonical link: absolute with a site URL, else root-relative', () => {
    // The 404 page answers at any address, so it has no canonical one.
    for (const file of htmlFiles(site()).filter((f) => f !== '404.html')) {
      const tree = parseHtml(readFileSync(path.join(site(), file), 'utf8'));
      const canonical = attr(tree, 'link[rel="canonical"]', 'href');
      expect(canonical, file).toBeDefined();
      expect(canonical!.startsWith(`${origin}${base}`), `${file}: ${canonical}`).toBe(true);
      expect(canonical, file).toMatch(/\/$/);
    }
  });

  it('has a short link /a/<id>/ to every article, and a link affordance on every block', () => {
    const shortLinks = readdirSync(path.join(site(), 'a'));
    expect(shortLinks.length).toBeGreaterThanOrEqual(9);
    for (const id of shortLinks) {
      const tree = page(site(), `a/${id}`);
      const to = attr(tree, 'meta[http-equiv="refresh"]', 'content')!.replace(/^0; url=/, '');
      expect(to).toMatch(new RegExp(`^${base}articles/[a-z0-9-]+/$`));
      expect(attr(tree, 'body a', 'href')).toBe(to);
      expect(attr(tree, `script[src="${base}redirect.js"]`, 'dataTo')).toBe(to);
      const article = page(site(), to.slice(base.length));
      expect(all(article, 'h1').length).toBe(1);
    }
  });
});

describe('article bodies', () => {
  const tree = page(siteRoot, 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status');
  const blocks = all(tree, '.article-body :is(h2, p, li)[id]');

  it('link every heading, paragraph and item to itself, as site chrome the index ignores', () => {
    expect(blocks.length).toBeGreaterThan(30);
    for (const block of blocks) {
      const links = all(block, ':scope > a.anchor-link');
      expect(links, String(block.properties.id)).toHaveLength(1);
      const link = links[0]!;
      expect(link.properties.href).toBe(`#${String(block.properties.id)}`);
      expect(link.properties.ariaLabel).toMatch(/^Link to this (section|paragraph|item)$/);
      expect(link.properties.dataArchiveChrome).toBe('');
      expect(link.properties.dataPagefindIgnore).toBe('');
      expect(toString(link)).toBe('');
    }
  });

  it('make paragraphs search sub-results titled by their opening words', () => {
    const paragraph = all(tree, '.article-body p[id]')[0]!;
    const title = String(paragraph.properties.dataPagefindTitle);
    expect(toString(paragraph).startsWith(title.replace(/ …$/, ''))).toBe(true);
  });
});

describe('the moved site', () => {
  it('redirects the old slug to the renamed article, keeping the fragment', () => {
    const tree = page(siteMoved, `articles/${MOVED.renamedFrom}`);
    const to = `${MOVED.base}articles/${MOVED.renamedTo}/`;
    expect(attr(tree, 'meta[http-equiv="refresh"]', 'content')).toBe(`0; url=${to}`);
    expect(attr(tree, 'link[rel="canonical"]', 'href')).toBe(to);
    expect(attr(tree, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(attr(tree, 'body a', 'href')).toBe(to);
    expect(textOf(page(siteMoved, `articles/${MOVED.renamedTo}`), 'h1')).toBe(
      'Tajikistan Wages Renewed Crackdown On Independent Journalists, Bloggers',
    );
    const script = readFileSync(path.join(siteMoved, 'redirect.js'), 'utf8');
    expect(script).toContain('location.replace(to + location.hash)');
  });

  it('keeps the removed article’s URL as a withdrawn page that links to the archive', () => {
    const tree = page(siteMoved, `articles/${MOVED.withdrawnSlug}`);
    expect(textOf(tree, 'h1')).toBe(MOVED.withdrawnTitle);
    expect(textOf(tree, 'main')).toMatch(/no longer in the archive/);
    expect(all(tree, 'main a').map((a) => a.properties.href)).toContain(MOVED.base);
    expect(all(tree, '[data-pagefind-body]')).toEqual([]);
    expect(attr(tree, 'meta[name="robots"]', 'content')).toBe('noindex');
    // It is not listed as an article any more.
    expect(textOf(page(siteMoved, ''), 'main')).not.toContain(MOVED.withdrawnTitle);
  });
});

describe('the link check', () => {
  it('reports missing pages, missing fragments, links without their slash and links outside the base', () => {
    const dir = path.join(ROOT, 'test-results/link-check');
    rmSync(dir, { recursive: true, force: true });
    const write = (file: string, html: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    };
    write(
      'index.html',
      `<!doctype html><title>x</title><link rel="canonical" href="/b/"><p id="here">
       <a href="/b/x/#here">ok</a> <a href="x/">ok</a> <a href="#here">ok</a> <a href="/b/style.css">ok</a>
       <a href="/b/missing/">1</a> <a href="/b/x/#nowhere">2</a> <a href="/b/x">3</a> <a href="/elsewhere/">4</a>
       <a href="/b/old/#here">5</a> <a href="https://example.org/">external</a> <a href="javascript:void 0">6</a>`,
    );
    write('x/index.html', '<!doctype html><title>x</title><h2 id="here">x</h2>');
    write(
      'old/index.html',
      '<!doctype html><meta http-equiv="refresh" content="0; url=/b/y/"><title>y</title>',
    );
    write('y/index.html', '<!doctype html><title>y</title><p>no ids</p>');
    write('style.css', '');
    const result = checkLinks({ siteDir: dir, base: '/b/' });
    expect(result.problems.map((p) => [p.url, p.problem])).toEqual([
      ['/b/missing/', 'not found'],
      ['/b/x/#nowhere', 'no element with id "nowhere" on /b/x/'],
      ['/b/x', 'page link without its trailing slash'],
      ['/elsewhere/', 'outside the base path /b/'],
      ['/b/old/#here', 'no element with id "here" on /b/y/'],
      ['javascript:void 0', 'javascript: URL'],
    ]);
    expect(detectSite(dir)).toEqual({ base: '/b/' });
  });
});
