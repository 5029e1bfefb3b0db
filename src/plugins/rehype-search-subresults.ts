/**
 * rehype-search-subresults: makes every paragraph and list item of an article body a
 * Pagefind sub-result, so a search hit links straight to the paragraph that matched
 * (`/articles/x/#paragraph-id`). Pagefind does this by itself for headings with an `id`; other
 * elements need `data-pagefind-title`, which becomes the sub-result's title: here the
 * paragraph's opening words.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SEARCH_TITLE_ATTR } from '../shared/page-markers.ts';

const TITLE_WORDS = 8;

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

/** The opening words of a text, with an ellipsis when there is more. */
export function openingWords(text: string, words = TITLE_WORDS): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

function mark(el: Element): void {
  if (typeof el.properties?.id !== 'string') return;
  const title = openingWords(toString(el));
  if (title !== '') el.properties = { ...el.properties, [SEARCH_TITLE_ATTR]: title };
}

export default function rehypeSearchSubresults() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (node.tagName === 'p') mark(node);
      else if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of node.children) if (isElement(item) && item.tagName === 'li') mark(item);
      }
    }
  };
}
