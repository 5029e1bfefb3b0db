/**
 * What the reader finds in the built fixture sites (test/helpers/fixture-sites.ts): listings with
 * counts and pages, dates, breadcrumbs, previous/next, home and About pages, the 404 page,
 * feeds, sitemap, robots.txt and the metadata in each page's head. The root site is built
 * with test/fixtures/site.yaml (5 articles a page) and --site; the /archive/ one with the
 * defaults and no site URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../src/shared/theme.ts';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';

const [siteRoot, siteBase] = await fixtureDirs('root', 'base');
const SITE = 'https://archive.example.org';
const DATED = 'tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department';

function html(site: string, urlPath: string): string {
  const file = urlPath.endsWith('.html') ? path.join(site, urlPath) : path.join(site, urlPath, 'index.html');
  return readFileSync(file, 'utf8');
}

function page(site: string, urlPath: string) {
  return parseHtml(html(site, urlPath));
}

function attr(el: Element | undefined, name: string): string | undefined {
  const v = el?.properties[name];
  return v === undefined ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
}

function meta(tree: ReturnType<typeof page>, key: string): string | undefined {
  const el = all(tree, `meta[property="${key}"], meta[name="${key}"]`)[0];
  return attr(el, 'content');
}

const titles = (tree: ReturnType<typeof page>): string[] =>
  all(tree, '.article-list > li h2 a, .article-list > li h3 a').map((a) => toString(a));

describe('listings', () => {
  it('splits all articles into pages of the configured size, with counts and page links', () => {
    const first = page(siteRoot, 'articles');
    expect(textOf(first, '.page-intro')).toBe('14 articles in the archive. Showing 1–5, page 1 of 3.');
    expect(titles(first)).toHaveLength(5);
    expect(attr(all(first, '.pagination a[rel="next"]')[0], 'href')).toBe('/articles/page/2/');
    expect(all(first, '.pagination a[rel="prev"]')).toHaveLength(0);
    const last = page(siteRoot, 'articles/page/3');
    expect(titles(last)).toHaveLength(4);
    expect(textOf(last, 'h1')).toBe('All articles, page 3');
    expect(attr(all(last, '.pagination a[rel="prev"]')[0], 'href')).toBe('/articles/page/2/');
    expect(all(last, '.pagination a[rel="next"]')).toHaveLength(0);
    expect(all(last, '.breadcrumbs a').map((a) => toString(a))).toEqual(['Home', 'All articles']);
  });

  it('lists the dated articles newest first (a month after its days), then the rest in input order', () => {
    const first = page(siteRoot, 'articles');
    expect(titles(first)[0]).toBe(
      'Dushanbe Accuses Bishkek Of Violating Cease-Fire Deal Along Tajik-Kyrgyz Border',
    );
    expect(all(first, '.article-list time').map((t) => attr(t, 'dateTime'))).toEqual([
      '2022-10-19',
      '2022-10-18',
      '2022-10-18',
      '2022-10-18',
      '2022-10-17',
    ]);
    const second = page(siteRoot, 'articles/page/2');
    expect(all(second, '.article-list time').map((t) => attr(t, 'dateTime'))).toEqual([
      '2022-10',
      '2022-10',
      '2022-10',
      '2022-10',
    ]);
    expect(all(second, '.article-list time').map((t) => toString(t))).toContain('October 2022');
    // Then the undated ones (no time), in input order.
    expect(titles(second)).toHaveLength(5);
  });

  it('has a listing per source and per section, with counts, under breadcrumbs', () => {
    const rfe = page(siteRoot, 'sources/rfe-rl');
    expect(textOf(rfe, 'h1')).toBe('RFE/RL');
    expect(textOf(rfe, '.page-intro')).toBe('3 articles from this source.');
    expect(all(rfe, '.breadcrumbs a').map((a) => toString(a))).toEqual(['Home', 'Sources']);
    const politics = page(siteRoot, 'sections/politics');
    expect(textOf(politics, '.page-intro')).toBe('1 article in this section.');
    const sources = page(siteRoot, 'sources');
    expect(all(sources, '.group-list li').map((li) => toString(li))).toContain('RFE/RL (3)');
  });

  it('lists dated articles by year and by month', () => {
    const years = page(siteRoot, 'years');
    expect(textOf(years, '.page-intro')).toMatch(/^9 of 14 articles are dated/);
    expect(all(years, '.group-list a').map((a) => toString(a))).toEqual(['October 2022']);
    const year = page(siteRoot, 'years/2022');
    expect(titles(year)[0]).toBe(
      'Dushanbe Accuses Bishkek Of Violating Cease-Fire Deal Along Tajik-Kyrgyz Border',
    );
    expect(textOf(year, '.page-intro')).toMatch(/^9 articles dated 2022/);
    const month = page(siteRoot, 'years/2022/10');
    expect(textOf(month, 'h1')).toBe('October 2022');
    expect(all(month, '.breadcrumbs a').map((a) => toString(a))).toEqual(['Home', 'Dates', '2022']);
  });
});

describe('home, about and 404 pages', () => {
  it('home: the newest articles, the sources, sections and dates with counts', () => {
    const home = page(siteRoot, '');
    expect(titles(home)).toHaveLength(4);
    expect(titles(home)[0]).toMatch(/^Dushanbe Accuses Bishkek/);
    const groups = all(home, '.group-list li').map((li) => toString(li));
    expect(groups).toEqual(expect.arrayContaining(['RFE/RL (3)', 'politics (1)', '2022 (9)']));
    expect(all(home, 'a').map((a) => attr(a, 'href'))).toEqual(
      expect.arrayContaining(['/articles/', '/years/', '/about/']),
    );
  });

  it('about: generated from the site config', () => {
    const about = page(siteRoot, 'about');
    expect(textOf(about, 'h1')).toBe('About Fixture News Archive');
    const text = toString(all(about, 'main')[0]!);
    expect(text).toContain(
      'This archive is built by the test suite from the seed dump and a few fixture articles.',
    );
    expect(text).toContain("It checks listings, feeds, search and the reader's tools.");
    expect(text).toMatch(/14 articles \([\d,]+ words\) from \d+ sources/);
  });

  it('404: a search box that sends the query to the search page', () => {
    const notFound = page(siteBase, '404.html');
    const form = all(notFound, 'main form[role="search"]')[0];
    expect(attr(form, 'action')).toBe('/archive/search/');
    expect(attr(form, 'method')).toBe('get');
    expect(all(form!, 'input[name="q"]')).toHaveLength(1);
    expect(meta(notFound, 'robots')).toBe('noindex');
  });
});

describe('article pages', () => {
  it('show breadcrumbs to the source and the previous and next article of that source', () => {
    const listing = page(siteRoot, 'sources/rfe-rl');
    const rfe = titles(listing);
    const hrefs = all(listing, '.article-list > li h2 a').map((a) => attr(a, 'href')!);
    expect(rfe).toHaveLength(3);
    const nav = (urlPath: string, rel: string): string | undefined => {
      const link = all(page(siteRoot, urlPath), `.article-nav a[rel="${rel}"]`)[0];
      return link ? toString(link) : undefined;
    };
    const middle = page(siteRoot, hrefs[1]!);
    expect(all(middle, '.breadcrumbs a').map((a) => toString(a))).toEqual(['Home', 'Sources', 'RFE/RL']);
    expect(textOf(middle, '.article-nav h2')).toBe('More in RFE/RL');
    expect(nav(hrefs[1]!, 'prev')).toBe(`← Previous article${rfe[0]}`);
    expect(nav(hrefs[1]!, 'next')).toBe(`Next article →${rfe[2]}`);
    expect(nav(hrefs[0]!, 'prev')).toBeUndefined();
    expect(nav(hrefs[2]!, 'next')).toBeUndefined();
  });

  it('carry canonical, OpenGraph and Twitter metadata and NewsArticle JSON-LD', () => {
    const tree = page(siteRoot, `articles/${DATED}`);
    const url = `${SITE}/articles/${DATED}/`;
    expect(attr(all(tree, 'link[rel="canonical"]')[0], 'href')).toBe(url);
    expect(meta(tree, 'og:url')).toBe(url);
    expect(meta(tree, 'og:type')).toBe('article');
    expect(meta(tree, 'og:title')).toBe(textOf(tree, 'h1'));
    expect(meta(tree, 'article:published_time')).toBe('2022-10-17');
    expect(meta(tree, 'twitter:card')).toBe('summary');
    const ld = JSON.parse(toString(all(tree, 'script[type="application/ld+json"]')[0]!));
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: textOf(tree, 'h1'),
      datePublished: '2022-10-17',
      url,
      publisher: { name: 'National information agency of Tajikistan' },
    });
  });

  it('keep a hostile title whole and inert in the JSON-LD', () => {
    const file = html(siteRoot, 'articles/hostile-quotes-colons-hashes-and-braces-b-tags-b');
    const tree = parseHtml(file);
    const script = all(tree, 'script[type="application/ld+json"]')[0]!;
    expect(JSON.parse(toString(script)).headline).toBe(textOf(tree, 'h1'));
    const raw = file.slice(file.indexOf('application/ld+json'));
    expect(raw.slice(0, raw.indexOf('</script>'))).not.toContain('<b>');
  });

  it('print with their address, and run no inline script but the theme (JSON-LD and the CSL item are data)', () => {
    const tree = page(siteRoot, `articles/${DATED}`);
    expect(textOf(tree, '.print-only')).toBe(`Archived at ${SITE}/articles/${DATED}/`);
    for (const s of all(tree, 'script')) {
      if (attr(s, 'src')) continue;
      if (attr(s, 'type') === 'application/ld+json') continue;
      if (attr(s, 'type') === 'application/json') {
        expect(attr(s, 'id')).toBe('csl-item');
        expect(JSON.parse(toString(s)).type).toBe('article-newspaper');
        continue;
      }
      expect(toString(s)).toBe(THEME_INIT_SCRIPT);
    }
    expect(all(tree, '[style]')).toEqual([]);
    const handlers = all(tree, '*').filter((el) =>
      Object.keys(el.properties).some((k) => /^on[a-z]/i.test(k)),
    );
    expect(handlers).toEqual([]);
  });

  it('give Pagefind the date to sort by and the year to filter by', () => {
    const dated = page(siteRoot, `articles/${DATED}`);
    expect(attr(all(dated, 'time[data-pagefind-filter]')[0], 'dataYear')).toBe('2022');
    expect(attr(all(dated, '[data-pagefind-sort]')[0], 'dataPagefindSort')).toBe('date:2022-10-17');
    const undated = page(siteRoot, 'articles/parliament-debates-the-archive-bill');
    expect(attr(all(undated, '[data-pagefind-sort]')[0], 'dataPagefindSort')).toBe('date:0000-00-00');
    expect(all(undated, 'time')).toEqual([]);
  });
});

describe('feeds, sitemap and robots.txt', () => {
  it('write an RSS feed of the newest articles, with absolute links', () => {
    const rss = readFileSync(path.join(siteRoot, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/^<\?xml/);
    const links = [...rss.matchAll(/<item>.*?<link>(.*?)<\/link>/gs)].map((m) => m[1]);
    expect(links).toHaveLength(5);
    expect(links[0]).toBe(
      `${SITE}/articles/dushanbe-accuses-bishkek-of-violating-cease-fire-deal-along-tajik-kyrgyz/`,
    );
    expect(links[4]).toBe(`${SITE}/articles/${DATED}/`);
    expect(rss).toContain('<pubDate>Mon, 17 Oct 2022 00:00:00 GMT</pubDate>');
    expect(rss).not.toMatch(/lastBuildDate/);
    const home = page(siteRoot, '');
    expect(attr(all(home, 'link[type="application/rss+xml"]')[0], 'href')).toBe('/rss.xml');
  });

  it('write a feed per source, linked from its listing', () => {
    const rss = readFileSync(path.join(siteRoot, 'sources/rfe-rl/rss.xml'), 'utf8');
    expect([...rss.matchAll(/<item>/g)]).toHaveLength(3);
    // A day is an RSS date; a month is no day: Dublin Core's W3C date carries it as it is.
    expect([...rss.matchAll(/<pubDate>/g)]).toHaveLength(1);
    expect([...rss.matchAll(/<dc:date>2022-10<\/dc:date>/g)]).toHaveLength(2);
    const listing = page(siteRoot, 'sources/rfe-rl');
    expect(all(listing, 'link[type="application/rss+xml"]').map((l) => attr(l, 'href'))).toContain(
      '/sources/rfe-rl/rss.xml',
    );
  });

  it('write a sitemap of the pages (not search or 404) and name it in robots.txt', () => {
    const index = readFileSync(path.join(siteRoot, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${SITE}/sitemap-0.xml`);
    const map = readFileSync(path.join(siteRoot, 'sitemap-0.xml'), 'utf8');
    expect(map).toContain(`<loc>${SITE}/articles/${DATED}/</loc>`);
    expect(map).toContain(`<loc>${SITE}/articles/page/2/</loc>`);
    expect(map).not.toMatch(/\/(search|404)\/</);
    expect(readFileSync(path.join(siteRoot, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
    );
  });

  it('leave out feeds, sitemap and absolute links when the site URL is unknown', () => {
    expect(existsSync(path.join(siteBase, 'rss.xml'))).toBe(false);
    expect(existsSync(path.join(siteBase, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(path.join(siteBase, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const tree = page(siteBase, `articles/${DATED}`);
    expect(all(tree, 'meta[property="og:url"], link[type="application/rss+xml"]')).toEqual([]);
    // The canonical link is then root-relative: right on whatever host serves the site.
    expect(all(tree, 'link[rel="canonical"]').map((l) => l.properties.href)).toEqual([
      `/archive/articles/${DATED}/`,
    ]);
    expect(textOf(tree, '.print-only')).toBe(`Archived at /archive/articles/${DATED}/`);
  });
});
