/**
 * The fixture sites built by test/helpers/fixture-sites.ts with the real CLI: the seed dump plus
 * test/fixtures/archive, at the root and under /archive/. Checked with a real HTML parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs, fixtureSite } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';

const [siteRoot, siteBase] = await fixtureDirs('root', 'base');
const buildLog = (await fixtureSite('root')).log;

function page(site: string, urlPath: string) {
  const file = path.join(site, urlPath, 'index.html');
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Slugs of the article pages (the folder also holds the all-articles listing and its pages). */
function articleSlugs(site: string): string[] {
  return readdirSync(path.join(site, 'articles'))
    .filter((name) => name !== 'index.html' && name !== 'page')
    .sort();
}

describe('fixture site', () => {
  it('has one page per article: the 9 seed articles and the 5 fixture articles', () => {
    expect(articleSlugs(siteRoot)).toHaveLength(14);
    expect(articleSlugs(siteRoot)).toContain(
      'tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department',
    );
  });

  it('shows an article with title, source, reading time, headings, lists and its provenance', () => {
    const tree = page(siteRoot, 'articles/china-in-eurasia-briefing-xi-eyes-security-and-superpower-status');
    expect(textOf(tree, 'h1')).toBe('China In Eurasia Briefing: Xi Eyes Security And Superpower Status');
    expect(textOf(tree, 'article header .meta')).toMatch(/^RFE\/RL · October 2022 · \d+ min read$/);
    expect(all(tree, '.article-body h2').map((h) => toString(h))).toEqual([
      'Read more',
      'Expert Corner: The View From Taiwan',
      'Three More Stories From Eurasia',
      'Across The Supercontinent',
      'One Thing To Watch',
    ]);
    expect(all(tree, '.article-body ul > li')).toHaveLength(2);
    expect(all(tree, '.article-body ol[start="1"], .article-body ol:not([start])')).toHaveLength(3);
    expect(textOf(tree, '.article-footer')).toContain('Copyright (c) 2015. RFE/RL, Inc.');
    expect(textOf(tree, '.provenance')).toMatch(/central-asia-2022-10\.txt, lines 75–180/);
  });

  it('scopes the search index to the article and filters by source', () => {
    const tree = page(
      siteRoot,
      'articles/tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department',
    );
    expect(all(tree, '[data-pagefind-body]')).toHaveLength(1);
    expect(textOf(tree, '[data-pagefind-filter="source"]')).toBe('National information agency of Tajikistan');
    expect(existsSync(path.join(siteRoot, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('shows hostile text as text: no script, no event handler, no javascript: link', () => {
    const html = readFileSync(
      path.join(
        siteRoot,
        'articles',
        articleSlugs(siteRoot).find((s) => s.startsWith('hostile'))!,
        'index.html',
      ),
      'utf8',
    );
    const tree = parseHtml(html);
    const body = all(tree, '.article-body')[0]!;
    expect(all(body, 'script, img, component, [onerror]')).toEqual([]);
    expect(all(body, 'a:not([data-archive-chrome])').map((a) => String(a.properties.href))).toEqual([
      'https://example.org/path?q=1',
      'mailto:editor@example.org',
    ]);
    const text = toString(body);
    expect(text).toContain("import fs from 'node:fs'");
    expect(text).toContain('{process.exit(1)} and {1+1} in braces, <script>alert("xss")</script>');
    expect(text).toContain('[a link](javascript:alert(1))');
    expect(textOf(tree, 'h1')).toBe('Hostile: "Quotes", colons # hashes --- and {braces} <b>tags</b>');
    expect(existsSync('/tmp/news-archive-pwned')).toBe(false);
  });

  it('gives one-article files their folder as section', () => {
    const tree = page(siteRoot, 'articles/parliament-debates-the-archive-bill');
    expect(textOf(tree, '[data-pagefind-filter="section"]')).toBe('politics');
    expect(existsSync(path.join(siteRoot, 'sections/politics/index.html'))).toBe(true);
  });

  it('lists every article, page by page, and every source on its own page', () => {
    const listed = ['articles', 'articles/page/2', 'articles/page/3'].flatMap((p) =>
      all(page(siteRoot, p), '.article-list > li'),
    );
    expect(listed).toHaveLength(14);
    const sources = readdirSync(path.join(siteRoot, 'sources')).filter((n) => n !== 'index.html');
    expect(sources).toContain('rfe-rl');
    const rfe = page(siteRoot, 'sources/rfe-rl');
    expect(all(rfe, '.article-list > li')).toHaveLength(3);
  });

  it('has a search page whose form sends the query in the URL', () => {
    const tree = page(siteRoot, 'search');
    const form = all(tree, 'form[role="search"]');
    expect(form.length).toBeGreaterThan(0);
    expect(form.every((f) => f.properties.action === '/search/' && f.properties.method === 'get')).toBe(true);
    expect(all(tree, 'input[name="q"]').length).toBeGreaterThan(0);
  });

  it('reports the non-UTF-8 byte by file and line in the build summary', () => {
    expect(buildLog).toMatch(
      /desk\/tech\/002\.txt:3: warning: byte 0xA3 is not valid UTF-8; decoded as Windows-1252 "£"/,
    );
    expect(buildLog).toMatch(/Stage times:/);
  });
});

describe('fixture site under the base path /archive/', () => {
  it('links every internal page and asset under /archive/', () => {
    for (const urlPath of ['', 'articles/parliament-debates-the-archive-bill', 'search', 'sources']) {
      const tree = page(siteBase, urlPath);
      const urls = [
        ...all(tree, 'a[href]').map((a) => String(a.properties.href)),
        ...all(tree, 'link[href]').map((l) => String(l.properties.href)),
        ...all(tree, 'script[src]').map((s) => String(s.properties.src)),
        ...all(tree, 'form[action]').map((f) => String(f.properties.action)),
      ].filter((u) => !/^(https?:|mailto:|#)/.test(u));
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) expect(u, `${urlPath}: ${u}`).toMatch(/^\/archive\//);
    }
  });
});
