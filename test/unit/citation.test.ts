/**
 * Citation data and formats: the CSL-JSON item of an article (src/shared/citation.ts), the
 * Highwire meta tags, and what citation-js makes of the item (src/client/citation/format.ts):
 * APA, MLA and Chicago references, a BibTeX entry read back by an independent parser
 * (@retorquere/bibtex-parser, the one Zotero's Better BibTeX uses) and an RIS record read
 * back by citation-js's RIS reader (and its author lines as lines). MLA and Chicago need the official CSL styles, from
 * Debian's `citation-style-language-styles` (CI installs it); without them those cases skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addStyle, formatReference, toBibtex, toRis } from '../../src/client/citation/format.ts';
import { cslDate, cslItem, cslName, highwireTags, type CitedArticle } from '../../src/shared/citation.ts';

const URL = 'https://archive.example/a/abc1234567/';
const ARTICLE: CitedArticle = {
  id: 'abc1234567',
  title: 'Border security in Central Asia: a test',
  source: 'Asia-Plus',
  authors: ['Jane Q. Public', 'Reuters staff'],
  date: '2022-10-18',
  section: 'World',
  language: 'en',
  description: 'The lede.',
};

const STYLES_DIR = '/usr/share/citation-style-language/styles';
const styleFile = (name: string): string => path.join(STYLES_DIR, `${name}.csl`);
const hasStyles =
  existsSync(styleFile('modern-language-association')) && existsSync(styleFile('chicago-author-date'));
if (!hasStyles) console.warn(`MLA and Chicago cases skipped: no CSL styles in ${STYLES_DIR}`);

describe('cslItem: an article as CSL-JSON', () => {
  it('is an article-newspaper with title, container, authors, issued and the permanent URL', () => {
    expect(cslItem(ARTICLE, URL)).toEqual({
      id: 'abc1234567',
      type: 'article-newspaper',
      title: ARTICLE.title,
      'container-title': 'Asia-Plus',
      author: [{ family: 'Public', given: 'Jane Q.' }, { literal: 'Reuters staff' }],
      issued: { 'date-parts': [[2022, 10, 18]] },
      URL,
      section: 'World',
      language: 'en',
      abstract: 'The lede.',
    });
  });

  it('leaves out what the article does not have', () => {
    const item = cslItem({ id: 'x', title: 'T', language: 'de' }, URL);
    expect(item).toEqual({ id: 'x', type: 'article-newspaper', title: 'T', URL, language: 'de' });
  });

  it('keeps a date exactly as precise as it is known', () => {
    expect(cslDate('2022')).toEqual({ 'date-parts': [[2022]] });
    expect(cslDate('2022-10')).toEqual({ 'date-parts': [[2022, 10]] });
    expect(cslDate('2022-10-18')).toEqual({ 'date-parts': [[2022, 10, 18]] });
    expect(cslDate('undated')).toBeUndefined();
  });

  it('parses a person’s name and keeps an agency or a single word whole', () => {
    expect(cslName('Ludwig van Beethoven')).toMatchObject({ family: 'Beethoven', given: 'Ludwig' });
    expect(cslName('Press Association')).toEqual({ literal: 'Press Association' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('never loses the title or the URL, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
        (title, authors) => {
          const item = cslItem({ id: 'id', title, authors, language: 'en' }, URL);
          expect(item.title).toBe(title);
          expect(item.URL).toBe(URL);
          expect(JSON.parse(JSON.stringify(item))).toEqual(item);
        },
      ),
    );
  });
});

describe('highwireTags: what Zotero’s page translators read', () => {
  it('names the title, each author, the date as far as known, the newspaper and the URL', () => {
    const tags = highwireTags(cslItem(ARTICLE, URL));
    expect(tags).toEqual(
      expect.arrayContaining([
        ['citation_title', ARTICLE.title],
        ['citation_author', 'Public, Jane Q.'],
        ['citation_author', 'Reuters staff'],
        ['citation_publication_date', '2022/10/18'],
        ['citation_newspaper_title', 'Asia-Plus'],
        ['citation_public_url', URL],
      ]),
    );
    const month = highwireTags(cslItem({ ...ARTICLE, date: '2022-10' }, URL));
    expect(month).toContainEqual(['citation_publication_date', '2022/10']);
  });
});

describe('formatted references (citation-js)', () => {
  const item = cslItem(ARTICLE, URL);

  it('APA 7: authors, the date, the title, the newspaper and the permanent URL', () => {
    expect(formatReference(item, 'apa')).toBe(
      `Public, J. Q. & Reuters staff. (2022, October 18). ${ARTICLE.title}. Asia-Plus. ${URL}`,
    );
  });

  it.skipIf(!hasStyles)('MLA 9 and Chicago from the official styles', () => {
    addStyle('modern-language-association', readFileSync(styleFile('modern-language-association'), 'utf8'));
    addStyle('chicago-author-date', readFileSync(styleFile('chicago-author-date'), 'utf8'));
    expect(formatReference(item, 'modern-language-association')).toBe(
      `Public, Jane Q. and Reuters staff. “Border Security in Central Asia: A Test.” Asia-Plus, 18 Oct. 2022, ${URL}.`,
    );
    const chicago = formatReference(item, 'chicago-author-date');
    expect(chicago).toContain('Public, Jane Q. and Reuters staff. 2022.');
    expect(chicago).toContain('October 18, 2022');
    expect(chicago).toContain(URL);
  });

  it('HTML output is escaped: a title cannot become markup', () => {
    const html = formatReference(
      cslItem({ ...ARTICLE, title: '<img src=x onerror=alert(1)>' }, URL),
      'apa',
      'html',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });
});

describe('BibTeX and RIS downloads, read back by parsers', () => {
  const item = cslItem(ARTICLE, URL);

  it('BibTeX: one entry with title, authors, newspaper, year, month and URL', () => {
    const { entries, errors } = parseBibtex(toBibtex(item));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const { fields } = entries[0]!;
    expect(fields.title).toBe(ARTICLE.title);
    expect(fields.author).toEqual([{ lastName: 'Public', firstName: 'Jane Q.' }, { name: 'Reuters staff' }]);
    expect(fields.journal).toBe('Asia-Plus');
    expect(fields.year).toBe('2022');
    expect(fields.url).toBe(URL);
  });

  it('RIS: a NEWS record with title, author, date, newspaper and URL', () => {
    const ris = toRis(item);
    expect(ris).toMatch(/^TY {2}- NEWS$/m);
    // The day is in Y1 (citation-js reads the year from PY when both are there).
    expect(ris).toMatch(/^Y1 {2}- 2022\/10\/18\/$/m);
    const [back] = new Cite(ris).data;
    expect(back).toMatchObject({
      type: 'article-newspaper',
      title: ARTICLE.title,
      'container-title': 'Asia-Plus',
      URL,
    });
    expect((back as { issued: { 'date-parts': number[][] } }).issued['date-parts'][0]?.[0]).toBe(2022);
    // citation-js's RIS reader takes authors from AU only; the older A1 tags every reference
    // manager reads are checked as lines.
    expect(ris.match(/^A1 {2}- .*$/gm)).toEqual(['A1  - Public, Jane Q.', 'A1  - Reuters staff']);
  });
});
