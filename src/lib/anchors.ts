/**
 * Anchors for the blocks of an article body (subheadings, paragraphs, list items).
 *
 * An anchor comes from the block's own text, never from its position, so inserting or
 * removing a paragraph leaves every other anchor where it was:
 * - a subheading's anchor is the slug of its text (`chilling-effect`);
 * - a paragraph's or list item's anchor is the slug of its first words
 *   (`tajik-authorities-have-handed-down`), so fixing a typo later in the paragraph
 *   keeps its anchor.
 * When two blocks of one article would share an anchor, each of them gets a short hash
 * of its whole text appended; identical blocks are numbered in order.
 */
import { shortHash } from './hash.ts';
import { slugify } from './slug.ts';

/** Ids the page around an article uses; article anchors never take them. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main',
  'content',
  'top',
  'search',
  'site-header',
  'site-footer',
  'site-search',
  'article-title',
  'article-body',
  'article-footer',
  'theme-toggle',
  'header-search',
  'quick-results',
  'article-nav-title',
]);

export type AnchorKind = 'heading' | 'paragraph';

export interface AnchorInput {
  kind: AnchorKind;
  text: string;
}

const PARAGRAPH_WORDS = 6;
const PARAGRAPH_MAX = 48;
const HEADING_MAX = 60;

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The anchor a block would get if no other block of the article competed for it. */
export function baseAnchor(block: AnchorInput): string {
  const text = normalise(block.text);
  let slug: string;
  if (block.kind === 'heading') {
    slug = slugify(text, HEADING_MAX);
  } else {
    const words = text.split(' ').slice(0, PARAGRAPH_WORDS).join(' ');
    slug = slugify(words, PARAGRAPH_MAX);
  }
  // Ids must not start with a digit-only token that CSS selectors trip on, nor be empty.
  if (slug === '' || /^\d/.test(slug)) slug = `p-${slug === '' ? shortHash(text, 8) : slug}`;
  return slug;
}

/** Anchors for all blocks of one article, in the order given. */
export function blockAnchors(blocks: readonly AnchorInput[]): string[] {
  const bases = blocks.map(baseAnchor);
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const used = new Set<string>(RESERVED_IDS);
  const result: string[] = [];
  bases.forEach((base, i) => {
    let id = base;
    if ((counts.get(base) ?? 0) > 1 || RESERVED_IDS.has(base)) {
      id = `${base}-${shortHash(normalise(blocks[i]!.text), 4)}`;
    }
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    result.push(candidate);
  });
  return result;
}
