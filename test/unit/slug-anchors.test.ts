import { describe, expect, it } from 'vitest';
import { baseAnchor, blockAnchors, RESERVED_IDS } from '../../src/lib/anchors.ts';
import { MAX_TITLE_SLUG_LENGTH, slugify, truncateSlug } from '../../src/shared/slug.ts';

describe('slugify', () => {
  it.each([
    [
      'Tajik FM Muhriddin Meets Head of the UN Counter-Terrorism Department Voronkov',
      'tajik-fm-muhriddin-meets-head-of-the-un-counter-terrorism-department',
    ],
    ['UN Secretary-General’s video message', 'un-secretary-generals-video-message'],
    ['Привет, мир!', 'privet-mir'],
    ['你好世界', 'ni-hao-shi-jie'],
    ['H.E. Emomali Rahmon', 'h-e-emomali-rahmon'],
    ['🎉', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('bounds the length at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_SLUG_LENGTH);
    expect(slug).toMatch(/^word(-word)*$/);
    expect(truncateSlug('abcdefghij', 4)).toBe('abcd');
  });
});

describe('block anchors', () => {
  it('derive from the first words of a paragraph and the text of a heading', () => {
    expect(baseAnchor({ kind: 'heading', text: 'Chilling Effect' })).toBe('chilling-effect');
    expect(
      baseAnchor({
        kind: 'paragraph',
        text: 'Tajik authorities have handed down long prison terms to three journalists.',
      }),
    ).toBe('tajik-authorities-have-handed-down-long');
  });

  it('do not depend on position: inserting a block keeps the others', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'First paragraph here.' },
      { kind: 'heading' as const, text: 'A Heading' },
      { kind: 'paragraph' as const, text: 'Second paragraph here.' },
    ];
    const before = blockAnchors(blocks);
    const after = blockAnchors([
      blocks[0]!,
      { kind: 'paragraph', text: 'Inserted paragraph.' },
      blocks[1]!,
      blocks[2]!,
    ]);
    expect(after.filter((_, i) => i !== 1)).toEqual(before);
  });

  it('tell apart blocks that start alike, and never use the page’s own ids', () => {
    const ids = blockAnchors([
      { kind: 'paragraph', text: 'According to Yusuf Rahmon, most of the wives came home.' },
      { kind: 'paragraph', text: 'According to Yusuf Rahmon, most of the children were born abroad.' },
      { kind: 'heading', text: 'Main' },
      { kind: 'paragraph', text: 'Same.' },
      { kind: 'paragraph', text: 'Same.' },
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(RESERVED_IDS.has(id)).toBe(false);
    // One of the two keeps the plain anchor, the other gets a hash of its text.
    expect([ids[0], ids[1]].sort()).toEqual([
      'according-to-yusuf-rahmon-most-of',
      expect.stringMatching(/^according-to-yusuf-rahmon-most-of-[a-z2-7]{4}$/),
    ]);
    expect(ids[2]).toMatch(/^main-[a-z2-7]{4}$/);
    // Identical blocks: the first keeps the plain anchor.
    expect(ids[3]).toBe('same');
    expect(ids[4]).toMatch(/^same-[a-z2-7]{4}$/);
  });
});
