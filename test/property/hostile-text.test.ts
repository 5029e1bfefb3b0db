/**
 * Property tests: archives generated from an alphabet rich in MDX, Markdown, HTML, YAML and
 * JSX syntax plus non-ASCII text go through the ingest, the MDX writer, @mdx-js/mdx and the
 * site's body renderer in-process, and every line comes out as written: the fidelity check
 * finds nothing lost, nothing extra and no markup that article text cannot make.
 *
 * FC_RUNS sets the number of generated archives (default 500); FC_SEED replays a run, and
 * FC_SEED with FC_PATH (both printed when a property fails; pick that property with `-t`)
 * replays its shrunk counterexample at once.
 */
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkFidelity, formatFidelityProblem } from '../../scripts/checks/fidelity.ts';
import { serializeFrontmatter } from '../../scripts/ingest/serialize-mdx.ts';
import { cleanLine } from '../../scripts/ingest/structure.ts';
import type { ArticleFrontmatter } from '../../src/shared/article-schema.ts';
import { mdxFile, splitMdxFile } from '../../src/shared/mdx-file.ts';
import { ingestAndRender } from '../helpers/article-page.ts';
import { sourceFromText } from '../helpers/ingest.ts';

const RUNS = Number(process.env.FC_RUNS ?? 500);
const SEED = {
  ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }),
  ...(process.env.FC_PATH === undefined ? {} : { path: process.env.FC_PATH }),
};

/** Single characters of markup syntax. */
const SYNTAX = [...'{}<>/\\#*_`|-+=:"\'&;[]()!$%~,.?@^'];
/** Pieces of syntax that mean something to MDX, Markdown, HTML, YAML or JSX. */
const SNIPPETS = [
  'import',
  'export',
  "import fs from 'node:fs'",
  'export const x = 1',
  '<!--',
  '-->',
  '---',
  '***',
  '```',
  '~~~',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Component prop={1} />',
  '<>',
  '</div>',
  '{process.exit(1)}',
  '{/* c */}',
  '[a](javascript:alert(1))',
  '![i](x.png)',
  '<https://example.org>',
  'https://example.org/a?b=1&c=2',
  'editor@example.org',
  '&amp;',
  '&#x41;',
  '&copy',
  '\\',
  '  ',
  '\t',
  '\u00a0',
  'key: value',
  '- item',
  '1. item',
  '2) item',
  '• item',
  '# heading',
  '> quote',
  '| a | b |',
  '$$',
  ':::',
  '[^1]',
  '*a*',
  '__b__',
  '~~c~~',
];
/** Text in other scripts, and the characters that are easy to lose. */
const WORLD = [
  'Привет',
  'Ёлка',
  'سلام',
  'دنیا',
  'مرحبا',
  '\u200f',
  '你好',
  '世界',
  '東京',
  '👩‍👩‍👧',
  '👍🏽',
  '🏳️‍🌈',
  'e\u0301',
  'n\u0303',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '«',
  '»',
  '“',
  '”',
  '—',
  '…',
];
const WORDS = ['the', 'Tajik', 'news', 'Voronkov', 'said', 'in', '2022', 'a', 'B'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...SNIPPETS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORLD) },
  { weight: 2, arbitrary: fc.constant(' ') },
);

/** A line of text that is not blank. */
const textLine = fc
  .array(piece, { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(''))
  .filter((line) => line.trim() !== '');

/** A body line, sometimes starting with something line-initial that MDX or Markdown reads. */
const bodyLine = fc.oneof(
  { weight: 4, arbitrary: textLine },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'import ',
          'export ',
          '<!-- ',
          '--> ',
          '---',
          '# ',
          '    ',
          '> ',
          '• ',
          '1. ',
          '<',
          '{',
        ),
        textLine,
      )
      .map(([start, rest]) => start + rest),
  },
);

const footerLine = fc.oneof(
  textLine.map((t) => `Source: ${t}`),
  textLine.map((t) => `Copyright (c) 2015. ${t}`),
);

interface GeneratedArticle {
  title: string;
  body: string[];
  footer?: string;
}

const article: fc.Arbitrary<GeneratedArticle> = fc.record(
  { title: textLine, body: fc.array(bodyLine, { minLength: 1, maxLength: 6 }), footer: footerLine },
  { requiredKeys: ['title', 'body'] },
);

/** A dump in the seed's format: title, paragraphs, a no-break-space line, the footer. */
function dumpText(articles: GeneratedArticle[], crlf: boolean, blankBetween: boolean): string {
  const lines: string[] = [];
  for (const a of articles) {
    lines.push(a.title, '');
    for (const line of a.body) lines.push(line, ...(blankBetween ? [''] : []));
    if (a.footer !== undefined) lines.push('\u00a0', '', a.footer, '');
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

const archive = fc.record({
  articles: fc.array(article, { minLength: 1, maxLength: 3 }),
  crlf: fc.boolean(),
  blankBetween: fc.boolean(),
  bom: fc.boolean(),
  /** Sometimes a second file: one article, title on the first line, no footer. */
  single: fc.option(fc.tuple(textLine, fc.array(bodyLine, { minLength: 0, maxLength: 4 })), {
    nil: undefined,
  }),
});

/** Statements a compiled MDX module has that its text did not put there. */
const COMPILER_STATEMENTS = /jsx-runtime|export default function MDXContent/;

describe('generated hostile archives', () => {
  it(`come out of ingest → MDX → page text exactly as written (${RUNS} archives)`, async () => {
    await fc.assert(
      fc.asyncProperty(archive, async ({ articles, crlf, blankBetween, bom, single }) => {
        const text = (bom ? '\ufeff' : '') + dumpText(articles, crlf, blankBetween);
        const sources = [sourceFromText(text, 'dumps/generated.txt')];
        if (single) sources.push(sourceFromText(single.flat().join('\n'), 'desk/section/one.txt', 'section'));
        const { inputs, articles: placed, ingested } = ingestAndRender(sources);

        const report = checkFidelity(inputs, placed);
        expect(report.problems.map(formatFidelityProblem)).toEqual([]);
        expect(report.linesLost).toBe(0);
        expect(report.linesIn).toBeGreaterThan(0);

        for (const a of ingested) {
          const { frontmatter, body } = splitMdxFile(a.mdx, 'generated.mdx');
          // The frontmatter reads back as exactly what was written.
          expect(parseYaml(frontmatter)).toEqual(a.frontmatter);
          const source = sources.find((s) => s.displayPath === a.frontmatter.provenance.file)!;
          const titleLine = source.lines.find((l) => l.line === a.frontmatter.provenance.startLine)!;
          expect(a.frontmatter.title).toBe(cleanLine(titleLine.text));
          // @mdx-js/mdx compiles the body, and nothing in it becomes a module statement.
          const code = String(await compile(body, { format: 'mdx' }));
          const statements = code.split('\n').filter((l) => /^\s*(import|export)\b/.test(l));
          expect(statements.filter((l) => !COMPILER_STATEMENTS.test(l))).toEqual([]);
        }
      }),
      { numRuns: RUNS, ...SEED },
    );
  }, 600_000);
});

describe('frontmatter values', () => {
  const tricky = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '"',
          "'",
          ':',
          ': ',
          '#',
          ' #',
          '---',
          '...',
          '- ',
          '? ',
          '&a',
          '*a',
          '!tag',
          '%',
          '@',
          '`',
        ),
        fc.constantFrom(
          '|',
          '>',
          '{',
          '}',
          '[',
          ']',
          ',',
          '\n',
          '\r\n',
          '\t',
          ' ',
          '  ',
          '\u00a0',
          '\\',
          'null',
        ),
        fc.constantFrom('true', '0x1F', '1e3', '~', 'Привет', 'سلام', '你好', '👩‍👩‍👧', 'e\u0301', '\u200b'),
        fc.string({ maxLength: 4 }),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((parts) => parts.join(''));

  it(`round-trip exactly through the YAML frontmatter (${RUNS} sets)`, () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, tricky, (title, source, footer, description) => {
        const frontmatter: ArticleFrontmatter = {
          id: 'abcdefghij',
          title: title || 'x',
          slug: 'a-slug',
          language: 'en',
          languageBasis: 'site',
          byline: footer || 'x',
          source: source || 'x',
          footer: footer || 'x',
          section: `  ${title}`,
          description,
          wordCount: 1,
          readingMinutes: 1,
          provenance: { file: `dir/${source}.txt`, startLine: 1, endLine: 2, index: 0 },
        };
        const text = mdxFile(serializeFrontmatter(frontmatter), 'Body.\n');
        const split = splitMdxFile(text, 'x.mdx');
        expect(parseYaml(split.frontmatter)).toEqual(frontmatter);
        expect(split.body).toBe('\nBody.\n');
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});
