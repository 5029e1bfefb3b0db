import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCopyrightLine, isFooterLine, isLooseFooterLine } from '../../scripts/ingest/footer.ts';
import { listInputFiles, readSource } from '../../scripts/ingest/read.ts';
import { splitArticles } from '../../scripts/ingest/split.ts';
import { structureArticle } from '../../scripts/ingest/structure.ts';
import { splitText } from '../helpers/ingest.ts';
import { FIXTURE_ARCHIVE, SEED } from '../helpers/paths.ts';

const SEED_ARTICLES: [title: string, source: string][] = [
  [
    'Prosecutor General Announces the Danger of a “Breakthrough” of the Tajik-Afghan Border',
    'National information agency of Tajikistan',
  ],
  [
    'Dushanbe Host the High-Level International Conference on “International and Regional Border Security and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists»',
    'National information agency of Tajikistan',
  ],
  [
    'UN Secretary-General’s video message for international counter-terrorism conference in Dushanbe',
    'National information agency of Tajikistan',
  ],
  [
    'Tajik FM Muhriddin Meets Head of the UN Counter-Terrorism Department Voronkov',
    'National information agency of Tajikistan',
  ],
  ['China In Eurasia Briefing: Xi Eyes Security And Superpower Status', 'RFE/RL'],
  ['Dushanbe Accuses Bishkek Of Violating Cease-Fire Deal Along Tajik-Kyrgyz Border', 'RFE/RL'],
  ['Tajikistan Wages Renewed Crackdown On Independent Journalists, Bloggers', 'RFE/RL'],
  [
    'Meeting of the President of Tajikistan H.E. Emomali Rahmon with UN USG for Counter-Terrorism, Mr. Vladimir Voronkov',
    'United Nations in Tajikistan',
  ],
  [
    'International high-level conference entitled “International and regional cooperation on security and border management to counter terrorism and prevent the movement of terrorists”',
    'Ministry of foreign affairs of the Republic of Tajikistan',
  ],
];

describe('split: the seed dump', () => {
  const source = readSource({ absPath: SEED, displayPath: 'sources/central-asia-2022-10.txt' });
  const result = splitArticles(source);

  it('is detected as a multi-article dump', () => {
    expect(result.format).toBe('dump');
  });

  it('yields exactly its 9 articles with their exact titles and sources', () => {
    const articles = result.articles.map((raw) => structureArticle(raw));
    expect(articles.map((a) => [a.title, a.source])).toEqual(SEED_ARTICLES);
  });

  it('reports no warnings', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('places every non-blank line exactly once, in order', () => {
    const text = readFileSync(SEED, 'utf8').split('\n');
    const expected = text
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter((l) => l.text.trim() !== '')
      .map((l) => l.line);
    const placed = result.articles.flatMap((a) => [
      a.title.line,
      ...a.body.map((l) => l.line),
      ...(a.footer ? [a.footer.line] : []),
    ]);
    expect(placed).toEqual(expected);
  });

  it('records each article’s line range', () => {
    expect(result.articles[0]).toMatchObject({ startLine: 1, endLine: 17 });
    expect(result.articles[8]).toMatchObject({ startLine: 328, endLine: 354 });
  });
});

describe('split: formats and tolerance', () => {
  it('treats a file without separators or footers as one article', () => {
    const r = splitText('A title\n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(r.format).toBe('single');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.title.text).toBe('A title');
    expect(r.articles[0]!.body.map((l) => l.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('tolerates CRLF, a BOM and trailing spaces', () => {
    const r = splitText(
      '\uFEFFTitle one  \r\n\r\nBody one.  \r\n\u00a0\r\nSource: Agency A\r\nTitle two\r\nBody two.\r\n',
    );
    expect(r.articles.map((a) => a.title.text.trim())).toEqual(['Title one', 'Title two']);
    expect(r.articles[0]!.footer?.text).toBe('Source: Agency A');
    expect(r.articles[1]!.footer).toBeUndefined();
  });

  it('accepts a footer without the separator line', () => {
    const r = splitText(
      'Title one\n\nBody one.\n\nSource: Agency A\n\nTitle two\n\nBody two.\n\nSource: Agency B\n',
    );
    expect(r.articles.map((a) => a.footer?.text)).toEqual(['Source: Agency A', 'Source: Agency B']);
  });

  it('keeps a malformed footer after a separator, with a warning naming its line', () => {
    const r = splitText('Title\n\nBody.\n\n\u00a0\n\nSource National agency\n\nNext title\n\nNext body.\n');
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]!.footer?.text).toBe('Source National agency');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', line: 7 }));
  });

  it('ends an article at a separator that no footer follows', () => {
    const r = splitText('Title\n\nBody.\n\n\u00a0\n\nNext title\n\nNext body.\n');
    expect(r.articles.map((a) => a.title.text)).toEqual(['Title', 'Next title']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', line: 5 }));
  });

  it('warns about an empty file', () => {
    const r = splitText('\n\n  \n');
    expect(r.format).toBe('empty');
    expect(r.articles).toEqual([]);
    expect(r.diagnostics[0]?.message).toMatch(/empty file/);
  });

  it('does not take "Sources said…" for a footer', () => {
    const r = splitText('Title\n\nSources within the party told the BBC it was over.\n\nMore text.\n');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.body).toHaveLength(2);
  });
});

describe('footer lines (footer.ts)', () => {
  const long = `Copyright (c) 2015. Wire, Inc. ${'x'.repeat(400)}`;

  it.each([
    // [line, a footer anywhere, a footer after a separator, a copyright line]
    ['Source: National information agency', true, true, false],
    ['  Source :Agency  ', true, true, false],
    ['Source:', false, true, false],
    ['Source National agency', false, true, false],
    ['SOURCE - Wire', false, true, false],
    ['Sources within the party said so.', false, true, false],
    ['Sourced from the wire', false, false, false],
    ['Copyright (c) 2015. RFE/RL, Inc.', true, true, true],
    ['COPYRIGHT 2004 BBC', true, true, true],
    ['Copyrighted material follows', false, false, false],
    ['© 2021 Daily Herald Ltd.', true, true, true],
    ['©2021 Daily Herald', true, true, true],
    ['©', true, true, true],
    ['(c) 2000 Gazeta Mercantil S/A', true, true, true],
    // Factiva writes the copyright mark run into the year too: the same rule takes both.
    ['(c)2000 Vietnam Economic News.', true, true, true],
    ['(C) Holder', true, true, true],
    ['c) Holder', false, false, false],
    [long, false, true, true],
    ['The copyright belongs to the agency.', false, false, false],
  ])('%s', (line, anywhere, afterSeparator, copyright) => {
    expect(isFooterLine(line)).toBe(anywhere);
    expect(isLooseFooterLine(line)).toBe(afterSeparator);
    expect(isCopyrightLine(line)).toBe(copyright);
  });

  it('closes an article at a copyright line run into its year, with no separator', () => {
    const r = splitText('Title\n\nBody.\n\n(c)2000 Vietnam Economic News.\n\nNext title\n\nNext body.\n');
    expect(r.format).toBe('dump');
    expect(r.articles.map((a) => a.footer?.text)).toEqual(['(c)2000 Vietnam Economic News.', undefined]);
  });

  it('keeps a long copyright line as body text, but as a malformed footer after a separator', () => {
    const body = splitText(`Title\n\nBody.\n\n${long}\n`);
    expect(body.articles[0]!.body.map((l) => l.text)).toEqual(['Body.', long]);
    const footer = splitText(`Title\n\nBody.\n\n\u00a0\n${long}\n`);
    expect(footer.articles[0]!.footer?.text).toBe(long);
    expect(footer.diagnostics).toContainEqual(expect.objectContaining({ code: 'malformed-footer', line: 6 }));
  });
});

describe('read: folders of one-article files', () => {
  it('lists .txt files in a stable order, with the folder as the section, skipping READMEs', () => {
    const { files, skipped } = listInputFiles(`${FIXTURE_ARCHIVE}/desk`);
    expect(files.map((f) => [f.displayPath, f.section])).toEqual([
      ['desk/politics/001.txt', 'politics'],
      ['desk/tech/002.txt', 'tech'],
    ]);
    expect(skipped.map((s) => s.file)).toEqual(['desk/README.TXT']);
  });

  it('reads text, Word, RTF and HTML files and lists every other file as skipped, with its reason', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'listing-'));
    try {
      for (const name of ['a.txt', 'b.DOCX', 'c.rtf', 'd.htm', 'e.pdf', 'f.csv', 'noext', 'README.md']) {
        writeFileSync(path.join(dir, name), 'x');
      }
      const { files, skipped } = listInputFiles(dir);
      const root = path.basename(dir);
      expect(files.map((f) => f.displayPath)).toEqual(
        ['a.txt', 'b.DOCX', 'c.rtf', 'd.htm'].map((n) => `${root}/${n}`),
      );
      expect(skipped.map((s) => [s.file, s.message])).toEqual([
        [`${root}/README.md`, 'skipped: a documentation file, not an article'],
        [`${root}/e.pdf`, 'skipped: .pdf is not read (articles come from .txt, .docx, .rtf, .html)'],
        [`${root}/f.csv`, 'skipped: .csv is not read (articles come from .txt, .docx, .rtf, .html)'],
        [
          `${root}/noext`,
          'skipped: a file without an extension is not read (articles come from .txt, .docx, .rtf, .html)',
        ],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
