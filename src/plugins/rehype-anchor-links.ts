/**
 * rehype-anchor-links: puts a "link to this paragraph" affordance in every block of an
 * article body that has an anchor (see rehype-block-ids.ts): a plain `<a href="#id">` at
 * the end of the block, so it works without JavaScript. It has no text of its own (the
 * mark is drawn by CSS, src/styles/anchor-links.css), so copying a paragraph copies only
 * its words; its accessible name comes from `aria-label`. As site chrome inside the
 * article body it carries `data-archive-chrome` and `data-pagefind-ignore`
 * (docs/CONVENTIONS.md).
 */
import type { Element, ElementContent, Root } from 'hast';
import { CHROME_ATTR, SEARCH_IGNORE_ATTR } from '../shared/page-markers.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['anchor-link'],
      href: `#${id}`,
      ariaLabel: label,
      // hast-util-to-html takes a `data-*` attribute name for its property name.
      [CHROME_ATTR]: '',
      [SEARCH_IGNORE_ATTR]: '',
    },
    children: [],
  };
}

function addLink(el: Element, label: string): void {
  const id = el.properties?.id;
  if (typeof id === 'string' && id !== '') el.children.push(anchorLink(id, label));
}

export default function rehypeAnchorLinks() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (HEADINGS.has(node.tagName)) addLink(node, 'Link to this section');
      else if (node.tagName === 'p') addLink(node, 'Link to this paragraph');
      else if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of node.children) {
          if (isElement(item) && item.tagName === 'li') addLink(item, 'Link to this item');
        }
      }
    }
  };
}
