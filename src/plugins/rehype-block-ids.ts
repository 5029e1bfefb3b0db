/**
 * rehype-block-ids: gives every subheading, paragraph and list item of an article body an
 * `id` derived from its own text (see src/lib/anchors.ts), so links to a paragraph survive
 * edits elsewhere in the article.
 *
 * Works on the top level of the tree (the article body), which is what the ingest writes:
 * `h2`, `p`, and `ul`/`ol` whose `li` children are the items.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { blockAnchors, type AnchorInput } from '../lib/anchors.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

export default function rehypeBlockIds() {
  return (tree: Root): void => {
    const targets: Element[] = [];
    const inputs: AnchorInput[] = [];
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (HEADINGS.has(node.tagName)) {
        targets.push(node);
        inputs.push({ kind: 'heading', text: toString(node) });
      } else if (node.tagName === 'p') {
        targets.push(node);
        inputs.push({ kind: 'paragraph', text: toString(node) });
      } else if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of node.children) {
          if (isElement(item) && item.tagName === 'li') {
            targets.push(item);
            inputs.push({ kind: 'paragraph', text: toString(item) });
          }
        }
      }
    }
    const ids = blockAnchors(inputs);
    targets.forEach((el, i) => {
      el.properties = { ...el.properties, id: ids[i]! };
    });
  };
}
