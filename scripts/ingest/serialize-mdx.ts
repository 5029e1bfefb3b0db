/**
 * Serializes an article to MDX: YAML frontmatter written by the `yaml` library, and a body
 * written from its mdast tree by mdast-util-to-markdown with the MDX extensions, so every
 * character of the article is escaped as text and nothing in it can run.
 *
 * One hole stays open in mdast-util-to-markdown: a paragraph starting with `import ` or
 * `export ` is written as is, and MDX would compile it as an ES module statement. The
 * extra unsafe patterns below make it write `&#x69;mport` / `&#x65;xport` instead.
 */
import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from '../../src/lib/article-schema.ts';

export const MDX_ESM_UNSAFE: NonNullable<ToMarkdownOptions['unsafe']> = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const MARKDOWN_OPTIONS: ToMarkdownOptions = {
  extensions: [mdxToMarkdown()],
  unsafe: MDX_ESM_UNSAFE,
  bullet: '-',
  emphasis: '_',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
};

export function serializeBody(tree: Root): string {
  return toMarkdown(tree, MARKDOWN_OPTIONS);
}

/**
 * Values with line breaks are written double-quoted, never as block scalars: the `yaml`
 * library writes `"  \n"` as a `|+` block whose only line is blank, which reads back as
 * `"\n"` (found by test/property/hostile-text.test.ts).
 */
export function serializeFrontmatter(frontmatter: ArticleFrontmatter): string {
  return stringify(frontmatter, {
    lineWidth: 0,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    blockQuote: false,
  });
}

export function serializeMdx(frontmatter: ArticleFrontmatter, body: Root): string {
  return `---\n${serializeFrontmatter(frontmatter)}---\n\n${serializeBody(body)}`;
}
