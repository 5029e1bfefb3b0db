/**
 * Citation data in the built fixture sites: every article page links its CSL-JSON file
 * (`<link rel="alternate">` and a visible link in the cite panel), the file is a valid
 * one-item CSL-JSON array of type `article-newspaper` whose URL is the article's permanent
 * address (the short link, absolute when the site URL is set, under the base path when
 * there is one), and the page's Highwire meta tags say the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf } from '../helpers/html.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';

const [siteRoot, siteBase] = await fixtureDirs('root', 'base');

function attr(el: { properties: Record<string, unknown> } | undefined, name: string): string | undefined {
  const value = el?.properties[name];
  return value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}

/** The site-relative file a root-relative link under `base` names. */
const fileOf = (site: string, base: string, link: string): string => path.join(site, link.slice(base.length));

describe.each([
  ['the root site (site URL set)', () => siteRoot, '/', 'https://archive.example.org/'],
  ['the site under /archive/ (no site URL)', () => siteBase, '/archive/', '/archive/'],
])('citation data of %s', (_name, site, base, prefix) => {
  it('every article links a valid CSL-JSON item with its permanent URL', () => {
    const slugs = articlePageSlugs(site());
    expect(slugs.length).toBeGreaterThan(3);
    for (const slug of slugs) {
      const tree = parseHtml(readFileSync(path.join(site(), 'articles', slug, 'index.html'), 'utf8'));
      const alternate = all(tree, 'link[rel="alternate"][type="application/vnd.citationstyles.csl+json"]');
      expect(alternate, slug).toHaveLength(1);
      const cslHref = attr(alternate[0], 'href')!;
      expect(cslHref).toMatch(new RegExp(`^${base}a/[a-z0-9]+/csl\\.json$`));
      // The same file is linked visibly in the cite panel.
      expect(all(tree, `#cite a[href="${cslHref}"]`)).toHaveLength(1);

      const items = JSON.parse(readFileSync(fileOf(site(), base, cslHref), 'utf8')) as Record<
        string,
        unknown
      >[];
      expect(items).toHaveLength(1);
      const [item] = items;
      const id = /a\/([a-z0-9]+)\//.exec(cslHref)![1]!;
      expect(item).toMatchObject({ id, type: 'article-newspaper', URL: `${prefix}a/${id}/` });
      expect(item!.title).toBe(textOf(tree, 'h1')!.trim());
      if (item!.issued) expect(item!.issued).toMatchObject({ 'date-parts': [expect.any(Array)] });
      // The permanent address exists: the short link page.
      expect(existsSync(path.join(site(), 'a', id, 'index.html'))).toBe(true);

      const meta = (name: string): string[] =>
        all(tree, `meta[name="${name}"]`).map((m) => attr(m, 'content') ?? '');
      expect(meta('citation_title')).toEqual([item!.title]);
      expect(meta('citation_public_url')).toEqual([item!.URL]);
      if (item!['container-title'])
        expect(meta('citation_newspaper_title')).toEqual([item!['container-title']]);
    }
  });
});
