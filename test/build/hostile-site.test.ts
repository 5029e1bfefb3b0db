/**
 * The hostile archive (test/helpers/hostile-input.ts) built with the real CLI by
 * test/helpers/fixture-sites.ts: it builds, every line is on its page (tally: 0 lost), every repair
 * is reported with file:line, and no markup from the text reaches the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../scripts/checks/fidelity.ts';
import { listInputFiles, readSource } from '../../scripts/ingest/read.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { all, parseHtml, textOf, toString } from '../helpers/html.ts';
import { articlePageSlugs } from '../helpers/site-files.ts';

const { dir: site, log, inputs } = await fixtureSite('hostile');
const input = inputs[0]!;

function articlePages(): { slug: string; html: string }[] {
  return articlePageSlugs(site).map((slug) => ({
    slug,
    html: readFileSync(path.join(site, 'articles', slug, 'index.html'), 'utf8'),
  }));
}

describe('the hostile archive', () => {
  it('builds with every non-blank input line placed: 0 lost', () => {
    const lines = listInputFiles(input)
      .files.map((f) => readSource(f).lines.filter((l) => normaliseText(l.text) !== '').length)
      .reduce((a, b) => a + b, 0);
    expect(lines).toBeGreaterThan(40);
    const n = lines.toLocaleString('en');
    expect(log).toContain(`Fidelity: ${n} lines in, ${n} placed, 0 lost (9 article pages checked)`);
  });

  it('reports every repair and every odd file with its file:line, and no stack trace', () => {
    for (const expected of [
      'hostile/hostile-dump.txt:51: warning: removed control characters (U+0007, U+001B, U+0000, U+007F, U+000B, U+0085)',
      'hostile/hostile-dump.txt:53: warning: byte 0xA3 is not valid UTF-8; decoded as Windows-1252 "£"',
      'hostile/hostile-dump.txt:53: warning: byte 0x80 is not valid UTF-8; decoded as Windows-1252 "€"',
      'hostile/hostile-dump.txt:65: warning: malformed footer "Source National information agency of Tajikistan (Khovar)"',
      'hostile/hostile-dump.txt:73: warning: malformed footer "SOURCE - Hostile Wire"',
      'hostile/hostile-dump.txt:81: warning: footer names no publisher: "©"',
      'hostile/hostile-dump.txt:87: warning: separator line is not followed by a footer',
      'hostile/hostile-dump.txt:89: info: last article has no footer',
      'hostile/binary.txt: warning: skipped: binary data',
      'hostile/empty.txt: warning: empty file',
      'hostile/blank.txt: warning: empty file',
      'hostile/utf16.txt:1: info: decoded as UTF-16LE',
    ]) {
      expect(log).toContain(expected);
    }
    expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('shows markup in the text as text: no element, handler or live javascript: link from it', () => {
    for (const { slug, html } of articlePages()) {
      const tree = parseHtml(html);
      const article = all(tree, '[data-pagefind-body]')[0]!;
      expect(all(article, 'script, style, img, svg, iframe, object, embed, component'), slug).toEqual([]);
      const handlers = all(article, '*').filter((el) =>
        Object.keys(el.properties).some((p) => /^on/i.test(p)),
      );
      expect(handlers, slug).toEqual([]);
      // Links the site adds (the ¶ link to each paragraph) are chrome, not article text.
      for (const a of all(article, '.article-body a:not([data-archive-chrome])')) {
        const href = String(a.properties.href);
        expect(href, slug).toMatch(/^(https?:|mailto:)/);
        if (!href.startsWith('mailto:')) expect(a.properties.rel).toEqual(['noopener', 'noreferrer']);
      }
    }
    const markup = parseHtml(articlePages().find((p) => p.slug.startsWith('hostile-markup'))!.html);
    expect(textOf(markup, 'h1')).toBe(
      'Hostile Markup: "Quotes", colons: # hashes --- {braces} <b>tags</b> & entities &amp;',
    );
    const body = toString(all(markup, '.article-body')[0]!);
    expect(body).toContain('<script>alert("script in text")</script>');
    expect(body).toContain('[a javascript link](javascript:alert(document.domain))');
    expect(body).toContain("export const pwned = fs.writeFileSync('/tmp/news-archive-hostile-pwned', 'x')");
    expect(textOf(markup, '.article-source')).toBe(
      'Source: The Hostile Gazette <script>alert("footer")</script>',
    );
    // Only the http(s) and mailto addresses became links; ftp: and javascript: stayed text.
    expect(
      all(markup, '.article-body a:not([data-archive-chrome])').map((a) => String(a.properties.href)),
    ).toEqual(['https://example.org/path?q=1&r=2', 'mailto:editor@example.org']);
    expect(existsSync('/tmp/news-archive-hostile-pwned')).toBe(false);
  });

  it('keeps a 1 MB paragraph whole, on one page', () => {
    const page = articlePages().find((p) => p.slug === 'a-one-megabyte-paragraph')!;
    const paragraphs = all(parseHtml(page.html), '.article-body p');
    expect(paragraphs).toHaveLength(1);
    const text = toString(paragraphs[0]!);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(1024 * 1024);
    expect(text.endsWith('The end.')).toBe(true);
  });
});
