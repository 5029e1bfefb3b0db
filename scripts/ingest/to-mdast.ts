/**
 * Builds the mdast tree of an article body. Article text only ever becomes `text` nodes:
 * the serializer escapes whatever Markdown or MDX syntax is in them.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Block } from './structure.ts';

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

export function articleToMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = blocks.map((block): RootContent => {
    if (block.kind !== 'list') {
      if (block.kind === 'paragraph') return paragraph(block.text);
      const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
      return heading;
    }
    const items: ListItem[] = block.items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(item.text)],
    }));
    const list: List = {
      type: 'list',
      ordered: block.ordered,
      spread: false,
      children: items,
      ...(block.ordered ? { start: block.start ?? 1 } : {}),
    };
    return list;
  });
  return { type: 'root', children };
}
