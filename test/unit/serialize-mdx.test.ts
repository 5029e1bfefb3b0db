import { compile } from '@mdx-js/mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString as mdastToString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { serializeBody, serializeFrontmatter } from '../../scripts/ingest/serialize-mdx.ts';
import { articleToMdast } from '../../scripts/ingest/to-mdast.ts';
import type { Block } from '../../scripts/ingest/structure.ts';
import type { ArticleFrontmatter } from '../../src/shared/article-schema.ts';
import { mdxFile, splitMdxFile } from '../../src/shared/mdx-file.ts';
import { renderArticleBody } from '../../src/loaders/render-body.ts';
import { all, paragraphTexts, parseFragment } from '../helpers/html.ts';

/** One-line paragraphs made of MDX, Markdown, HTML, YAML and JSX syntax. */
export const HOSTILE_PARAGRAPHS = [
  "import fs from 'node:fs'",
  "export const x = fs.writeFileSync('/tmp/pwn', 'x')",
  'export default function Evil() { return null }',
  "import{x}from'y'",
  '{process.exit(1)}',
  'a {b} c {`template`}',
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '<Component prop={1} />',
  '# not a heading',
  '## not a heading either',
  '* not a list',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '> not a quote',
  '| a | b |',
  '`not code`',
  '```js',
  '<!-- not a comment -->',
  '-->',
  '---',
  '***',
  '=== setext?',
  '[a link](javascript:alert(1))',
  '![img](x.png)',
  '    four spaces of indent',
  '&amp; &copy; &#x41;',
  'back\\slash \\{ \\<',
  '*emphasis* _under_ **strong** ~~strike~~',
  '$inline math$ and $$display$$',
  ':::directive',
  'title: "yaml" # comment',
  'Привет мир, سلام دنیا, 你好世界, 👩‍👩‍👧, é',
];

describe('serialize-mdx: hostile text stays text', () => {
  const blocks: Block[] = HOSTILE_PARAGRAPHS.map((text, i) => ({ kind: 'paragraph', text, line: i + 1 }));
  const mdx = serializeBody(articleToMdast(blocks));

  it('compiles with @mdx-js/mdx into a module with no statements of its own', async () => {
    const code = String(await compile(mdx, { format: 'mdx' }));
    const imports = code.split('\n').filter((l) => /^\s*(import|export)\b/.test(l));
    // The only module statements are the compiler's own: the JSX runtime and the default export.
    expect(imports.every((l) => /jsx-runtime|export default function MDXContent/.test(l))).toBe(true);
  });

  it('parses, with the MDX grammar @mdx-js/mdx uses, to text only', () => {
    const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }): void => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(tree.children.map((p) => mdastToString(p))).toEqual(HOSTILE_PARAGRAPHS);
  });

  it('renders every paragraph back to exactly its text', () => {
    const html = renderArticleBody(mdx, 'hostile.mdx');
    expect(paragraphTexts(html)).toEqual(HOSTILE_PARAGRAPHS);
    // Parsed, not searched: article text may sit in attributes (a search sub-result title).
    const tree = parseFragment(html);
    expect(all(tree, 'script, img, component, [onerror]')).toEqual([]);
    expect(all(tree, 'a').filter((a) => /^\s*javascript:/i.test(String(a.properties.href)))).toEqual([]);
  });

  it('writes headings and lists as Markdown structure', () => {
    const md = serializeBody(
      articleToMdast([
        { kind: 'heading', text: 'A Subheading', line: 1 },
        {
          kind: 'list',
          ordered: false,
          items: [
            { text: 'one', line: 2 },
            { text: '{two}', line: 3 },
          ],
        },
        { kind: 'list', ordered: true, start: 3, items: [{ text: 'three', line: 4 }] },
      ]),
    );
    expect(md).toBe('## A Subheading\n\n- one\n- \\{two}\n\n3. three\n');
  });
});

describe('serialize-mdx: frontmatter', () => {
  const frontmatter: ArticleFrontmatter = {
    id: 'abcdefghij',
    title: 'Title: with "quotes", \'single\', # hash --- and dashes',
    slug: 'title-with-quotes',
    source: '  leading spaces: yes',
    footer: '---',
    description: '- starts like a list\nand: "a second line"',
    language: 'en',
    languageBasis: 'detected',
    authors: ['Ann: "Quoted" # Writer'],
    subjects: [{ name: 'Border: security', relevance: 90 }],
    wordCount: 3,
    readingMinutes: 1,
    provenance: { file: 'a/b: c.txt', startLine: 1, endLine: 4, index: 0 },
  };

  it('round-trips values that YAML would otherwise misread', () => {
    const text = mdxFile(serializeFrontmatter(frontmatter), 'Body.\n');
    const split = splitMdxFile(text, 'x.mdx');
    expect(parseYaml(split.frontmatter)).toEqual(frontmatter);
    expect(split.body.trim()).toBe('Body.');
  });
});

describe('mdx-file: the framing of an article file', () => {
  it('writes the frontmatter between --- lines and a blank line before the body', () => {
    expect(mdxFile('a: 1\n', 'Body.\n')).toBe('---\na: 1\n---\n\nBody.\n');
  });

  it('splits a file back, counting the lines before the body', () => {
    expect(splitMdxFile(mdxFile('a: 1\nb: 2\n', 'Body.\n'), 'x.mdx')).toEqual({
      frontmatter: 'a: 1\nb: 2\n',
      body: '\nBody.\n',
      bodyLineOffset: 4,
    });
    expect(splitMdxFile(mdxFile('', 'Body.\n'), 'x.mdx')).toMatchObject({
      frontmatter: '',
      bodyLineOffset: 2,
    });
  });

  it('ends the frontmatter at the first --- line, not at --- inside a value', () => {
    const split = splitMdxFile(mdxFile('a: x---y\n', '---\n'), 'x.mdx');
    expect(split.frontmatter).toBe('a: x---y\n');
    expect(split.body).toBe('\n---\n');
  });

  it('names the file in its errors', () => {
    expect(() => splitMdxFile('Body.\n', 'x.mdx')).toThrow(
      'x.mdx:1: expected YAML frontmatter opening with ---',
    );
    expect(() => splitMdxFile('---\na: 1\n', 'x.mdx')).toThrow(
      'x.mdx: frontmatter is not closed by a --- line',
    );
  });
});
