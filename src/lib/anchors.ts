/**
 * Anchors for the blocks of an article body (subheadings, paragraphs, list items).
 *
 * An anchor comes from the block's own text, never from its position, so inserting or
 * removing a paragraph leaves every other anchor where it was:
 * - a subheading's anchor is the slug of its text (`chilling-effect`);
 * - a paragraph's or list item's anchor is the slug of its first words
 *   (`tajik-authorities-have-handed-down`), so fixing a typo later in the paragraph
 *   keeps its anchor.
 * When blocks of one article would share an anchor, all but one of them get a short hash
 * of their whole text appended (see `blockAnchors`); identical blocks are numbered in order.
 */
import { shortHash } from '../shared/hash.ts';
import { slugify } from '../shared/slug.ts';

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
  'article-details-title',
  'article-entities-title',
  'theme-toggle',
  'header-search',
  'quick-results',
  'article-nav-title',
  'same-event-title',
  'related-title',
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

/**
 * Anchors for all blocks of one article, in the order given. Blocks whose base anchors
 * collide are told apart by a hash of their whole text: the one whose text hashes lowest
 * keeps the plain anchor, the others get `-<hash>`. So adding or removing a block that
 * starts like an existing one leaves the existing one's anchor alone at least half the
 * time, whatever the positions, and a block's anchor never depends on where it stands.
 */
export function blockAnchors(blocks: readonly AnchorInput[]): string[] {
  const bases = blocks.map(baseAnchor);
  const groups = new Map<string, number[]>();
  bases.forEach((base, i) => {
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  });
  const wanted = [...bases];
  for (const [base, members] of groups) {
    if (members.length === 1 && !RESERVED_IDS.has(base)) continue;
    const hashes = members.map((i) => shortHash(normalise(blocks[i]!.text), 4));
    let keeper = -1;
    if (!RESERVED_IDS.has(base)) {
      keeper = 0;
      hashes.forEach((h, k) => {
        if (h < hashes[keeper]!) keeper = k;
      });
    }
    members.forEach((i, k) => {
      if (k !== keeper) wanted[i] = `${base}-${hashes[k]}`;
    });
  }
  // Identical blocks want the same anchor: number them in order.
  const used = new Set<string>(RESERVED_IDS);
  return wanted.map((id) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
