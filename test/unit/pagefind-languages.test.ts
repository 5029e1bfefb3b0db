/**
 * The language Pagefind files a page under, read as Pagefind reads `<html lang>`, and the
 * stand-in a shard gives pages without one (scripts/pagefind/languages.ts). The build tests
 * (test/build/pagefind-languages.test.ts) check the same against Pagefind itself.
 */
import { describe, expect, it } from 'vitest';
import {
  mainLanguage,
  NO_LANGUAGE,
  pageLanguage,
  UNKNOWN_LANGUAGE,
  withShardLanguage,
} from '../../scripts/pagefind/languages.ts';
import { forIndex } from '../../scripts/search-index/sharded-index.ts';

const page = (htmlTag: string): string =>
  `<!doctype html>${htmlTag}<head><title>T</title></head><body><article data-pagefind-body><p>Text</p></article></body></html>`;

describe("a page's language", () => {
  it('is its <html lang>, lowercased and otherwise as written', () => {
    expect(pageLanguage(page('<html lang="de">'))).toBe('de');
    expect(pageLanguage(page('<html lang="en-GB">'))).toBe('en-gb');
    expect(pageLanguage(page('<html lang="zh-Hans">'))).toBe('zh-hans');
    expect(pageLanguage(page('<html class="x" LANG=EN>'))).toBe('en');
    expect(pageLanguage(page(`<html lang='pt-BR' dir="ltr">`))).toBe('pt-br');
  });

  it('is unknown without a lang, with an empty one or with "unknown"', () => {
    for (const tag of ['<html>', '<html lang="">', '<html lang="Unknown">', '<html data-lang="de">'])
      expect(pageLanguage(page(tag))).toBe(UNKNOWN_LANGUAGE);
    expect(pageLanguage('<body><p>no html element</p></body>')).toBe(UNKNOWN_LANGUAGE);
  });

  it('is the lang of the last <html> tag that has one', () => {
    expect(pageLanguage(`${page('<html lang="de">')}<html lang="fr"></html>`)).toBe('fr');
    expect(pageLanguage(`${page('<html lang="de">')}<html></html>`)).toBe('de');
    expect(pageLanguage(`${page('<html lang="de">')}<html lang=""></html>`)).toBe(UNKNOWN_LANGUAGE);
  });
});

describe('the language a shard hands Pagefind', () => {
  it('marks a page without a language, and leaves every other page as it is', () => {
    expect(withShardLanguage(page('<html>'))).toBe(page(`<html lang="${NO_LANGUAGE}">`));
    expect(withShardLanguage(page('<html lang="" class="x">'))).toBe(
      page(`<html lang="${NO_LANGUAGE}" class="x">`),
    );
    for (const tag of ['<html lang="en">', '<html lang="ko">'])
      expect(withShardLanguage(page(tag))).toBe(page(tag));
    const noHtml = '<body><article data-pagefind-body>x</article></body>';
    expect(withShardLanguage(noHtml)).toBe(noHtml);
    const twice = `${page('<html lang="de">')}<html lang=""></html>`;
    expect(pageLanguage(withShardLanguage(twice))).toBe(NO_LANGUAGE);
  });

  it('is marked in the HTML for the index, unless the index has one language', () => {
    expect(forIndex(page('<html>'))).toContain(`<html lang="${NO_LANGUAGE}">`);
    expect(forIndex(page('<html>'), true)).toContain('<html>');
  });

  it("is the site's main language for unmarked pages: most pages, then the first by code point", () => {
    expect(
      mainLanguage(
        new Map([
          ['fr', 2],
          ['de', 2],
          [NO_LANGUAGE, 9],
        ]),
      ),
    ).toBe('de');
    expect(
      mainLanguage(
        new Map([
          ['en', 5],
          ['en-gb', 6],
        ]),
      ),
    ).toBe('en-gb');
    expect(mainLanguage(new Map([[NO_LANGUAGE, 3]]))).toBe(UNKNOWN_LANGUAGE);
  });
});
