/**
 * Renders the body of a generated article MDX file to HTML.
 *
 * The ingest writes article bodies as MDX that holds only Markdown text (see
 * scripts/ingest/serialize-mdx.ts). This renderer parses that MDX with Sätteri (a Rust
 * MDX parser: same grammar as @mdx-js/mdx, CommonMark without GFM extensions, no smart
 * punctuation), refuses any ES module statement, JSX or `{expression}` it finds (article
 * text must never run as code), runs the site's rehype plugins through unified, and
 * serializes the tree with hast-util-to-html.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { unified } from 'unified';
import rehypeAnchorLinks from '../plugins/rehype-anchor-links.ts';
import rehypeBlockIds from '../plugins/rehype-block-ids.ts';
import rehypeLinkUrls from '../plugins/rehype-link-urls.ts';
import rehypeSearchSubresults from '../plugins/rehype-search-subresults.ts';

const FEATURES = { gfm: false, frontmatter: false, smartPunctuation: false, math: false } as const;

export class ArticleCodeError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly nodeType: string;
  constructor(file: string, line: number | undefined, nodeType: string) {
    super(
      `${file}${line ? `:${line}` : ''}: article MDX contains ${nodeType}; generated articles may hold only text (regenerate it with \`npm run build\`)`,
    );
    this.name = 'ArticleCodeError';
    this.file = file;
    this.line = line;
    this.nodeType = nodeType;
  }
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
  position?: { start?: { line?: number } };
}

function findCode(node: AnyNode): AnyNode | undefined {
  if (node.type.startsWith('mdx')) return node;
  for (const child of node.children ?? []) {
    const found = findCode(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Changes whenever the HTML this renderer makes for the same MDX changes (a plugin added or
 * changed): the content loader caches rendered bodies under a digest that includes it.
 */
export const RENDERER_VERSION = '4';

const processor = unified()
  .use(rehypeBlockIds)
  .use(rehypeSearchSubresults)
  .use(rehypeLinkUrls)
  .use(rehypeAnchorLinks)
  .freeze();

export function renderArticleBody(mdxBody: string, file: string, lineOffset = 0): string {
  const tree = mdxToHast(mdxBody, { features: FEATURES, position: false }) as unknown as Root;
  if (findCode(tree as unknown as AnyNode)) {
    const withPositions = mdxToHast(mdxBody, { features: FEATURES }) as unknown as AnyNode;
    const node = findCode(withPositions)!;
    const line = node.position?.start?.line;
    throw new ArticleCodeError(file, line === undefined ? undefined : line + lineOffset, node.type);
  }
  const transformed = processor.runSync(tree) as Root;
  return toHtml(transformed);
}
