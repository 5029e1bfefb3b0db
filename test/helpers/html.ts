/** HTML helpers for tests: parse with a real HTML parser, read text like a reader sees it. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Text of every top-level `<p>` of a fragment. */
export function paragraphTexts(html: string): string[] {
  return selectAll('p', parseFragment(html)).map((p) => toString(p));
}

export function textOf(tree: Root | Element, selector: string): string | undefined {
  const el = select(selector, tree);
  return el ? toString(el) : undefined;
}

export function all(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

export { toString };
