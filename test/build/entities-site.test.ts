/**
 * The people pages of the seed site (the seed dump alone, the default config): Vladimir
 * Voronkov's page lists exactly the four articles that name him, newest first; Emomali
 * Rahmon has a page of his own, Yusuf Rahmon (named in one article) none; the index counts
 * them; article pages link to the pages and carry the Pagefind filters (the index's `person`
 * filter: test/e2e/entities.test.ts). The root site (`entityPageMinArticles: 1`) gives
 * everyone named a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDirs } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';

const [site, rootSite] = await fixtureDirs('seed', 'root');

const page = (urlPath: string, dir = site) =>
  parseHtml(readFileSync(path.join(dir, urlPath, 'index.html'), 'utf8'));
const YUSUF_ARTICLE = 'articles/prosecutor-general-announces-the-danger-of-a-breakthrough-of-the-tajik/';
const listed = (urlPath: string, dir = site): string[] =>
  all(page(urlPath, dir), '.article-list > li h2 a, .article-list > li h3 a').map((a) =>
    String(a.properties.href),
  );

describe('people pages of the seed site', () => {
  it('list exactly the four articles that name Vladimir Voronkov, newest first', () => {
    expect(listed('people/vladimir-voronkov/')).toEqual([
      // 18 October 2022 (the two in input order), 17 October, then the one dated to October 2022.
      '/articles/dushanbe-host-the-high-level-international-conference-on-international/',
      '/articles/international-high-level-conference-entitled-international-and-regional/',
      '/articles/tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department/',
      '/articles/meeting-of-the-president-of-tajikistan-h-e-emomali-rahmon-with-un-usg/',
    ]);
    expect(textOf(page('people/vladimir-voronkov/'), 'h1')).toBe('Vladimir Voronkov');
    expect(textOf(page('people/vladimir-voronkov/'), '.page-intro')).toBe('4 articles naming this person.');
    expect(existsSync(path.join(site, 'people/voronkov'))).toBe(false);
  });

  it('keep Emomali Rahmon and Yusuf Rahmon apart; Yusuf, named once, has no page of his own', () => {
    const emomali = listed('people/emomali-rahmon/');
    expect(emomali).toHaveLength(4);
    expect(emomali).not.toContain(`/${YUSUF_ARTICLE}`);
    expect(existsSync(path.join(site, 'people/yusuf-rahmon'))).toBe(false);
    // His name is shown unlinked, and is still the article's person filter.
    const names = all(page(YUSUF_ARTICLE), '.article-entities li > *');
    const yusuf = names.find((el) => toString(el).trim() === 'Yusuf Rahmon');
    expect(yusuf?.tagName).toBe('span');
    expect(yusuf?.properties.dataPagefindFilter).toBe('person');
  });

  it('are listed on /people/ with their counts, most articles first, and the rest counted', () => {
    const items = all(page('people/'), '.group-list > li').map((li) =>
      toString(li).replace(/\s+/g, ' ').trim(),
    );
    expect(items.slice(0, 2).sort()).toEqual(['Emomali Rahmon (4)', 'Vladimir Voronkov (4)']);
    expect(items).not.toContain('Yusuf Rahmon (1)');
    const dirs = readdirSync(path.join(site, 'people')).filter((d) => d !== 'index.html');
    expect(items).toHaveLength(dirs.length);
    expect(textOf(page('people/'), '.page-intro')).toMatch(
      new RegExp(
        `^${dirs.length} people named in the articles, .* \\d+ more people are named in one article each and have no page; the search finds them\\.$`,
      ),
    );
  });

  it('give everyone named a page with entityPageMinArticles: 1 (the root site)', () => {
    const links = all(page(YUSUF_ARTICLE, rootSite), '.article-entities a');
    expect(links.map((a) => a.properties.href)).toContain('/people/yusuf-rahmon/');
    expect(listed('people/yusuf-rahmon/', rootSite)).toEqual([`/${YUSUF_ARTICLE}`]);
    expect(textOf(page('people/', rootSite), '.page-intro')).not.toMatch(/no page/);
  });

  it('are linked from the article pages, with the person filter for the search', () => {
    const article = page('articles/tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department/');
    const links = all(article, '.article-entities a');
    const voronkov = links.find((a) => a.properties.href === '/people/vladimir-voronkov/');
    expect(voronkov && toString(voronkov).trim()).toBe('Vladimir Voronkov');
    expect(voronkov?.properties.dataPagefindFilter).toBe('person');
    // Outside the body the fidelity check compares, inside the indexed article, ignored as text.
    expect(all(article, '.article-body .article-entities')).toHaveLength(0);
    expect(all(article, '[data-pagefind-body] [data-pagefind-ignore] .article-entities')).toHaveLength(1);
  });

  it('are in the header navigation; the kinds not shown have no pages', () => {
    const nav = all(page(''), '.site-nav a').map((a) => toString(a).trim());
    expect(nav).toContain('People');
    expect(nav).not.toContain('Places');
    expect(readdirSync(path.join(site, 'places'))).toEqual(['index.html']);
  });
});
