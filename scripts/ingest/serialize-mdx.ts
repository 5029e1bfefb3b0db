/**
 * Serializes an article to MDX: YAML frontmatter written by the `yaml` library, and a body
 * written from its mdast tree by mdast-util-to-markdown with the MDX extensions, so every
 * character of the article is escaped as text and nothing in it can run. The file around
 * them is framed by src/shared/mdx-file.ts.
 *
 * One hole stays open in mdast-util-to-markdown: a paragraph starting with `import ` or
 * `export ` is written as is, and MDX would compile it as an ES module statement. The
 * extra unsafe patterns below make it write `&#x69;mport` / `&#x65;xport` instead.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from '../../src/shared/article-schema.ts';

export const MDX_ESM_UNSAFE: NonNullable<ToMarkdownOptions['unsafe']> = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/**
 * Runs of `_` that mdast-util-to-markdown left bare next to a character beyond the Basic
 * Multilingual Plane (a surrogate pair): it judges an underscore intraword by one UTF-16 code
 * unit, so it takes 👧 for a letter, while Sätteri reads code points and takes it for
 * punctuation, so `👧__b__👍` came out bold (micromark/micromark#189). A run is bare or
 * escaped as a whole, and an escaped one starts with a backslash.
 */
const BARE_UNDERSCORES_BESIDE_ASTRAL = /(?<=[\uDC00-\uDFFF])_+|(?<![\\_])_+(?=[\uD800-\uDBFF])/g;

const MARKDOWN_OPTIONS: ToMarkdownOptions = {
  handlers: {
    text: (node, parent, state, info) =>
      defaultHandlers
        .text(node, parent, state, info)
        .replace(BARE_UNDERSCORES_BESIDE_ASTRAL, (run) => '\\_'.repeat(run.length)),
  },
  extensions: [mdxToMarkdown()],
  unsafe: MDX_ESM_UNSAFE,
  bullet: '-',
  emphasis: '_',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
};

/**
 * Text that mdast-util-to-markdown may escape in a paragraph, heading or list item: any
 * character with a meaning in Markdown or MDX, a start that could open a block (a list
 * marker, a number, an ESM keyword, white space) or white space at the end. Everything else
 * it writes as it is. Deliberately broad: a false alarm only costs speed.
 */
const MAY_NEED_ESCAPING = /[\\`*_[\]<>{}&#~|!\t\r\n]|^[-+=:\d\s]|^(?:import|export)|\s$/i;

/** The text of a paragraph or heading that holds one plain text node, if it needs no escaping. */
function plainText(node: Paragraph | Heading): string | undefined {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || only.value === '' || MAY_NEED_ESCAPING.test(only.value)) return undefined;
  return only.value;
}

/** A block written directly, when its text needs no escaping (the common case). */
function plainBlock(block: RootContent): string | undefined {
  if (block.type === 'paragraph') return plainText(block);
  if (block.type === 'heading') {
    const text = plainText(block);
    return text === undefined ? undefined : `${'#'.repeat(block.depth)} ${text}`;
  }
  if (block.type === 'list' && !block.spread) {
    const lines: string[] = [];
    const start = typeof block.start === 'number' && block.start > -1 ? block.start : 1;
    for (const [i, item] of block.children.entries()) {
      const paragraph = item.children.length === 1 ? item.children[0] : undefined;
      if (item.spread || paragraph?.type !== 'paragraph') return undefined;
      const text = plainText(paragraph);
      if (text === undefined) return undefined;
      lines.push(`${block.ordered ? `${start + i}.` : '-'} ${text}`);
    }
    return lines.length > 0 ? lines.join('\n') : undefined;
  }
  return undefined;
}

/**
 * Writes an article body. Blocks whose text needs no escaping are written directly (exactly
 * as mdast-util-to-markdown writes them, which a property test checks); every other block
 * goes through mdast-util-to-markdown, which is slow (it runs dozens of regular expressions
 * over every text) but knows every escape. Two lists in a row depend on each other (the
 * second must use another marker), so such a body is written by it as a whole.
 */
export function serializeBody(tree: Root): string {
  const parts: string[] = [];
  for (const [i, block] of tree.children.entries()) {
    if (block.type === 'list' && tree.children[i - 1]?.type === 'list')
      return toMarkdown(tree, MARKDOWN_OPTIONS);
    parts.push(
      plainBlock(block) ??
        toMarkdown({ type: 'root', children: [block] }, MARKDOWN_OPTIONS).replace(/\n$/, ''),
    );
  }
  return parts.length === 0 ? toMarkdown(tree, MARKDOWN_OPTIONS) : `${parts.join('\n\n')}\n`;
}

/** The reference: the whole body written by mdast-util-to-markdown (tests compare with it). */
export function serializeBodyWithToMarkdown(tree: Root): string {
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
