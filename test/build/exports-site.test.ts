/**
 * The database exports, built: the hand-written exports of every format (test/fixtures/
 * exports/, one folder per format, `broken*` files deliberately damaged) and two articles in
 * other languages (test/fixtures/languages/), through the real CLI. Checked in the built site:
 * one page per document as the export states, headlines as titles, the export's details on
 * the page, a document exported twice on one page, each page in its article's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-sites.ts';
import { FIXTURES } from '../helpers/paths.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite('exports');
});

/** The build's per-file lines: `  <file>  <format>  N articles (the export states M)`. */
function fileLines(log: string): Map<string, { format: string; read: number; stated?: number }> {
  const out = new Map<string, { format: string; read: number; stated?: number }>();
  for (const m of log.matchAll(
    /^ {2}(\S+) {2}(\S+) {2}(\d+) articles?(?: \(the export states (\d+)\))?$/gm,
  )) {
    out.set(m[1]!, { format: m[2]!, read: Number(m[3]), ...(m[4] ? { stated: Number(m[4]) } : {}) });
  }
  return out;
}

function articlePages(): { slug: string; html: string }[] {
  const dir = path.join(site.dir, 'articles');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'page')
    .flatMap((e) => {
      try {
        return [{ slug: e.name, html: readFileSync(path.join(dir, e.name, 'index.html'), 'utf8') }];
      } catch {
        return [];
      }
    });
}

const titleOf = (html: string): string => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim() ?? '';

describe('a site built from database exports', () => {
  it('passes the fidelity check, with metadata lines in fields and the rest in blocks', () => {
    expect(site.log).toMatch(
      /Fidelity: [\d,]+ lines in, [\d,]+ placed \([\d,]+ article text, [\d,]+ metadata fields, [\d,]+ non-article blocks\), 0 lost/,
    );
  });

  it('reads every fixture export in its own format, as many documents as it states', () => {
    const files = fileLines(site.log);
    const formats = readdirSync(path.join(FIXTURES, 'exports'));
    expect(formats.length).toBeGreaterThan(0);
    for (const format of formats) {
      for (const name of readdirSync(path.join(FIXTURES, 'exports', format))) {
        const line = files.get(`exports/${format}/${name}`);
        expect(line, `${format}/${name}`).toBeDefined();
        expect(line!.format, name).toBe(format);
        if (!name.startsWith('broken') && line!.stated !== undefined)
          expect(line!.read, name).toBe(line!.stated);
      }
    }
  });

  it('titles no page with a label, a copyright line or a database marker', () => {
    const titles = articlePages().map((p) => titleOf(p.html));
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) {
      expect(title).not.toMatch(
        /^(Body|Length:|Byline:|Section:|All Rights Reserved|Copyright|Load-Date|End of Document|Document \d+ of|Classification)/i,
      );
    }
  });

  it("shows an export's details, each entry naming its field", () => {
    const withDetails = articlePages().filter((p) => p.html.includes('class="article-details"'));
    expect(withDetails.length).toBeGreaterThan(0);
    for (const { slug, html } of withDetails) {
      expect(/<div data-field="publication"><dt[^>]*>Publication<\/dt><dd>[^<]+<\/dd>/.test(html), slug).toBe(
        true,
      );
      expect(html.includes('<div data-field="language">'), slug).toBe(true);
    }
  });

  it('makes one page of a document exported twice, naming both places', () => {
    expect(site.log).toMatch(/the same text as .*; one article, both places listed/);
    expect(articlePages().some((p) => /Also in <code>exports\//.test(p.html))).toBe(true);
  });

  it("puts each page in its article's language, the site's own parts in the site's", () => {
    const pages = articlePages();
    const german = pages.find((p) => titleOf(p.html).startsWith('Neue Regeln für den Grenzschutz'))!;
    const korean = pages.find((p) => titleOf(p.html).startsWith('두샨베에서'))!;
    expect(german.html.startsWith('<!DOCTYPE html><html lang="de">')).toBe(true);
    expect(korean.html.startsWith('<!DOCTYPE html><html lang="ko">')).toBe(true);
    for (const { slug, html } of [german, korean]) {
      expect(html.includes('<header class="site-header" lang="en">'), slug).toBe(true);
      expect(html.includes('<footer class="site-footer" lang="en">'), slug).toBe(true);
      expect(/"inLanguage":"(de|ko)"/.test(html), slug).toBe(true);
    }
  });
});
