/**
 * rehype-link-urls: turns web addresses and e-mail addresses written in article text into
 * links. Only `http:`, `https:` and `mailto:` links are made (found by linkify-it); every
 * link to another site gets `rel="noopener noreferrer"`. Text inside existing links is
 * left alone, and the visible text is unchanged.
 */
import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { LinkifyIt } from 'linkify-it';

const linkify = new LinkifyIt().set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
const ALLOWED_SCHEMES = /^(?:https?:|mailto:)/i;

/**
 * A quick test that a text may hold a link linkify-it would find: a dot between two
 * characters that can belong to a host name (`example.com`), an `@` (e-mail) or `://`.
 * linkify-it's own test runs a very large Unicode regular expression (about 1.5 MB/s),
 * while most paragraphs hold no link at all; this one rules them out at ~60 MB/s.
 */
export const MAY_HOLD_LINK = /[\p{L}\p{N}-][.．。｡]\p{L}|@|:\/\//u;

function linkTexts(text: string): ElementContent[] | undefined {
  if (!MAY_HOLD_LINK.test(text) || !linkify.test(text)) return undefined;
  const matches = linkify.match(text);
  if (!matches || matches.length === 0) return undefined;
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of matches) {
    if (!ALLOWED_SCHEMES.test(m.url)) continue;
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    const external = !/^mailto:/i.test(m.url);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: m.url, ...(external ? { rel: ['noopener', 'noreferrer'] } : {}) },
      children: [{ type: 'text', value: m.raw }],
    };
    out.push(link);
    last = m.lastIndex;
  }
  if (last === 0) return undefined;
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function visit(parent: Parents): void {
  if (parent.type === 'element' && parent.tagName === 'a') return;
  const next: (Root['children'][number] | ElementContent)[] = [];
  let changed = false;
  for (const child of parent.children) {
    if (child.type === 'text') {
      const replaced = linkTexts((child as Text).value);
      if (replaced) {
        next.push(...replaced);
        changed = true;
        continue;
      }
    } else if (child.type === 'element') {
      visit(child);
    }
    next.push(child);
  }
  if (changed) (parent as { children: unknown[] }).children = next;
}

export default function rehypeLinkUrls() {
  return (tree: Root): void => {
    visit(tree);
  };
}
